"""Readable names from the upper-case phrases of PETRARCH's dictionaries.

``VLADIMIR_PUTIN_`` is "Vladimir Putin", ``LORD'S_RESISTANCE_ARMY`` "Lord's Resistance Army",
``OSAMA_BIN_LADEN`` "Osama bin Laden", ``U.N.`` stays "U.N.". The dictionaries write every
name in capitals, so what a name's own case was is lost: kgraph keeps a word in capitals when
it is surely an acronym or a numeral (no vowel: ``PKK``; initials or digits: ``U.S.``, ``F-16``;
a Roman numeral: ``II``; a name of one word of up to three letters: ``UN``, ``ICJ``; but
``20th`` and ``1990s`` in lower case), writes
the little words of names in lower case inside a name (``of``, ``the``, ``bin``, ``de``), and
capitalises the rest, each part of a hyphenated word too (``Al-Qaeda``). Acronyms with vowels
("NATO", "IAEA") come out capitalised ("Nato"); matching is case-blind, only the display
suffers.
"""

from __future__ import annotations

import re

__all__ = ["SMALL_WORDS", "readable_name"]

SMALL_WORDS = frozenset(
    "a al an and as at bin by da de del della der des di du el for from ibn in la le "
    "of on or the to van von wa with y".split()
)
_ORDINAL = re.compile(r"[0-9]+(?:ST|ND|RD|TH|S)")
_ROMAN = re.compile(r"I{2,3}|IV|VI{0,3}|IX")
_VOWELS = frozenset("AEIOUY")
_MAX_SHORT_ACRONYM = 3


def readable_name(phrase: str) -> str:
    """The readable form of a dictionary phrase (words joined by ``_`` or spaces).

    >>> readable_name("VLADIMIR_PUTIN_"), readable_name("B._LYNN_PASCOE_")
    ('Vladimir Putin', 'B. Lynn Pascoe')
    >>> readable_name("LORD'S_RESISTANCE_ARMY"), readable_name("ISLAMIC_REPUBLIC_OF_AFGHANISTAN")
    ("Lord's Resistance Army", 'Islamic Republic of Afghanistan')
    >>> [readable_name(phrase) for phrase in ("UN_", "PKK", "ABDULLAH_II", "AL-QAEDA")]
    ['UN', 'PKK', 'Abdullah II', 'Al-Qaeda']
    >>> readable_name("ST._PETERSBURG_"), readable_name("XI_JINPING"), readable_name("20TH_BRIGADE")
    ('St. Petersburg', 'Xi Jinping', '20th Brigade')
    """
    words = phrase.replace("_", " ").split()
    short = len(words) == 1 and len(words[0]) <= _MAX_SHORT_ACRONYM
    return " ".join(
        _readable_word(word, first=index == 0, acronym=short) for index, word in enumerate(words)
    )


def _readable_word(word: str, *, first: bool, acronym: bool) -> str:
    upper = word.upper()
    if _ORDINAL.fullmatch(upper):
        return word.lower()
    letters = [char for char in upper if char.isalpha()]
    if (
        acronym
        or not letters
        or _initials(upper)
        or any(char.isdigit() for char in word)
        or _ROMAN.fullmatch(upper)
        or ("." not in word and not _VOWELS.intersection(letters))
    ):
        return upper
    if not first and word.lower() in SMALL_WORDS:
        return word.lower()
    return "-".join(_capitalised(part) for part in word.split("-"))


def _initials(word: str) -> bool:
    """``U.S.`` and ``B.`` are initials; ``ST.`` and ``GEN.`` are abbreviated words."""
    pieces = word.split(".")
    return len(pieces) > 1 and all(len(piece) <= 1 for piece in pieces)


def _capitalised(part: str) -> str:
    """``O'BRIEN`` is "O'Brien", ``LORD'S`` "Lord's": a letter or two after ' stay lower."""
    pieces = part.lower().split("'")
    head = pieces[0][:1].upper() + pieces[0][1:]
    tail = [piece if len(piece) <= 2 else piece[:1].upper() + piece[1:] for piece in pieces[1:]]
    return "'".join([head, *tail])
