"""Agent nouns and titles: the words that make a noun phrase an actor without a name.

``data/roles.tsv`` maps agent nouns to sectors ("minister" is GOV, "rebels" REB) and says
whether the role is held by one person or names a body of people; ``data/title_words.txt``
lists the words that build titles ("Foreign", "Prime", "Deputy"); ``data/partitives.txt`` the
nouns that name a part of a group ("members of", "a group of"); ``data/references.tsv``
what a description headed by a noun refers back to ("the group", "both sides"). The
Phoenix agent dictionary (``data/generated/agents.tsv``) adds the kinds of people kgraph's
table lacks ("economist", "gunman"), for common nouns only.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from ..datafiles import rows

if TYPE_CHECKING:
    from .dictionaries import UserDictionaries

__all__ = ["Agents", "Role"]


# CAMEO's sectors that kgraph's table has none of, to kgraph's nearest
_SECTORS = {"UAF": "REB", "ELI": "GOV", "PTY": "OPP", "AGR": "CVL", "ENV": "NGO",
            "HRI": "NGO", "DEV": "NGO", "MOD": "CVL"}


@dataclass(frozen=True)
class Role:
    """An agent noun's sector (None for "group", whose modifiers say it) and whether one
    person holds it."""

    sector: str | None
    person: bool


class Agents:
    """Agent nouns with their sectors, title words and partitives; tables load on first use."""

    def __init__(self, package: str = __package__, user: UserDictionaries | None = None) -> None:
        self._package = package
        self._user = user

    @cached_property
    def _roles(self) -> dict[str, Role]:
        return {
            noun: Role(None if sector == "-" else sector, kind == "person")
            for noun, sector, kind in rows(self._package, "roles.tsv")
        }

    @cached_property
    def _title_words(self) -> frozenset[str]:
        return frozenset(row[0] for row in rows(self._package, "title_words.txt"))

    @cached_property
    def _head_titles(self) -> frozenset[str]:
        return frozenset(row[0] for row in rows(self._package, "head_titles.txt"))

    @cached_property
    def _partitives(self) -> frozenset[str]:
        return frozenset(row[0] for row in rows(self._package, "partitives.txt"))

    @cached_property
    def _references(self) -> dict[str, str]:
        return {noun: kind for noun, kind in rows(self._package, "references.tsv")}

    def refers_to(self, noun: str) -> str | None:
        """What a description headed by ``noun`` refers back to: ``"person"``, ``"state"``,
        ``"group"``, ``"body"`` or ``"any"`` (``data/references.tsv``), else None.

        >>> Agents().refers_to("group"), Agents().refers_to("ministry")
        ('group', 'body')
        """
        return self._references.get(noun.lower())

    @cached_property
    def _phoenix(self) -> dict[str, Role]:
        """The Phoenix agent nouns of one word that kgraph's table lacks, and their plurals,
        each a kind of person ("economist", "farmers") in its sector; not the things, places
        and abstractions ``data/not_agents.txt`` lists ("warship", "village")."""
        from .tables import agents

        excluded = frozenset(row[0] for row in rows(self._package, "not_agents.txt"))
        found: dict[str, Role] = {}
        for noun, entries in agents().items():
            sector = next((e.sector for e in entries if e.sector), None)
            kept = sector and not excluded & {noun, *(e.noun for e in entries)}
            if " " not in noun and kept and noun not in self._roles:
                found[noun] = Role(_SECTORS.get(sector, sector), True)
        return found

    def agent(self, noun: str) -> Role | None:
        """The role of a common noun for a kind of person: kgraph's table's, else the
        Phoenix agent dictionary's. Only for a word written as a common noun: "Baker" is a
        name.

        >>> Agents().agent("economist"), Agents().agent("gunmen")
        (Role(sector='EDU', person=True), Role(sector='REB', person=True))
        """
        return self.role(noun) or self._phoenix.get(noun.lower())

    def role(self, lemma: str) -> Role | None:
        """The role an agent noun names, by its lemma.

        >>> agents = Agents()
        >>> agents.role("minister"), agents.role("rebel").sector, agents.role("stopover")
        (Role(sector='GOV', person=True), 'REB', None)
        """
        lemma = lemma.lower()
        if self._user is not None and lemma in self._user.agents:
            return self._user.agents[lemma]
        return self._roles.get(lemma)

    def is_partitive(self, lemma: str) -> bool:
        """Whether a noun names a part of a group whose "of" phrase is the actor ("members
        of")."""
        return lemma.lower() in self._partitives

    def is_head_title(self, role: str) -> bool:
        """Whether a role leads a state, government, party or international body
        (``data/head_titles.txt``).

        >>> Agents().is_head_title("prime minister"), Agents().is_head_title("foreign minister")
        (True, False)
        """
        return role.lower() in self._head_titles

    def is_title_word(self, word: str) -> bool:
        """Whether a word builds titles ("Foreign" in "Foreign Minister"), or is a role itself."""
        word = word.lower()
        return word in self._title_words or word in self._roles
