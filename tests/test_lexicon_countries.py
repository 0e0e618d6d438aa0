"""`kgraph.lexicon.countries` answers as country_converter does, name for name.

The names are those a run asks about: the words and phrases of the examples, the seed and the
dev split, made-up names, the states' own names, stems with a country's ending, and strings
that hypothesis makes up (numbers, two and three letters, "excluding", accents).
"""

from __future__ import annotations

import logging
import random
import re

import country_converter
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kgraph.lexicon.countries import Countries

from .corpus import made_up_name, news_sentences

logging.getLogger("country_converter").setLevel(logging.CRITICAL)


@pytest.fixture(scope="module")
def converter() -> country_converter.CountryConverter:
    return country_converter.CountryConverter()


@pytest.fixture(scope="module")
def countries() -> Countries:
    return Countries()


def _theirs(converter: country_converter.CountryConverter, name: str) -> str | None:
    code = converter.convert(name, to="ISO3", not_found=None)
    return code if isinstance(code, str) else None


def _names(converter: country_converter.CountryConverter) -> set[str]:
    words = [w.strip(",.;:'\"()") for s in news_sentences() for w in s.split()]
    phrases = {" ".join(words[i : i + n]) for n in (1, 2, 3) for i in range(len(words))}
    rng = random.Random(0)
    made_up = {made_up_name(rng) for _ in range(500)}
    own = {str(n) for column in ("name_short", "name_official") for n in converter.data[column]}
    stems = {n[:-3] + ending for n in own for ending in ("", "a", "ia", "land", "ese", "ian")}
    return {p for p in phrases | made_up | own | stems if p}


def test_every_name_of_the_news_converts_as_country_converter_does(converter, countries):
    names = _names(converter)
    assert len(names) > 5000
    differ = {n: (countries.convert(n), _theirs(converter, n)) for n in names
              if countries.convert(n) != _theirs(converter, n)}
    assert differ == {}
    assert sum(1 for n in names if (countries.convert(n) or n) != n) > 300  # states were found


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzKORAEUSNé .-0123"), max_size=12)
       | st.sampled_from(["Asia excluding China", "Chinawithout", "4", "004", "KOR", "kr", "Ab"]))
def test_any_string_converts_as_country_converter_does(converter, countries, name):
    assert countries.convert(name) == _theirs(converter, name)


def test_names_codes_and_regions_are_country_converter_s(converter, countries):
    data = converter.data
    assert countries.codes == frozenset(data["ISO3"])
    for code in [*data["ISO3"], "XYZ", "Kor"]:
        theirs = converter.convert(code, src="ISO3", to="name_short", not_found=None)
        assert countries.name_short(code) == (theirs if isinstance(theirs, str) else None)
    for regions in [("Western Asia",), ("Europe", "South America"), ("Narnia",)]:
        inside = data["UNregion"].isin(regions) | data["continent"].isin(regions)
        assert countries.in_regions(regions) == frozenset(data.loc[inside, "ISO3"])
    assert all(re.fullmatch(r"[A-Z]{3}", code) for code in countries.codes)
