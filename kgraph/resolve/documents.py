"""What a whole article says that its sentences leave unsaid: the acronyms it introduces and
the country it is about.

- ``acronyms``: a name with its acronym in parentheses introduces the acronym ("the Rapid
  Support Forces (RSF)"), so both are one actor;
- ``focus_country``: the country the article is about, from its dateline ("KHARTOUM
  (Reuters) -") or, with none, the country most of its actors belong to. A nameless body of
  the state ("the army", "police", "the Treasury Department") takes it where its own words
  give none.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from ..lexicon.places import Places
from ..sources.datelines import DATELINE

__all__ = ["acronyms", "focus_country"]

_PARENTHESISED = re.compile(
    r"(?P<name>(?:[A-Z][\w'’.-]*[ \t]+(?:(?:of|for|and|the|de|in|on)[ \t]+)*){1,9})"
    r"\((?P<acronym>[A-Z][A-Za-z]{1,7})\)"
)
_FUNCTION_WORDS = frozenset({"of", "for", "and", "the", "de", "in", "on"})
_DATELINE_WORDS = re.compile(r"[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+)*")
# a country stands out as the article's when it has this share of the countries named
_FOCUS_SHARE = 0.7
_FOCUS_MENTIONS = 4


def acronyms(text: str) -> dict[str, str]:
    """The acronyms a text introduces, each to the name it stands for.

    >>> acronyms("The Royal Canadian Mounted Police (RCMP) said the RCMP had evidence.")
    {'RCMP': 'Royal Canadian Mounted Police'}
    >>> acronyms("The Joint Comprehensive Plan of Action (JCPOA) lapsed; Mr Smith (R) said.")
    {'JCPOA': 'Joint Comprehensive Plan of Action'}
    """
    found = {}
    for match in _PARENTHESISED.finditer(text):
        words = match.group("name").split()
        acronym = match.group("acronym").upper()
        name = _spelt_by(words, acronym)
        if name:
            found[match.group("acronym")] = name
    return found


def _spelt_by(words: list[str], acronym: str) -> str | None:
    """The last words whose initials spell the acronym (function words may or may not add
    theirs), or None."""
    for start in range(len(words)):
        while start < len(words) and words[start].lower() in _FUNCTION_WORDS:
            start += 1
        name = words[start:]
        if name and _initials_match(name, acronym):
            return " ".join(name)
    return None


def _initials_match(words: list[str], acronym: str) -> bool:
    if not words:
        return not acronym
    if not acronym:
        return False
    word, rest = words[0], words[1:]
    if word.lower() in _FUNCTION_WORDS and _initials_match(rest, acronym):
        return True
    return word[0].upper() == acronym[0] and _initials_match(rest, acronym[1:])


def focus_country(text: str, countries: Iterable[str], places: Places) -> str | None:
    """The country an article is about: its dateline's, else the one it names most, of
    the ``countries`` of the states and peoples it names, if that one stands out.

    >>> focus_country("KHARTOUM (Reuters) - The army said ...", [], Places())
    'SDN'
    >>> focus_country("Sudanese troops ...", ["SDN", "SDN", "TCD", "SDN", "SDN"], Places())
    'SDN'
    """
    dateline = DATELINE.match(text.lstrip())
    if dateline:
        for words in _DATELINE_WORDS.findall(dateline.group()):
            country = places.country_of(words) or places.place_country(words.title())
            if country:
                return country
    counts = Counter(countries)
    if not counts:
        return None
    country, count = counts.most_common(1)[0]
    if count >= _FOCUS_MENTIONS and count >= _FOCUS_SHARE * sum(counts.values()):
        return country
    return None
