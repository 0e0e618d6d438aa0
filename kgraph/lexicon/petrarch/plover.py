"""PLOVER's CAMEO-to-PLOVER table (``CAMEO2PLOVER-2021.txt``) and the category of a code.

Each line of the table reads ``CODE: CATEGORY, MODE, CONTEXT # description``: ``162: SANCTION,
discontinue, human_security # Reduce or stop aid``. Two-digit lines (``16: SANCTION``) head
each CAMEO cue category; the table ends at a line of ``~``.

The table lists most CAMEO codes but not all, and says nothing of CAMEO's 01 (public
statements) and 02 (appeals), which PLOVER dropped. `plover_category` decides:

1. a code the table lists takes its category;
2. a code it does not list takes the category of its nearest listed parent: ``1952`` that of
   ``195``, ``176`` that of the two-digit line ``17``;
3. a parent the table lists with two categories decides nothing: the two-digit ``08`` heads
   both CONCEDE (081 to 083) and RETREAT (084 to 087), so an ``08x`` code the table lacks has
   no category; so has every code under 01 and 02, and every code that is not CAMEO's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from .source import DictionaryError, ErrorHandler, Source, dictionary_lines, report, source_name

__all__ = ["CATEGORIES", "PloverEntry", "category_table", "plover_category", "read_cameo_to_plover"]

CATEGORIES = (
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST "
    "ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT"
).split()
"""PLOVER's sixteen event categories."""

_ENTRY = re.compile(r"(?P<code>[0-9]{2,4}):\s*(?P<fields>.*)")
_END = "~~~"


@dataclass(frozen=True)
class PloverEntry:
    """One line of the table: a CAMEO code, its PLOVER category, mode and context."""

    code: str
    category: str
    mode: str
    context: str
    line: int


def read_cameo_to_plover(
    source: Source, on_error: ErrorHandler | None = None
) -> Iterator[PloverEntry]:
    """The entries of a CAMEO-to-PLOVER table, in file order.

    >>> import io
    >>> text = "16: SANCTION\\n162: SANCTION, discontinue,  human_security # Reduce aid\\n~~~~~\\n"
    >>> [(e.code, e.category, e.mode, e.context) for e in read_cameo_to_plover(io.StringIO(text))]
    [('16', 'SANCTION', '', ''), ('162', 'SANCTION', 'discontinue', 'human_security')]
    """
    path = source_name(source)
    for line in dictionary_lines(source):
        text = line.text.strip()
        if text.startswith(_END):
            return
        found = _ENTRY.fullmatch(text)
        fields = [field.strip() for field in found["fields"].split(",")] if found else []
        if not fields or fields[0] not in CATEGORIES:
            report(
                DictionaryError(path, "a line reads CODE: CATEGORY, MODE, CONTEXT", line.number),
                on_error,
            )
            continue
        mode, context = (fields[1:] + ["", ""])[:2]
        yield PloverEntry(found["code"], fields[0], mode, context, line.number)


def category_table(entries: Iterable[PloverEntry]) -> dict[str, str | None]:
    """Each listed code to its category; None for a code listed with two categories.

    >>> entries = read_cameo_to_plover(__import__("io").StringIO("08: CONCEDE\\n08: RETREAT\\n"))
    >>> category_table(entries)
    {'08': None}
    """
    table: dict[str, str | None] = {}
    for entry in entries:
        if table.get(entry.code, entry.category) != entry.category:
            table[entry.code] = None
        else:
            table[entry.code] = entry.category
    return table


def plover_category(code: str | None, table: Mapping[str, str | None]) -> str | None:
    """The PLOVER category of the CAMEO ``code`` by the rules of the module's docstring.

    >>> table = {"16": "SANCTION", "162": "SANCTION", "163": "COERCE", "08": None}
    >>> plover_category("1631", table), plover_category("165", table)
    ('COERCE', 'SANCTION')
    >>> plover_category("085", table), plover_category("020", table), plover_category(None, table)
    (None, None, None)
    """
    if code is None:
        return None
    for parent in _parents(code):
        if parent in table:
            return table[parent]
    return None


def _parents(code: str) -> Iterator[str]:
    """``code`` and its parents, nearest first: 1952, 195, 19."""
    for length in range(len(code), 1, -1):
        yield code[:length]
