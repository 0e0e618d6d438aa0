"""What an article says as a whole: acronyms it introduces, the country it is about."""

from __future__ import annotations

from kgraph.lexicon import load_lexicon
from kgraph.resolve.documents import acronyms, focus_country
from tests.coding import triples


def test_an_acronym_in_parentheses_is_the_name_before_it():
    assert acronyms("Fighters of the Rapid Support Forces (RSF) left; the RSF said so.") == {
        "RSF": "Rapid Support Forces"}


def test_parentheses_that_spell_no_name_are_no_acronym():
    assert acronyms("Senator Jane Doe (D) and the Kenya Police (KPS) spoke.") == {}


def test_an_acronym_and_its_name_are_one_actor(nlp):
    text = ("The Rapid Support Forces (RSF) entered Omdurman. "
            "Later the RSF attacked Sudanese army positions.")
    subjects = {t.subject.name for t in triples(nlp, text)}
    assert subjects == {"Rapid Support Forces"}


def test_the_dateline_gives_the_article_its_country():
    assert focus_country("NAIROBI (Reuters) - Police said ...", [], load_lexicon().places) == "KEN"


def test_a_nameless_body_takes_the_dateline_country(nlp):
    text = "KHARTOUM (Reuters) - The army shelled positions held by rebels in Omdurman."
    (triple,) = [t for t in triples(nlp, text) if t.subject.name == "army"]
    assert triple.subject.country == "SDN"


def test_a_victim_is_not_given_the_attackers_country(nlp):
    (triple,) = triples(nlp, "Ethiopian troops killed three villagers.")
    assert (triple.subject.country, triple.object.country) == ("ETH", None)


def test_an_office_holder_in_a_story_of_one_state_is_of_that_state(nlp):
    text = "Rebels in Chad on Monday dismissed an appeal from President Idriss Okam."
    (triple,) = triples(nlp, text)
    assert (triple.object.name, triple.object.country) == ("Idriss Okam", "TCD")


def test_a_state_acted_on_is_a_party_not_the_setting(nlp):
    (triple,) = triples(nlp, "President Idriss Okam criticized Chad.")
    assert triple.subject.country is None
