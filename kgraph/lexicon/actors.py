"""Named actors: organisations and people whom news names without saying who they are.

kgraph's own lists come first; the Phoenix actor dictionaries (``data/generated/actors.tsv``,
current to about 2014) add the organisations and people kgraph does not list. Where the two
name the same person, kgraph's entry wins: it is newer and was reviewed.

``data/organisations.tsv`` names international bodies, parties, armed groups, state bodies and
news agencies, with canonical name, sector and, for a group that belongs to one, its country.

``data/people.tsv`` lists heads of state and government since 1975, the better known
ministers, and leaders of opposition, rebel and militant groups, with their country
(ISO-3166 alpha-3, empty for transnational figures), sector and the other forms news gives
their names: wires write "President Bush" or "Putin" and leave the country to the reader. A
surname or alias alone stands for a person only when every listed person who goes by it
belongs to one country: "Bush" is American, "Kim" is nobody in particular.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property
from typing import TYPE_CHECKING, TypeVar

from ..datafiles import rows
from ..names import name_key as _key
from ..names import table_key
from .places import Places
from .table_cache import cached
from .tables import ActorEntry
from .tables import actors as phoenix_actors

if TYPE_CHECKING:
    from .actor_file import ListedActor
    from .dictionaries import UserDictionaries



__all__ = ["NamedActors", "Organisation", "Person"]

T = TypeVar("T")


@dataclass(frozen=True)
class Organisation:
    """An organisation's canonical name, sector, and country where it belongs to one;
    ``type`` is ``GROUP`` for a body an analyst's actor file calls so."""

    name: str
    sector: str
    country: str | None = None
    type: str = "ORG"


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


def _people_index(
    people: list[tuple[Person, list[str]]],
) -> tuple[dict[str, Person], dict[str, Person]]:
    """Full names and aliases, and surnames, each to the one person (of one country) who goes
    by it."""
    names: dict[str, set[Person]] = defaultdict(set)
    short: dict[str, set[Person]] = defaultdict(set)
    first: dict[str, set[Person]] = defaultdict(set)
    for person, forms in people:
        for form in forms:
            key = _key(form)
            (names if " " in key else short)[key].add(person)
        words = forms[0].split()
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


