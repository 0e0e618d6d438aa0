"""The PETRARCH2 agent dictionary (``Phoenix.agents.txt``): nouns for kinds of actors.

The format, from PETRARCH2's ``dictionaries.rst``: one agent a line, ``PHRASE {PLURAL} [CODE]``,
the words of the phrase joined by ``_`` or spaces (``FOREIGN_MINISTER [~GOVFRM]``).

- ``CODE`` is CAMEO role codes of three letters each after a ``~`` (``~GOVMED``: added after
  the actor's own code, "a government's media") or before it (``NGO~``: put before it).
- ``{PLURAL}`` gives a plural that is not regular (``{ATTORNEYS_GENERAL}``); ``{}`` says
  there is none (``POLICE {}``). Otherwise the regular plural is made; kgraph makes the
  English one ("deputies", "keys", "witnesses") where PETRARCH only adds S, ES or IES, and
  none for an abbreviation (``LT.``).
- A line ``!NAME! = A, B, C`` defines a substitution set: ``CONGRESS!PERSON! [~LEG]`` then
  stands for ``CONGRESSMAN``, ``CONGRESSWOMAN``, ... each with no plural made.

>>> import io
>>> text = "!PERSON! = MAN, WOMAN\\nCONGRESS!PERSON! [~LEG]\\nDEPUTY_MINISTER [~GOV]\\n"
>>> for agent in read_agents(io.StringIO(text)):
...     print(agent.noun, agent.plurals, agent.code)
congressman () LEG
congresswoman () LEG
deputy minister ('deputy ministers',) GOV
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .source import DictionaryError, ErrorHandler, Source, dictionary_lines, report, source_name

__all__ = ["Agent", "read_agents", "regular_plural"]

_SUBSTITUTION = re.compile(r"!(?P<name>[^!\s]+)!\s*=\s*(?P<items>.+)")
_MARKER = re.compile(r"!(?P<name>[^!\s]+)!")
_ENTRY = re.compile(r"(?P<phrase>[^{\[]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]]*)\]")
_CODE = re.compile(r"(?P<before>~)?(?P<code>(?:[A-Z]{3})+)(?P<after>~)?")


@dataclass(frozen=True)
class Agent:
    """One agent noun: its words, its plurals, its role codes and where they go.

    ``code`` is the role codes without ``~`` (``"GOVMED"``); ``prefix`` is true when they go
    before the actor's code (``NGO~``).

    >>> Agent("state media", ("state media",), "GOVMED", False, 1).roles
    ('GOV', 'MED')
    """

    noun: str
    plurals: tuple[str, ...]
    code: str
    prefix: bool
    line: int

    @property
    def roles(self) -> tuple[str, ...]:
        """The three-letter role codes of ``code``, in order."""
        return tuple(self.code[start : start + 3] for start in range(0, len(self.code), 3))


def read_agents(source: Source, on_error: ErrorHandler | None = None) -> Iterator[Agent]:
    """The agents of an agent dictionary, in file order (substitutions expanded).

    Strict by default: a malformed line raises `DictionaryError`; with ``on_error`` it is
    handed to it and skipped.
    """
    path = source_name(source)
    substitutions: dict[str, tuple[str, ...]] = {}
    for line in dictionary_lines(source):
        text = line.text.strip()
        try:
            defined = _SUBSTITUTION.fullmatch(text)
            if defined:
                items = (item.strip() for item in defined["items"].split(","))
                substitutions[defined["name"]] = tuple(item for item in items if item)
                continue
            yield from _agents(text, substitutions, line.number)
        except ValueError as error:
            report(DictionaryError(path, str(error), line.number), on_error)


def _agents(text: str, substitutions: dict[str, tuple[str, ...]], number: int) -> list[Agent]:
    entry = _ENTRY.fullmatch(text)
    if entry is None:
        raise ValueError("an agent line reads PHRASE {PLURAL} [CODE]; its [CODE] is required")
    code = _CODE.fullmatch(entry["code"].strip())
    if code is None or bool(code["before"]) == bool(code["after"]):
        raise ValueError(f"the code [{entry['code']}] is not ~ROLES or ROLES~ (three letters each)")
    phrase, plural = entry["phrase"], entry["plural"]
    marker = _MARKER.search(phrase)
    if marker is None:
        if plural is None:
            noun = _words(phrase)
            plurals = () if noun.endswith(".") else (regular_plural(noun),)
        else:
            plurals = (_words(plural),) if plural.strip() else ()
        return [Agent(_words(phrase), plurals, code["code"], bool(code["after"]), number)]
    name = marker["name"]
    if name not in substitutions:
        raise ValueError(f"the substitution set !{name}! is not defined before it is used")
    return [
        Agent(
            _words(_MARKER.sub(item, phrase, count=1)),
            (),
            code["code"],
            bool(code["after"]),
            number,
        )
        for item in substitutions[name]
    ]


def _words(phrase: str) -> str:
    words = phrase.replace("_", " ").lower().split()
    if not words:
        raise ValueError("an agent needs a phrase before its code")
    return " ".join(words)


def regular_plural(noun: str) -> str:
    """The English plural of ``noun``'s last word, the rest kept.

    >>> regular_plural("deputy"), regular_plural("key"), regular_plural("border guard")
    ('deputies', 'keys', 'border guards')
    >>> regular_plural("witness"), regular_plural("tax"), regular_plural("coach")
    ('witnesses', 'taxes', 'coaches')
    """
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u", ""):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    return noun + "s"
