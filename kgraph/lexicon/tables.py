"""The generated lexicon (``data/generated/``) loaded into lookup tables.

Each table loads once per process, the first time it is asked for, so a run pays only for
what it uses (see ``data/generated/README.md`` for the files and what loading each costs):

- `verbs` maps a verb lemma (``"halt"``, ``"call off"``) to its entries, one per block it is
  listed in;
- `patterns` maps a block (``"cancel"``) to its patterns, those with most elements first, so
  the first that matches a clause is its most specific; `patterns_for` gives them for a lemma;
- `agents` maps an agent noun and its plurals (``"soldier"``, ``"soldiers"``) to its entries;
- `actors` maps each name and alias, in lower case, to the actors it names;
- `category_of` gives the PLOVER category of any CAMEO event code (a user's verb dictionary's
  too), by PLOVER's table and the rules of `kgraph.lexicon.petrarch.plover`.

Words are as the dictionaries write them, in lower case: match them against a token's lemma
or its lower-case text ("talks" is written so, "sanctions" too).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from ..datafiles import rows
from .petrarch.actors import Role, parse_role
from .petrarch.patterns import Element, parse_elements
from .petrarch.plover import PloverEntry, category_table, plover_category

__all__ = [
    "ActorEntry",
    "AgentEntry",
    "PatternEntry",
    "VerbEntry",
    "actors",
    "agents",
    "category_of",
    "patterns",
    "patterns_for",
    "verbs",
]

_PACKAGE = "kgraph.lexicon"
_LIST = ";"


def _generated(name: str) -> list[list[str]]:
    return rows(_PACKAGE, f"generated/{name}")


def _optional(value: str) -> str | None:
    return value or None


@dataclass(frozen=True)
class VerbEntry:
    """A verb of the CAMEO dictionary, its block, and its CAMEO code and PLOVER category for
    the active and the passive verb (None where there is none)."""

    lemma: str
    verb: str
    block: str
    code: str | None
    category: str | None
    passive_code: str | None
    passive_category: str | None


@dataclass(frozen=True)
class PatternEntry:
    """A pattern of a block: the elements before and after the verb, its codes and categories."""

    block: str
    before: tuple[Element, ...]
    after: tuple[Element, ...]
    code: str | None
    category: str | None
    passive_code: str | None
    passive_category: str | None


@dataclass(frozen=True)
class AgentEntry:
    """An agent noun with its plurals, kgraph sector and CAMEO code (``~GOVMED``, ``NGO~``)."""

    noun: str
    plurals: tuple[str, ...]
    sector: str | None
    code: str


@dataclass(frozen=True)
class ActorEntry:
    """A named actor: its summary country, sector and code, its aliases and all its roles."""

    name: str
    type: str
    country: str | None
    sector: str | None
    code: str
    aliases: tuple[str, ...]
    roles: tuple[Role, ...]

    def role_on(self, date: str) -> Role | None:
        """The role the actor held on the ISO ``date``: the dated one that holds then (the
        latest begun), else the undated one, else None.

        >>> actor = actors()["vladimir putin"][0]
        >>> actor.role_on("2005-01-01").code, actor.role_on("1980-01-01").code
        ('RUSGOV', 'RUSELI')
        """
        holding = [
            role
            for role in self.roles
            if role.dated and (role.start or "") <= date <= (role.end or "9999")
        ]
        if holding:
            return max(holding, key=lambda role: role.start or "")
        return next((role for role in self.roles if not role.dated), None)


@cache
def verbs() -> dict[str, tuple[VerbEntry, ...]]:
    """Each verb lemma to its entries.

    >>> [(entry.block, entry.code, entry.category) for entry in verbs()["call off"]]
    [('cancel', '160', 'SANCTION')]
    """
    table = defaultdict(list)
    for lemma, verb, block, *codes in _generated("verbs.tsv"):
        table[lemma].append(VerbEntry(lemma, verb, block, *map(_optional, codes)))
    return _frozen(table)


@cache
def patterns() -> dict[str, tuple[PatternEntry, ...]]:
    """Each block to its patterns, the most specific (most elements) first.

    >>> [(p.code, p.category) for p in patterns()["cancel"] if p.after == parse_elements("aid")]
    [('162', 'SANCTION')]
    """
    return {block: block_patterns(block) for block in _pattern_rows()}


@cache
def block_patterns(block: str) -> tuple[PatternEntry, ...]:
    """One block's patterns, the most specific first, as `patterns` has them: a run parses
    the blocks of the verbs it meets, not all 54,000 patterns.

    >>> block_patterns("cancel") == patterns()["cancel"], block_patterns("no such block")
    (True, ())
    """
    entries = [
        PatternEntry(block, _side(before), _side(after), *map(_optional, codes))
        for before, after, *codes in _pattern_rows().get(block, ())
    ]
    entries.sort(key=lambda entry: -(len(entry.before) + len(entry.after)))
    return tuple(entries)


@cache
def _pattern_rows() -> dict[str, list[list[str]]]:
    """The rows of ``patterns.tsv`` by block, in the file's order, their elements unread."""
    table = defaultdict(list)
    for block, *row in _generated("patterns.tsv"):
        table[block].append(row)
    return dict(table)


