"""Find actors the way an analyst types them: "Kim Jong Un", "kim jong un", "Kim", "kim-jong-un".

`find_actor` tries, in order: the id; the full name; an alias (a way an article named the
actor: "Kim", but also "North Korean leader Kim Jong Un"); then the words typed, each the
start of a word of the name ("Lavrov", "kim jong"), in order. Case, accents, hyphens and
punctuation never matter. The first rule that matches decides: one actor is the answer, several
raise `AmbiguousActor` naming them, none raises `ActorNotFound` with the names that come
closest. `country_code` does the same for countries. Names are compared by their
`kgraph.names.name_key`.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable

import networkx as nx

from ..errors import KGraphError
from ..names import name_key

__all__ = [
    "ActorNotFound",
    "AmbiguousActor",
    "UnknownCountry",
    "country_code",
    "find_actor",
]

_MAX_CANDIDATES = 8


class ActorNotFound(KGraphError):
    """No actor of the graph goes by the name asked for."""


class AmbiguousActor(KGraphError):
    """Several actors go by the name asked for; ``candidates`` holds their ids."""

    def __init__(self, message: str, candidates: list[str]) -> None:
        super().__init__(message)
        self.candidates = candidates


class UnknownCountry(KGraphError):
    """A country name or code that kgraph cannot turn into an ISO-3166 alpha-3 code."""


def _names(data: dict) -> list[str]:
    return [name_key(name) for name in (data["name"], *data.get("aliases", ()))]


def _words_start(query: list[str], name: str) -> bool:
    """Whether each query word starts a different word of ``name``, in order."""
    words = iter(name.split())
    return all(any(word.startswith(q) for word in words) for q in query)


def _rules(query: str) -> list[Callable[[str, dict], bool]]:
    words = query.split()
    return [
        lambda node, data: name_key(node) == query,
        lambda node, data: name_key(data["name"]) == query,
        lambda node, data: query in _names(data),
        lambda node, data: _words_start(words, name_key(data["name"])),
    ]


def _described(graph: nx.MultiDiGraph, node: str) -> str:
    data = graph.nodes[node]
    country = f", {data['country']}" if data.get("country") else ""
    return f"{data['name']} ({node}{country})"


def find_actor(graph: nx.MultiDiGraph, name: str) -> str:
    """The id of the one actor of ``graph`` that ``name`` stands for.

    >>> graph = nx.MultiDiGraph()
    >>> graph.add_node("kim-jong-un", name="Kim Jong Un", aliases=["Kim"], mentions=9)
    >>> graph.add_node("kim-yo-jong", name="Kim Yo Jong", aliases=[], mentions=2)
    >>> graph.add_node("sergei-lavrov", name="Sergei Lavrov", aliases=["Lavrov"], mentions=7)
    >>> [find_actor(graph, name) for name in ("kim jong un", "Kim", "lavrov", "S. Lavrov")]
    ['kim-jong-un', 'kim-jong-un', 'sergei-lavrov', 'sergei-lavrov']
    >>> find_actor(graph, "Kim Y")
    'kim-yo-jong'
    >>> find_actor(graph, "jong")
    Traceback (most recent call last):
    ...
    kgraph.explore.lookup.AmbiguousActor: "jong" could be any of 2 actors: Kim Jong Un \
(kim-jong-un), Kim Yo Jong (kim-yo-jong); give more of the name, or the id
    >>> find_actor(graph, "Kim Jong Il")
    Traceback (most recent call last):
    ...
    kgraph.explore.lookup.ActorNotFound: no actor is called "Kim Jong Il"; the closest are: \
Kim Jong Un (kim-jong-un), Kim Yo Jong (kim-yo-jong)
    """
    query = name_key(name)
    if query:
        for rule in _rules(query):
            found = [node for node, data in graph.nodes(data=True) if rule(node, data)]
            if len(found) == 1:
                return found[0]
            if found:
                raise _ambiguous(graph, name, found)
    raise ActorNotFound(_not_found(graph, name, query))


def _ambiguous(graph: nx.MultiDiGraph, name: str, found: list[str]) -> AmbiguousActor:
    found = sorted(found, key=lambda node: (-graph.nodes[node].get("mentions", 0), node))
    listed = ", ".join(_described(graph, node) for node in found[:_MAX_CANDIDATES])
    more = len(found) - _MAX_CANDIDATES
    return AmbiguousActor(
        f'"{name}" could be any of {len(found)} actors: {listed}'
        f"{f' and {more} more' if more > 0 else ''}; give more of the name, or the id",
        found,
    )


_CLOSE = 0.6
"""How alike (difflib's ratio) a typed name and an actor's must be for the actor to be offered."""


def _likeness(query: str, data: dict) -> float:
    """How close ``query`` comes to the actor's name, an alias, or as many words of the name
    as it has: "blinkin" is far from "antony blinken" but close to its "blinken"."""
    words = name_key(data["name"]).split()
    width = len(query.split())
    spans = [" ".join(words[i : i + width]) for i in range(max(len(words) - width, 0) + 1)]
    matcher = difflib.SequenceMatcher(b=query)
    best = 0.0
    for candidate in {*_names(data), *spans}:
        matcher.set_seq1(candidate)
        # the cheap upper bounds first, as difflib.get_close_matches does
        if matcher.real_quick_ratio() > best and matcher.quick_ratio() > best:
            best = max(best, matcher.ratio())
    return best


def _not_found(graph: nx.MultiDiGraph, name: str, query: str) -> str:
    scored = ((_likeness(query, data), node) for node, data in graph.nodes(data=True))
    close = sorted(
        ((score, node) for score, node in scored if score >= _CLOSE),
        key=lambda item: (-item[0], -graph.nodes[item[1]].get("mentions", 0), item[1]),
    )[:3]
    if not query or not close:
        return f'no actor is called "{name}"; list the actors with their ids: kgraph actors'
    listed = ", ".join(_described(graph, node) for _, node in close)
    return f'no actor is called "{name}"; the closest are: {listed}'


def country_code(name: str) -> str:
    """The ISO-3166 alpha-3 code of a country given by code, name, demonym or capital.

    >>> country_code("prk"), country_code("North Korea"), country_code("the United States")
    ('PRK', 'PRK', 'USA')
    >>> country_code("Narnia")
    Traceback (most recent call last):
    ...
    kgraph.explore.lookup.UnknownCountry: no country is called "Narnia"; give its ISO-3166 alpha-3 \
code, such as PRK or USA
    """
    from ..lexicon import load_lexicon  # imported for a --country, not with every command

    stripped = name.strip()
    if len(stripped) == 3 and stripped.isalpha():
        return stripped.upper()
    code = load_lexicon().places.country_of(stripped[:1].upper() + stripped[1:])
    if code is None:
        raise UnknownCountry(
            f'no country is called "{name}"; give its ISO-3166 alpha-3 code, such as PRK or USA'
        )
    return code
