"""PETRARCH2 actor dictionaries (``Phoenix.*.actors.txt``): named actors and their codes.

The format, from PETRARCH2's ``dictionaries.rst``: each actor is

- a primary line, the actor's phrase (words joined by ``_`` or spaces), optionally followed by
  codes in brackets: ``AFGHANISTAN_ [AFG]``;
- synonym lines starting with ``+``: ``+KABUL_``;
- date restriction lines starting with ``[`` (indented by a tab): ``[RUSGOV 991231-080507]``.
  ``<DATE`` is up to a date, ``>DATE`` from it, ``DATE-DATE`` between, both ends included;
  a code with no date applies when no dated one does. A date is ``YYMMDD`` (``00``-``30``
  are 2000-2030, the rest 1931-1999) or ``YYYYMMDD`` (a longer run of digits is read by its
  first eight, as PETRARCH2 does). A date with no sign (``[MNEGOV 20121204]``) is read as a
  start, as the Phoenix files mean it.

A code is a CAMEO actor code (see `kgraph.lexicon.petrarch.codes`); ``A/B`` gives both, and the null
code ``---`` none (a person who holds no coded role outside their dated ones).

The Phoenix files often leave out a synonym's ``+`` (``LEONID_BREZHNEV_`` on one line,
``LEONID_ILYICH_BREZHNEV`` on the next, then the dates): PETRARCH2 reads each such line as an
actor of its own, with no code. kgraph reads a primary line that comes on the line right
after an actor that has no code yet, and shares a word with one of its names, as another name
of that actor (so ``LEONID_BREZHNEV_`` takes the dates, while a list of different groups
sharing the code of the last stays a list of actors with no code).

kgraph reads the phrases into readable names ("VLADIMIR_PUTIN_" is "Vladimir Putin", see
`readable_name`), takes an acronym in parentheses as a synonym ("ADEN_ABYAN_ISLAMIC_ARMY_
(AAIA)_" is "Aden Abyan Islamic Army", also "AAIA"), and gives each actor a type:

- GPE when every code names only a state, a current or a former one (``NLD``, ``USR``);
- PERSON when a code is dated or is an elite's (``ELI``), unless the name has a word of
  ``data/organisation_words.txt`` ("party", "council": the files date parties too);
- else ORG.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from ...datafiles import rows
from .codes import actor_code_meaning, is_actor_code, split_code
from .names import SMALL_WORDS, readable_name
from .source import DictionaryError, ErrorHandler, Source, dictionary_lines, report, source_name

__all__ = ["Actor", "Role", "format_role", "iso_date", "parse_role", "read_actors"]

_BRACKETS = re.compile(r"\[([^\[\]]*)\]")
_ACRONYM = re.compile(r"\s*\(([^()]+)\)\s*$")
_RESTRICTION = re.compile(
    r"(?P<code>\S+)(?:\s*(?P<sign>[<>])?\s*(?P<first>\d+)(?:\s*-\s*(?P<last>\d+))?)?"
)
_NULL_CODE = "---"
_WORD = re.compile(r"[a-z0-9']{3,}")
_OPEN = ".."
_ELITE = "ELI"
_CENTURY_PIVOT = 30


@dataclass(frozen=True)
class Role:
    """One code of an actor, with the dates it holds between (ISO dates, None: open) and
    the country and sector it gives; ``dated`` is false for a code that holds otherwise."""

    code: str
    start: str | None
    end: str | None
    country: str | None
    sector: str | None
    dated: bool


@dataclass(frozen=True)
class Actor:
    """One actor: its readable name, its synonyms, type, roles and the line it starts on."""

    name: str
    synonyms: tuple[str, ...]
    type: str
    roles: tuple[Role, ...]
    line: int


def read_actors(source: Source, on_error: ErrorHandler | None = None) -> Iterator[Actor]:
    """The actors of an actor dictionary, in file order.

    Strict by default: a malformed line raises `DictionaryError`; with ``on_error`` it is
    handed to it and skipped (a bad date restriction drops that restriction only).

    >>> import io
    >>> text = "VLADIMIR_PUTIN_\\n+PUTIN_\\n\\t[RUSGOV 991231-080507]\\n\\t[RUSELI]\\n"
    >>> [actor] = read_actors(io.StringIO(text))
    >>> actor.name, actor.synonyms, actor.type
    ('Vladimir Putin', ('Putin',), 'PERSON')
    >>> [(role.code, role.start, role.end, role.country, role.sector) for role in actor.roles]
    [('RUSGOV', '1999-12-31', '2008-05-07', 'RUS', 'GOV'), ('RUSELI', None, None, 'RUS', 'ELI')]
    """
    path = source_name(source)
    entry: _Entry | None = None
    skipping = False  # the synonyms and dates of an actor whose primary line was malformed
    for line in dictionary_lines(source):
        text = line.text.strip()
        try:
            if text.startswith(("[", "+")):
                if not skipping:
                    _add(entry, text, line.number)
                continue
            head, codes = _primary(text)
            if entry is not None and entry.continued_by(line.number, head):
                entry.phrases.append(head)
                entry.roles.extend(codes)
                entry.last = line.number
                continue
            if entry is not None:
                yield entry.actor()
            entry, skipping = _Entry(line.number, head, codes), False
        except ValueError as error:
            if not text.startswith(("[", "+")):
                if entry is not None:
                    yield entry.actor()
                entry, skipping = None, True
                error = ValueError(f"{error}; the actor is skipped with its synonyms and dates")
            report(DictionaryError(path, str(error), line.number), on_error)
    if entry is not None:
        yield entry.actor()


def _add(entry: _Entry | None, text: str, number: int) -> None:
    """Add a synonym (``+``) or date restriction (``[``) line to the actor being read."""
    if entry is None:
        raise ValueError("a synonym or date line before the first actor")
    if text.startswith("["):
        entry.roles.extend(_roles(text))
    else:
        entry.phrases.append(_phrase(text[1:]))
    entry.last = number


class _Entry:
    """An actor being read: its phrases (the primary first) and its roles so far."""

    def __init__(self, line: int, phrase: str, roles: list[Role]) -> None:
        self.line = self.last = line
        self.phrases = [phrase]
        self.roles = roles

    def continued_by(self, number: int, phrase: str) -> bool:
        """Whether the primary line ``phrase`` at ``number`` names this actor again: this
        actor has no code yet, the line follows its last one at once and shares a word with
        one of its names (a synonym that lost its ``+``, not another actor of a list)."""
        if self.roles or number != self.last + 1:
            return False
        known = set().union(*(_name_words(name) for name in self.phrases))
        return bool(known & _name_words(phrase))

    def actor(self) -> Actor:
        """The actor read: readable names, an acronym as a synonym, roles without the null."""
        names: list[str] = []
        for phrase in self.phrases:
            acronym = _ACRONYM.search(phrase)
            if acronym:
                names.extend((readable_name(phrase[: acronym.start()]), acronym[1].strip()))
            else:
                names.append(readable_name(phrase))
        names = [name for name in dict.fromkeys(names) if name]
        roles = tuple(role for role in dict.fromkeys(self.roles) if role.code != _NULL_CODE)
        return Actor(names[0], tuple(names[1:]), _actor_type(names[0], roles), roles, self.line)


def _name_words(phrase: str) -> set[str]:
    return set(_WORD.findall(phrase.lower())) - SMALL_WORDS


def _actor_type(name: str, roles: tuple[Role, ...]) -> str:
    if roles and all(actor_code_meaning(role.code).place for role in roles):
        return "GPE"
    if any(role.dated or _ELITE in split_code(role.code) for role in roles):
        return "ORG" if _name_words(name) & _organisation_words() else "PERSON"
    return "ORG"


@cache
def _organisation_words() -> frozenset[str]:
    return frozenset(row[0] for row in rows("kgraph.lexicon", "organisation_words.txt"))


def _primary(text: str) -> tuple[str, list[Role]]:
    """The phrase and the codes of a primary line: ``B._LYNN_PASCOE_ [USAGOV 981022-010811]``."""
    start = text.find("[")
    head = text if start < 0 else text[:start]
    if "]" in head:
        raise ValueError("a ] with no [ before it")
    return _phrase(head), [] if start < 0 else _roles(text[start:])


def _phrase(text: str) -> str:
    phrase = " ".join(text.replace("_", " ").split())
    if not phrase or "[" in phrase or "]" in phrase:
        raise ValueError(f"{text.strip() or 'nothing'} is not an actor's phrase")
    return phrase


def _roles(text: str) -> list[Role]:
    """The roles of one or more bracketed codes: ``[IGOUNO 820101-911231] [ELI]``."""
    if _BRACKETS.sub("", text).strip():
        raise ValueError("codes are [CODE] or [CODE DATES], with nothing around them")
    roles = []
    for inside in _BRACKETS.findall(text):
        found = _RESTRICTION.fullmatch(inside.strip())
        if found is None:
            raise ValueError(
                f"[{inside}] is not [CODE], [CODE <DATE], [CODE >DATE] or [CODE DATE-DATE]"
            )
        start, end = _dates(found)
        dated = found["first"] is not None
        for code in found["code"].upper().split("/"):
            roles.append(_role(code, start, end, dated))
    return roles


def _role(code: str, start: str | None, end: str | None, dated: bool) -> Role:
    if code == _NULL_CODE:
        return Role(code, start, end, None, None, dated)
    if not is_actor_code(code):
        raise ValueError(f"{code} is not a CAMEO actor code (three-letter codes run together)")
    meaning = actor_code_meaning(code)
    return Role(code, start, end, meaning.country, meaning.sector, dated)


def _dates(found: re.Match[str]) -> tuple[str | None, str | None]:
    """The first and last day of a restriction's ``<D``, ``>D`` or ``D-D``."""
    if found["first"] is None:
        return None, None
    first = iso_date(found["first"])
    if found["last"] is not None:
        if found["sign"]:
            raise ValueError(f"{found['sign']} cannot go with a range of two dates")
        last = iso_date(found["last"])
        if last < first:
            raise ValueError(f"the range {found['first']}-{found['last']} ends before it starts")
        return first, last
    if found["sign"] == "<":
        return None, first
    # ">DATE", and a date with no sign, which the Phoenix files use for a start ("entered
    # Foreign Service")
    return first, None


def iso_date(text: str) -> str:
    """The ISO date of PETRARCH's ``YYMMDD`` or ``YYYYMMDD``.

    >>> iso_date("991231"), iso_date("080507"), iso_date("19270101"), iso_date("201005011")
    ('1999-12-31', '2008-05-07', '1927-01-01', '2010-05-01')
    """
    if len(text) == 6:
        year = int(text[:2])
        year += 2000 if year <= _CENTURY_PIVOT else 1900
        text = f"{year}{text[2:]}"
    text = text[:8]
    if len(text) != 8:
        raise ValueError(f"{text} is not a date (YYMMDD or YYYYMMDD)")
    try:
        return datetime.date(int(text[:4]), int(text[4:6]), int(text[6:])).isoformat()
    except ValueError:
        raise ValueError(f"{text} is not a date (YYMMDD or YYYYMMDD)") from None


def format_role(role: Role) -> str:
    """The compact form of a role in the generated files: its code, then its dates as an
    ISO 8601 interval, ``..`` for an open end; no dates for an undated role.

    >>> format_role(Role("RUSGOV", "2008-05-08", None, "RUS", "GOV", True))
    'RUSGOV 2008-05-08/..'
    >>> format_role(Role("RUSELI", None, None, "RUS", "ELI", False))
    'RUSELI'
    """
    if not role.dated:
        return role.code
    return f"{role.code} {role.start or _OPEN}/{role.end or _OPEN}"


def parse_role(text: str) -> Role:
    """Read back what `format_role` wrote, country and sector from the code.

    >>> parse_role("RUSGOV 2008-05-08/..") == Role("RUSGOV", "2008-05-08", None, "RUS", "GOV", True)
    True
    """
    code, _, dates = text.partition(" ")
    meaning = actor_code_meaning(code)
    if not dates:
        return Role(code, None, None, meaning.country, meaning.sector, False)
    start, _, end = (None if part == _OPEN else part for part in dates.partition("/"))
    return Role(code, start, end, meaning.country, meaning.sector, True)