@cache
def _side(text: str) -> tuple[Element, ...]:
    """One side of a pattern read (readings repeat their sides: each text is read once)."""
    return parse_elements(text)


def patterns_for(lemma: str) -> tuple[PatternEntry, ...]:
    """The patterns of every block the verb ``lemma`` is in.

    >>> any(p.after == parse_elements("talks") for p in patterns_for("halt"))
    True
    """
    blocks = dict.fromkeys(entry.block for entry in verbs().get(lemma, ()))
    return tuple(pattern for block in blocks for pattern in patterns().get(block, ()))


@cache
def agents() -> dict[str, tuple[AgentEntry, ...]]:
    """Each agent noun, and each of its plurals, to its entries.

    >>> [(entry.sector, entry.code) for entry in agents()["soldiers"]]
    [('MIL', '~MIL')]
    """
    table = defaultdict(list)
    for noun, plurals, sector, code in _generated("agents.tsv"):
        entry = AgentEntry(noun, _split(plurals), _optional(sector), code)
        for form in dict.fromkeys((noun, *entry.plurals)):
            table[form].append(entry)
    return _frozen(table)


@cache
def actors() -> dict[str, tuple[ActorEntry, ...]]:
    """Each actor's name and aliases, in lower case, to the actors they name.

    >>> [(actor.name, actor.country, actor.sector) for actor in actors()["putin"]]
    [('Vladimir Putin', 'RUS', 'GOV')]
    """
    table = defaultdict(list)
    parse = cache(parse_role)  # undated roles repeat: one object each
    for name, kind, country, sector, code, aliases, roles in _generated("actors.tsv"):
        entry = ActorEntry(
            name,
            kind,
            _optional(country),
            _optional(sector),
            code,
            _split(aliases),
            tuple(parse(role) for role in _split(roles)),
        )
        for key in dict.fromkeys(alias.lower() for alias in (name, *entry.aliases)):
            table[key].append(entry)
    return _frozen(table)


def _split(value: str) -> tuple[str, ...]:
    return tuple(value.split(_LIST)) if value else ()


def _frozen(table: dict[str, list]) -> dict[str, tuple]:
    return {key: tuple(values) for key, values in table.items()}


@cache
def _plover_table() -> dict[str, str | None]:
    entries = (PloverEntry(*row, line=0) for row in _generated("plover.tsv"))
    return category_table(entries)


def category_of(code: str | None) -> str | None:
    """The PLOVER category of the CAMEO event ``code``; None for none.

    >>> category_of("162"), category_of("1952"), category_of("020")
    ('SANCTION', 'ASSAULT', None)
    """
    return plover_category(code, _plover_table())
