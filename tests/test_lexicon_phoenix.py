"""What the Phoenix dictionaries add to kgraph's own lists, and where kgraph's win."""

from __future__ import annotations

import pytest

from kgraph.lexicon import load_lexicon
from tests.coding import triples

LEXICON = load_lexicon()


@pytest.mark.parametrize(("demonym", "country"),
                         [("Mozambican", "MOZ"), ("Congolese", "COD"), ("Vladimir", None)])
def test_demonyms_the_libraries_miss_come_from_the_country_entries(demonym, country):
    assert LEXICON.places.country_of(demonym) == country


def test_a_kind_of_person_kgraph_does_not_list_is_an_actor(nlp):
    (triple,) = triples(nlp, "A Bulgarian economist praised Argentina's reforms.")
    assert (triple.subject.name, triple.subject.country) == ("Bulgarian economist", "BGR")


@pytest.mark.parametrize("thing", ["warship", "village", "artillery"])
def test_things_and_places_of_the_agent_dictionary_are_no_actors(thing):
    assert LEXICON.agents.agent(thing) is None


def test_a_capitalised_agent_noun_is_a_name():
    """"Baker" is James Baker's name, not a baker."""
    assert LEXICON.agents.role("Baker") is None


def test_a_group_listed_under_its_countrys_name_is_not_that_country():
    assert LEXICON.actors.organisation("Argentina") is None


def test_kgraphs_own_people_win_over_phoenix_surnames():
    person = LEXICON.actors.person("Bush")
    assert person is not None and person.country == "USA"


def test_phoenix_adds_organisations_kgraph_does_not_list():
    found = LEXICON.actors.organisation("1920 Revolution Brigades")
    assert found is not None and (found.sector, found.country) == ("REB", "IRQ")
