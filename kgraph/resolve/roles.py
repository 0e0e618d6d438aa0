"""Roles, titles and organisations: the words that make a noun phrase an actor.

``data/roles.tsv`` maps agent nouns to sectors ("minister" is GOV, "rebels" REB) and says
whether the role is held by one person or names a body of people; ``data/title_words.txt``
lists the words that build titles ("Foreign", "Prime", "Deputy"); ``data/partitives.txt`` the
nouns that name a part of a group ("members of", "a group of"); ``data/organisations.tsv``
names international bodies and non-state groups, their canonical names and, for a group that
belongs to one, its country.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..datafiles import rows

__all__ = ["Organisation", "Role", "is_partitive", "is_title_word", "organisation", "role"]


@dataclass(frozen=True)
class Role:
    """An agent noun's sector (None for "group", whose modifiers say it) and whether one
    person holds it."""

    sector: str | None
    person: bool


@dataclass(frozen=True)
class Organisation:
    """An organisation's canonical name, sector, and country where it belongs to one."""

    name: str
    sector: str
    country: str | None = None


@cache
def _roles() -> dict[str, Role]:
    return {
        noun: Role(None if sector == "-" else sector, kind == "person")
        for noun, sector, kind in rows(__package__, "roles.tsv")
    }


@cache
def _title_words() -> frozenset[str]:
    return frozenset(row[0] for row in rows(__package__, "title_words.txt"))


@cache
def _organisations() -> dict[str, Organisation]:
    return {
        alias.lower(): Organisation(name, sector, country or None)
        for alias, name, sector, country in rows(__package__, "organisations.tsv")
    }


def role(lemma: str) -> Role | None:
    """The role an agent noun names, by its lemma.

    >>> role("minister"), role("rebel").sector, role("stopover")
    (Role(sector='GOV', person=True), 'REB', None)
    """
    return _roles().get(lemma.lower())


@cache
def _partitives() -> frozenset[str]:
    return frozenset(row[0] for row in rows(__package__, "partitives.txt"))


def is_partitive(lemma: str) -> bool:
    """Whether a noun names a part of a group whose "of" phrase is the actor ("members of")."""
    return lemma.lower() in _partitives()


def is_title_word(word: str) -> bool:
    """Whether a word builds titles ("Foreign" in "Foreign Minister"), or is a role itself."""
    return word.lower() in _title_words() or word.lower() in _roles()


def organisation(name: str) -> Organisation | None:
    """The international organisation a name or acronym stands for.

    >>> organisation("U.N. Security Council").name
    'UN Security Council'
    """
    return _organisations().get(name.lower().removeprefix("the "))
