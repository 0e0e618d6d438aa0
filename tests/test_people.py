"""Known people and places: what the text leaves unsaid of an actor, from kgraph's lists."""

from __future__ import annotations

import pytest

from kgraph.lexicon import load_lexicon

LEXICON = load_lexicon()
known_person = LEXICON.actors.person
country_of = LEXICON.places.country_of
place_country = LEXICON.places.place_country


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Vladimir Putin", "RUS"),
        ("Putin", "RUS"),
        ("Bill Clinton", "USA"),
        ("Bush", "USA"),
        ("Kim Jong-un", "PRK"),
        ("Kim Jong Un", "PRK"),
        ("Archbishop Desmond Tutu", "ZAF"),
        ("Hugo Chavez", "VEN"),
        ("Hugo Chávez", "VEN"),
    ],
)
def test_a_listed_person_is_found_by_any_usual_form_of_the_name(name, country):
    person = known_person(name)
    assert person is not None and person.country == country


def test_a_surname_used_in_two_countries_is_nobody_in_particular():
    assert known_person("Kim") is None


def test_an_unlisted_full_name_is_not_found_by_its_surname():
    assert known_person("Tamsin Bush") is None


def test_a_transnational_figure_has_no_country():
    person = known_person("Osama bin Laden")
    assert person is not None and person.country is None


@pytest.mark.parametrize(
    ("name", "country"),
    [("Basra", "IRQ"), ("Samarra", "IRQ"), ("Samara", "RUS"), ("Chechnya", "RUS"),
     ("the Golan Heights", "SYR"), ("Nowhereville", None), ("bush", None), ("", None)],
)
def test_a_city_or_region_lies_in_one_country(name, country):
    assert place_country(name) == country


@pytest.mark.parametrize(
    ("capital", "country"),
    [("Kingston", "JAM"), ("Belgrade", "SRB"), ("Wellington", "NZL"), ("Victoria", None),
     ("San Jose", None)],
)
def test_a_capital_is_its_state_unless_a_larger_city_elsewhere_shares_its_name(capital, country):
    assert country_of(capital) == country
