"""Answers about the graph for the terminal: what a database holds, its top actors, one actor.

`stats`, `top_actors` and `actor_profile` answer ``kgraph stats``, ``kgraph actors`` and
``kgraph show`` from a database; below them, functions of the graph of
`kgraph.graph.build_graph` return small records that a table prints as they are, and none
prints anything itself.

Actors and countries are found the way an analyst types them, by `kgraph.explore.lookup`'s
`find_actor` and `country_code`: "kim jong un", "Kim" and "kim-jong-un" all find Kim Jong Un.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass
from typing import Literal

import networkx as nx

from ..errors import KGraphError
from ..graph import build_graph, load_graph
from ..store import open_store
from .lookup import ActorNotFound, AmbiguousActor, UnknownCountry, country_code, find_actor

__all__ = [
    "ActorNotFound",
    "ActorRow",
    "AmbiguousActor",
    "NoActors",
    "Profile",
    "Ranking",
    "Relation",
    "Stats",
    "UnknownCountry",
    "actor_profile",
    "category_counts",
    "country_code",
    "date_range",
    "find_actor",
    "profile",
    "rank_actors",
    "stats",
    "top_actors",
]


class NoActors(KGraphError):
    """The database has no actors, or none of the country or sector asked for."""


@dataclass(frozen=True)
class ActorRow:
    """One actor with its weight in the graph.

    ``degree`` counts supporting triples in and out; ``relations`` counts distinct edges.
    """

    id: str
    name: str
    country: str | None
    sector: str | None
    degree: int
    relations: int
    first_seen: str | None
    last_seen: str | None


@dataclass(frozen=True)
class Relation:
    """One edge seen from one of its actors: ``other`` is the actor at its other end."""

    direction: Literal["out", "in"]  # the actor did it, or it was done to the actor
    other: str
    other_name: str
    category: str | None
    lemma: str
    quad: str | None
    weight: int
    first_seen: str | None
    last_seen: str | None
    evidence: tuple[str, ...]

    @property
    def action(self) -> str:
        """How a table names the action: ``CONSULT: meet``, or the lemma alone."""
        return f"{self.category}: {self.lemma}" if self.category else self.lemma


@dataclass(frozen=True)
class Profile:
    """Everything the graph knows about one actor."""

    actor: ActorRow
    type: str
    aliases: tuple[str, ...]
    mentions: int
    outgoing: tuple[Relation, ...]
    incoming: tuple[Relation, ...]

    def evidence(self, limit: int) -> list[tuple[Relation, str]]:
        """Up to ``limit`` sentences, one per relation first, the heaviest relations first."""
        relations = sorted((*self.outgoing, *self.incoming), key=_heaviest)
        found: list[tuple[Relation, str]] = []
        for rank in range(max((len(r.evidence) for r in relations), default=0)):
            found.extend((r, r.evidence[rank]) for r in relations if rank < len(r.evidence))
        return found[:limit]


def _heaviest(relation: Relation) -> tuple:
    return (-relation.weight, relation.last_seen is None, relation.other_name, relation.lemma)


def _span(dates: list[str | None]) -> tuple[str | None, str | None]:
    known = [d for d in dates if d]
    return (min(known), max(known)) if known else (None, None)


def _row(graph: nx.MultiDiGraph, node: str) -> ActorRow:
    data = graph.nodes[node]
    edges = [*graph.out_edges(node, data=True), *graph.in_edges(node, data=True)]
    first, _ = _span([e["first_seen"] for _, _, e in edges])
    _, last = _span([e["last_seen"] for _, _, e in edges])
    return ActorRow(
        id=node,
        name=data["name"],
        country=data.get("country"),
        sector=data.get("sector"),
        degree=sum(e["weight"] for _, _, e in edges),
        relations=len(edges),
        first_seen=first,
        last_seen=last,
    )


def rank_actors(
    graph: nx.MultiDiGraph,
    top: int | None = None,
    *,
    country: str | None = None,
    sector: str | None = None,
) -> list[ActorRow]:
    """The actors by degree (supporting triples in and out), heaviest first, then by name.

    ``country`` (ISO-3166 alpha-3) and ``sector`` keep only the actors that have them.

    >>> from kgraph.graph import build_graph
    >>> from kgraph.records import Action, Actor, Triple
    >>> lavrov = Actor("sergei-lavrov", "Sergei Lavrov", "Lavrov", "PERSON", "RUS", "GOV")
    >>> kim = Actor("kim-jong-un", "Kim Jong Un", "Kim", "PERSON", "PRK", "GOV")
    >>> choe = Actor("choe-son-hui", "Choe Son Hui", "Choe", "PERSON", "PRK", "GOV")
    >>> meet = Action("met", "meet", "CONSULT")
    >>> graph = build_graph([Triple("d", 0, "Lavrov met Kim.", lavrov, meet, kim),
    ...                      Triple("d", 1, "Lavrov met Choe.", lavrov, meet, choe)])
    >>> [(row.name, row.degree) for row in rank_actors(graph, 2)]
    [('Sergei Lavrov', 2), ('Choe Son Hui', 1)]
    >>> [row.name for row in rank_actors(graph, country="PRK")]
    ['Choe Son Hui', 'Kim Jong Un']
    """
    rows = [
        _row(graph, node)
        for node, data in graph.nodes(data=True)
        if (country is None or data.get("country") == country)
        and (sector is None or data.get("sector") == sector)
    ]
    rows.sort(key=lambda row: (-row.degree, row.name, row.id))
    return rows if top is None else rows[:top]


def _relation(
    direction: Literal["out", "in"], other: str, graph: nx.MultiDiGraph, data: dict
) -> Relation:
    return Relation(
        direction=direction,
        other=other,
        other_name=graph.nodes[other]["name"],
        category=data["category"],
        lemma=data["lemma"],
        quad=data["quad"],
        weight=data["weight"],
        first_seen=data["first_seen"],
        last_seen=data["last_seen"],
        evidence=tuple(data["evidence"]),
    )


def profile(graph: nx.MultiDiGraph, node: str) -> Profile:
    """The actor ``node`` with its relations out and in, each list heaviest first.

    >>> from kgraph.graph import build_graph
    >>> from kgraph.records import Action, Actor, Triple
    >>> lavrov = Actor("sergei-lavrov", "Sergei Lavrov", "Lavrov", "PERSON", "RUS", "GOV")
    >>> kim = Actor("kim-jong-un", "Kim Jong Un", "Kim", "PERSON", "PRK", "GOV")
    >>> graph = build_graph([Triple("d", 0, "Lavrov met Kim.", lavrov,
    ...                             Action("met", "meet", "CONSULT"), kim, date="2023-10-19")])
    >>> kim_profile = profile(graph, "kim-jong-un")
    >>> kim_profile.aliases, [(r.other_name, r.action) for r in kim_profile.incoming]
    (('Kim',), [('Sergei Lavrov', 'CONSULT: meet')])
    """
    data = graph.nodes[node]
    outgoing = [_relation("out", v, graph, e) for _, v, e in graph.out_edges(node, data=True)]
    incoming = [_relation("in", u, graph, e) for u, _, e in graph.in_edges(node, data=True)]
    return Profile(
        actor=_row(graph, node),
        type=data["type"],
        aliases=tuple(data.get("aliases", ())),
        mentions=data.get("mentions", 0),
        outgoing=tuple(sorted(outgoing, key=_heaviest)),
        incoming=tuple(sorted(incoming, key=_heaviest)),
    )


def category_counts(graph: nx.MultiDiGraph) -> list[tuple[str | None, int]]:
    """Supporting triples per PLOVER category (None: no category fits), most first.

    >>> from kgraph.graph import build_graph
    >>> from kgraph.records import Action, Actor, Triple
    >>> a, b = Actor("a", "A", "A", "GPE"), Actor("b", "B", "B", "GPE")
    >>> graph = build_graph([Triple("d", 0, "A met B.", a, Action("met", "meet", "CONSULT"), b),
    ...                      Triple("d", 1, "A toured B.", a, Action("toured", "tour"), b)])
    >>> category_counts(graph)
    [('CONSULT', 1), (None, 1)]
    """
    counts: Counter[str | None] = Counter()
    for _, _, data in graph.edges(data=True):
        counts[data["category"]] += data["weight"]
    return sorted(counts.items(), key=lambda item: (-item[1], item[0] is None, item[0] or ""))


def date_range(graph: nx.MultiDiGraph) -> tuple[str | None, str | None]:
    """The first and last date any relation was reported, or (None, None) if none is dated.

    >>> from kgraph.graph import build_graph
    >>> from kgraph.records import Action, Actor, Triple
    >>> a, b = Actor("a", "A", "A", "GPE"), Actor("b", "B", "B", "GPE")
    >>> meet = Action("met", "meet", "CONSULT")
    >>> date_range(build_graph([Triple("d", 0, "A met B.", a, meet, b, date="2024-03-12"),
    ...                         Triple("e", 0, "B met A.", b, meet, a, date="2024-01-22"),
    ...                         Triple("f", 0, "A met B.", a, meet, b)]))
    ('2024-01-22', '2024-03-12')
    """
    first, _ = _span([data["first_seen"] for _, _, data in graph.edges(data=True)])
    _, last = _span([data["last_seen"] for _, _, data in graph.edges(data=True)])
    return first, last


# --- answers from a database -------------------------------------------------------------------


@dataclass(frozen=True)
class Stats:
    """What a database holds: counts, the dates reported, the categories and the top actors."""

    articles: int
    triples: int
    actors: int
    relations: int
    first_seen: str | None
    last_seen: str | None
    categories: list[tuple[str | None, int]]
    top: list[ActorRow]


@dataclass(frozen=True)
class Ranking:
    """The top actors of one kind: ``kind`` names it ("actors", "PRK GOV actors")."""

    kind: str
    rows: list[ActorRow]


def stats(db: str | os.PathLike[str], top: int = 10) -> Stats:
    """What the database ``db`` holds, with its ``top`` actors by degree.

    For example, ``stats("kgraph.db").articles`` counts its articles.
    """
    with open_store(db) as store:
        counts = store.counts()
        graph = build_graph(store.triples())
    first, last = date_range(graph)
    return Stats(
        articles=counts["documents"],
        triples=counts["triples"],
        actors=graph.number_of_nodes(),
        relations=graph.number_of_edges(),
        first_seen=first,
        last_seen=last,
        categories=category_counts(graph),
        top=rank_actors(graph, top),
    )


def top_actors(
    db: str | os.PathLike[str],
    top: int = 20,
    *,
    country: str | None = None,
    sector: str | None = None,
) -> Ranking:
    """The ``top`` actors of ``db`` by degree, of one ``country`` (a code or a name) or
    ``sector`` (any case) if given; `NoActors` says how to find some if there are none.

    For example, ``top_actors("kgraph.db", 5, country="North Korea").kind`` is "PRK actors".
    """
    code = country_code(country) if country else None
    sector = sector.upper() if sector else None
    graph = load_graph(db)
    rows = rank_actors(graph, top, country=code, sector=sector)
    kind = " ".join(filter(None, (code, sector, "actors")))
    if not rows and graph.number_of_nodes():
        raise NoActors(f"no {kind} in {db}; list them all with: kgraph actors --db {db}")
    if not rows:
        raise NoActors(f"no actors in {db}; add articles with: kgraph build ARTICLES --db {db}")
    return Ranking(kind, rows)


def actor_profile(db: str | os.PathLike[str], name: str) -> Profile:
    """The actor of ``db`` that ``name`` stands for (`find_actor`), with its relations.

    For example, ``actor_profile("kgraph.db", "Kim").actor.id`` is "kim-jong-un".
    """
    graph = load_graph(db)
    return profile(graph, find_actor(graph, name))