class NamedActors:
    """Organisations by name or acronym, people by any usual form of their name."""

    def __init__(
        self, places: Places, package: str = __package__, user: UserDictionaries | None = None
    ) -> None:
        self._places = places
        self._package = package
        self._user = user
        self._people: dict[str, Person | None] = {}

    @cached_property
    def _phoenix(self) -> list[ActorEntry]:
        """The Phoenix actors (``data/generated/actors.tsv``), each once."""
        return list({id(e): e for es in phoenix_actors().values() for e in es}.values())

    @cached_property
    def _own_organisations(self) -> dict[str, Organisation]:
        """kgraph's own list, by name or acronym in lower case."""
        return {
            alias.lower(): Organisation(name, sector, country or None)
            for alias, name, sector, country in rows(self._package, "organisations.tsv")
        }

    def _derived(self, name: str, build: Callable[[], T]) -> T:
        """A table built from the bundled data files, kept between runs (`table_cache.cached`);
        another package's is built each time."""
        return cached(name, build) if self._package == __package__ else build()

    @cached_property
    def _phoenix_organisations(self) -> dict[str, list[tuple[str, Organisation]]]:
        """The Phoenix organisations by name or alias in lower case, each with the alias as
        written, in Phoenix's order."""
        return self._derived("phoenix_organisations", self._read_phoenix_organisations)

    def _read_phoenix_organisations(self) -> dict[str, list[tuple[str, Organisation]]]:
        found: dict[str, list[tuple[str, Organisation]]] = defaultdict(list)
        for entry in self._phoenix:
            if entry.type == "ORG" and entry.sector:
                organisation = Organisation(entry.name, entry.sector, entry.country)
                for alias in (entry.name, *entry.aliases):
                    found[alias.lower()].append((alias, organisation))
        return dict(found)

    def _organisation(self, key: str) -> Organisation | None:
        """The organisation of a lower-case name: kgraph's, else the first Phoenix one whose
        alias is no state's name and no word any body's name has.

        Phoenix lists some groups under their country's name ("Argentina"), and some under a
        word any body's name has ("Organization", "Senate"). An alias is checked when a name
        asks for it, not all 8,700 as the table loads.
        """
        if key in self._own_organisations:
            return self._own_organisations[key]
        for alias, organisation in self._phoenix_organisations.get(key, ()):
            if not self._places.country_of(alias) and not self.is_body_word(alias):
                return organisation
        return None

    @cached_property
    def _body_words(self) -> frozenset[str]:
        return frozenset(row[0] for row in rows(self._package, "organisation_words.txt"))

    def is_body_word(self, word: str) -> bool:
        """Whether a word is one any body's name may have ("army", "council", "armed"), no
        name of one body by itself."""
        return word.lower() in self._body_words

    @cached_property
    def _index(self) -> tuple[dict[str, Person], dict[str, Person]]:
        """Full names and listed aliases; and one-word names, each to the one country using
        it. A transnational figure is found by full name or alias only: "Mohammed" is too many
        men. A name kgraph's list knows is its list's, whoever else Phoenix knows by it."""
        return self._derived("people_index", self._read_index)

    def _read_index(self) -> tuple[dict[str, Person], dict[str, Person]]:
        own = [
            (Person(name, country or None, sector), [name, *filter(None, aliases.split(";"))])
            for name, country, sector, aliases in rows(self._package, "people.tsv")
        ]
        phoenix = [
            (Person(e.name, e.country, e.sector or "GOV"), [e.name, *e.aliases])
            for e in self._phoenix
            if e.type == "PERSON"
        ]
        own_names, own_short = _people_index(own)
        names, short = _people_index(phoenix)
        return {**names, **own_names}, {**short, **own_short}

    def organisation(self, name: str) -> Organisation | None:
        """The organisation a name or acronym stands for.

        >>> NamedActors(Places()).organisation("U.N. Security Council").name
        'UN Security Council'
        >>> NamedActors(Places()).organisation("total") is None  # a name is written as one
        True
        """
        name = name.removeprefix("the ").removeprefix("The ")
        if not name or name[0].islower():
            return None
        if self._user is not None and table_key(name) in self._user.organisations:
            return self._user.organisations[table_key(name)]
        found = self._organisation(name.lower())
        if found and found.name.lower() == name.lower():
            # as the text writes it: Phoenix's names lose an acronym's capitals ("Un Envoy")
            return replace(found, name=name)
        return found

    def listed(self, name: str) -> ListedActor | None:
        """The actor a user's actor file or dictionary lists under ``name`` (its name or an
        alias, in any case), else None: the user's word on who that is."""
        return self._user.listed.get(table_key(name)) if self._user is not None else None

    def person(self, name: str) -> Person | None:
        """The listed person a name stands for, else None.

        A longer name is also tried without its leading words ("Archbishop Desmond Tutu"); a
        one-word name is read as a surname.

        >>> actors = NamedActors(Places())
        >>> actors.person("President Bill Clinton").country, actors.person("Putin").name
        ('USA', 'Vladimir Putin')
        >>> actors.person("Kim") is None, actors.person("Tamsin Arkwright") is None
        (True, True)
        """
        if name not in self._people:
            listed = self._user.people.get(table_key(name)) if self._user is not None else None
            self._people[name] = listed or self._person(name)
        return self._people[name]

    def _person(self, name: str) -> Person | None:
        names, short = self._index
        words = _key(name).split()
        if len(words) == 1:
            return short.get(words[0])
        for start in range(len(words) - 1):
            found = names.get(" ".join(words[start:]))
            if found:
                return found
        return None
