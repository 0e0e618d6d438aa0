"""Wire-copy datelines: "KYIV —", "MOSCOW (Reuters) -", "PYONGYANG, Oct. 19:".

The parser reads a dateline as the subject of the first sentence ("BAMAKO — Fighters ...
attacked" makes Bamako the attacker), so `mask_datelines` blanks them out before parsing,
keeping every other character where it was. A paragraph that opens with an acronym and a
dash ("NATO — ...") looks the same and loses its acronym too. `kgraph.sources.dates` reads the date
in a dateline with the same pattern.
"""

from __future__ import annotations

import re

__all__ = ["DATELINE", "mask_datelines"]

# At the start of a paragraph: a place in capitals ("PYONGYANG", "NEW YORK", "PORT-AU-PRINCE"),
# then up to a few words (", Oct. 19, 2023", " (Reuters) Jan 5"), then a dash or colon that
# ends it, spaced or, before a capital, not ("(Reuters) -Ukraine said"). Lower-case words
# never open a dateline, so prose is left alone.
DATELINE = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,3}\b(?P<rest>[^\n—–:]{0,60}?)"
    r"[ \t]*(?:[—–]|[ \t]--?[ \t]|[ \t]-(?=[A-Z])|:[ \t])"
)


def mask_datelines(text: str) -> str:
    """Replace each paragraph's dateline with spaces of the same length.

    >>> mask_datelines("KYIV — Russian forces shelled Kharkiv.")
    '       Russian forces shelled Kharkiv.'
    >>> mask_datelines("MOSCOW (Reuters) - Lavrov met Kim.")
    '                   Lavrov met Kim.'
    >>> mask_datelines("KHARKIV, Ukraine (Reuters) -Ukraine said")
    '                            Ukraine said'
    >>> mask_datelines("The US — and China — met.")
    'The US — and China — met.'
    """
    return DATELINE.sub(lambda match: " " * len(match.group()), text)
