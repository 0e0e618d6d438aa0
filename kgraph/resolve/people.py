"""Known people: the country and sector of office holders whom news names without either.

Wires write "President Bush", "Putin" or "Archbishop Desmond Tutu" and leave the country to
the reader. ``data/people.tsv`` lists heads of state and government since 1975, the better
known ministers, and leaders of opposition, rebel and militant groups, with their country
(ISO-3166 alpha-3, empty for transnational figures), sector and the other forms news gives
their names. A surname or alias alone stands for a person only when every listed person who
goes by it belongs to one country: "Bush" is American, "Kim" is nobody in particular.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache

from ..datafiles import rows
from ..names import name_key as _key

__all__ = ["Person", "known_person"]


@dataclass(frozen=True)
class Person:
    """A listed person's canonical name, country (None for a transnational figure) and sector."""

    name: str
    country: str | None
    sector: str


def _unambiguous(index: dict[str, set[Person]]) -> dict[str, Person]:
    """The keys whose people all belong to one country, each to the first such person."""
    return {
        key: min(people, key=lambda p: p.name)
        for key, people in index.items()
        if len({p.country for p in people}) == 1
    }


@cache
def _index() -> tuple[dict[str, Person], dict[str, Person]]:
    """Full names and listed aliases; and one-word names, each to the one country using it.
    A transnational figure is found by full name or alias only: "Mohammed" is too many men."""
    names: dict[str, set[Person]] = defaultdict(set)
    short: dict[str, set[Person]] = defaultdict(set)
    first: dict[str, set[Person]] = defaultdict(set)
    for name, country, sector, aliases in rows(__package__, "people.tsv"):
        person = Person(name, country or None, sector)
        for form in (name, *filter(None, aliases.split(";"))):
            key = _key(form)
            (names if " " in key else short)[key].add(person)
        words = name.split()
        if len(words) > 1:
            first[_key(words[0])].add(person)
            if person.country:
                short[_key(words[-1])].add(person)
    surnames = {
        key: person
        for key, person in _unambiguous(short).items()
        # a family name written first elsewhere ("Lee Kuan Yew") makes "Lee" ambiguous
        if all(other.country == person.country for other in first.get(key, ()))
    }
    return _unambiguous(names), surnames


@lru_cache(maxsize=65536)
def known_person(name: str) -> Person | None:
    """The listed person a name stands for, else None.

    A longer name is also tried without its leading words ("Archbishop Desmond Tutu"); a
    one-word name is read as a surname.

    >>> known_person("President Bill Clinton").country, known_person("Putin").name
    ('USA', 'Vladimir Putin')
    >>> known_person("Kim") is None, known_person("Tamsin Arkwright") is None
    (True, True)
    """
    names, short = _index()
    words = _key(name).split()
    if len(words) == 1:
        return short.get(words[0])
    for start in range(len(words) - 1):
        found = names.get(" ".join(words[start:]))
        if found:
            return found
    return None
