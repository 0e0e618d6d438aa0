"""Wire-copy datelines: "KYIV —", "MOSCOW (Reuters) -", "PYONGYANG, Oct. 19:".

The parser reads a dateline as the subject of the first sentence ("BAMAKO — Fighters ...
attacked" makes Bamako the attacker), so `mask_datelines` blanks them out before parsing,
keeping every other character where it was. A paragraph that opens with an acronym and a
dash ("NATO — ...") looks the same and loses its acronym too.
"""

from __future__ import annotations

import re

__all__ = ["mask_datelines"]

# At the start of a paragraph: a place in capitals, an optional agency or date, then a dash
# or colon. Lower-case words are never part of a dateline, so prose is left alone.
_DATELINE = re.compile(
    r"(?m)^[ \t]*"
    r"[A-Z][A-Z .'’-]{1,40}"  # the place: "KYIV", "NEW DELHI"
    r"(?:\([^)\n]{1,40}\))?"  # an agency: "(Reuters)"
    r"(?:,[^—–:\n]{1,25})?"  # a date: ", Oct. 19"
    r"[ \t]*(?:—|–|--|-|:)[ \t]"
)


def mask_datelines(text: str) -> str:
    """Replace each paragraph's dateline with spaces of the same length.

    >>> mask_datelines("KYIV — Russian forces shelled Kharkiv.")
    '       Russian forces shelled Kharkiv.'
    >>> mask_datelines("MOSCOW (Reuters) - Lavrov met Kim.")
    '                   Lavrov met Kim.'
    >>> mask_datelines("The US — and China — met.")
    'The US — and China — met.'
    """
    return _DATELINE.sub(lambda match: " " * len(match.group()), text)
