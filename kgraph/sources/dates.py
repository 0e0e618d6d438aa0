"""Article dates: metadata dates made ISO (``YYYY-MM-DD``), and the dateline read when none.

Every date kgraph keeps is an ISO date, so that ``first_seen``/``last_seen`` compare as strings
and GEXF spells use ``timeformat="date"``. `iso_date` reads the forms feeds and CMSs write (ISO
with or without a time, ``20231019``, ``2023/10/19``, RFC 2822, "Oct. 19, 2023",
"19 October 2023"); purely numeric day-month orders (``10/11/2023``) are ambiguous and not
guessed. `dateline_date` reads the date of a wire dateline at the start of the text
("PYONGYANG, Oct. 19, 2023 —"). A dateline without a year ("MOSCOW (Reuters) Jan 5 -") gives
no date unless the year is known: a guessed year would put the event on the wrong place of a
timeline.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from email.utils import parsedate_to_datetime

from ..records import Document
from .datelines import DATELINE

__all__ = ["dated", "dateline_date", "iso_date"]

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"

# "Oct. 19, 2023", "October 19 2023", "Jan 5"
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?", re.IGNORECASE)
# "19 October 2023", "5 Jan"
_DAY_MONTH = re.compile(rf"\b{_DAY}\s+{_MONTH}(?![a-z])(?:,?\s+{_YEAR}\b)?", re.IGNORECASE)
# "2023-10-19", "2023/10/19", "2023.10.19", "20231019", each maybe followed by a time
_NUMERIC = re.compile(r"^(?P<year>\d{4})([-/.]?)(?P<month>\d{2})\2(?P<day>\d{2})(?![\d])")



def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _month_name_date(text: str, year: int | None) -> str | None:
    """The first month-name date in ``text``; without its own year, ``year`` completes it."""
    found = [m for m in (_MONTH_DAY.search(text), _DAY_MONTH.search(text)) if m]
    if not found:
        return None
    match = min(found, key=lambda m: m.start())
    written = int(match["year"]) if match["year"] else year
    if written is None:
        return None
    return _valid(written, _MONTHS[match["month"].lower()], int(match["day"]))


def iso_date(value: str | None) -> str | None:
    """The ISO date a metadata value stands for, or None when it cannot be read for sure.

    >>> iso_date("2023-10-19T08:30:00+09:00"), iso_date("20231019"), iso_date("2023/10/19")
    ('2023-10-19', '2023-10-19', '2023-10-19')
    >>> iso_date("Thu, 19 Oct 2023 08:30:00 GMT"), iso_date("Oct. 19, 2023")
    ('2023-10-19', '2023-10-19')
    >>> iso_date("19 October 2023"), iso_date("10/11/2023"), iso_date("2023-02-30")
    ('2023-10-19', None, None)
    """
    if not value or not value.strip():
        return None
    value = value.strip()
    numeric = _NUMERIC.match(value)
    if numeric:
        return _valid(int(numeric["year"]), int(numeric["month"]), int(numeric["day"]))
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    return _month_name_date(value, year=None)


def dateline_date(text: str, year: int | None = None) -> str | None:
    """The date of the dateline that opens ``text``, as an ISO date, else None.

    ``year`` completes a dateline that gives only month and day.

    >>> dateline_date("PYONGYANG, Oct. 19, 2023 — Russia's foreign minister met Kim.")
    '2023-10-19'
    >>> dateline_date("LONDON, 5 January 2024 (AFP) - Talks resumed.")
    '2024-01-05'
    >>> dateline_date("MOSCOW (Reuters) Jan 5 - Talks resumed."), dateline_date(
    ...     "MOSCOW (Reuters) Jan 5 - Talks resumed.", year=2024)
    (None, '2024-01-05')
    >>> dateline_date("TOKYO — Japan and Korea met on Oct. 19, 2023.") is None
    True
    """
    match = DATELINE.match(text)
    return _month_name_date(match["rest"], year) if match else None


def dated(document: Document) -> Document:
    """``document`` with an ISO date: its metadata date made ISO, else its dateline's, else None.

    The dateline is looked for at the start of the text, then of the title: a plain-text
    article whose short first paragraph holds the dateline has it read as its title.

    >>> dated(Document("a", "SEOUL, March 12, 2024 — Tokyo and Seoul met.")).date
    '2024-03-12'
    >>> dated(Document("b", "Tokyo and Seoul met.", date="12 March 2024")).date
    '2024-03-12'
    """
    found = (
        iso_date(document.date)
        or dateline_date(document.text)
        or dateline_date(document.title or "")
    )
    return document if found == document.date else replace(document, date=found)
