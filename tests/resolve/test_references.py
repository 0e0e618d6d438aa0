"""Descriptions that refer back: each decision of `kgraph.resolve.references`, on short
articles written for the tests."""

from __future__ import annotations

import pytest

from tests.coding import dyads, triples


@pytest.mark.parametrize(
    ("decision", "text", "expected"),
    [
        ("a group's noun refers to the group named before",
         "The Unity Front seized the town of Kalo. On Monday the group attacked Malian troops.",
         ("Unity Front", "ASSAULT", "Malian troops")),
        ("a person's title with a nationality refers to that person",
         "Peru's president Ana Torres arrived in Quito. The Peruvian leader met Ecuador's "
         "foreign minister.",
         ("Ana Torres", "CONSULT", "Ecuador's foreign minister")),
        ("a body's noun refers to the body whose name holds it",
         "The Ministry of Defence of Chad issued a statement. The ministry accused Sudan of "
         "shelling the border.",
         ("Ministry of Defence of Chad", "ACCUSE", "Sudan")),
    ],
)
def test_a_description_refers_back(nlp, decision, text, expected):
    assert expected in dyads(nlp, text), decision


def test_the_leader_is_the_one_who_leads_not_the_minister_named_after(nlp):
    text = ("Chilean President Rosa Fuentes met Finance Minister Pablo Rojas in Santiago. "
            "Later the Chilean leader met Bolivian President Luis Arce Quispe.")
    found = dyads(nlp, text)
    assert ("Rosa Fuentes", "CONSULT", "Luis Arce Quispe") in found
    assert not any(d[0] == "Pablo Rojas" and d[2] == "Luis Arce Quispe" for d in found)


def test_the_two_leaders_are_the_pair_just_named(nlp):
    text = ("Kenyan President Grace Otieno met Ugandan President Samuel Okello in Kampala. "
            "The two leaders discussed the border.")
    found = dyads(nlp, text)
    assert ("Grace Otieno", "CONSULT", "Samuel Okello") in found
    assert ("Samuel Okello", "CONSULT", "Grace Otieno") in found


def test_a_role_noun_never_refers_to_a_person(nlp):
    text = ("General Omar Haddad visited the front. The army shelled rebel positions near "
            "the town.")
    subjects = {t.subject.name for t in triples(nlp, text)}
    assert "Omar Haddad" not in subjects


def test_a_description_with_its_own_country_is_a_new_person(nlp):
    """"the president of Armenia" is not the Putin of the same sentence."""
    found = dyads(nlp, "Putin offered to negotiate with the president of Armenia.")
    assert ("Vladimir Putin", "AGREE", "president") in found or (
        ("Putin", "AGREE", "president") in found)


def test_a_description_nothing_fits_is_no_actor(nlp):
    """A bare noun that names nobody and no country is left out, its statement with it."""
    assert dyads(nlp, "The group attacked a convoy of Malian troops.") == set()


def test_a_nameless_body_with_a_country_stays(nlp):
    found = dyads(nlp, "The Malian army attacked Nigerien troops near Gao.")
    assert ("Malian army", "ASSAULT", "Nigerien troops") in found


def test_the_leaders_are_the_pair_just_named(nlp):
    text = ("Kenyan President Grace Otieno welcomed Ugandan President Samuel Okello. "
            "The leaders had a private meeting.")
    found = dyads(nlp, text)
    assert {("Grace Otieno", "CONSULT", "Samuel Okello"),
            ("Samuel Okello", "CONSULT", "Grace Otieno")} <= found


def test_a_state_described_by_its_region_is_the_last_of_that_region_named(nlp):
    text = ("Headline\n\nChilean President Ana Ruiz arrived in Tokyo on Monday. "
            "Japan praised the South American country for its new trade policy.")
    assert ("Japan", "SUPPORT", "Chile") in dyads(nlp, text)


def test_a_region_rules_out_the_states_outside_it(nlp):
    found = dyads(nlp, "Headline\n\nChile hosted Japanese envoys on Monday. "
                       "Peru accused the Asian nation of spying.")
    assert ("Peru", "ACCUSE", "Japan") in found
    assert ("Peru", "ACCUSE", "Chile") not in found


def test_the_two_leaders_are_two_actors_not_one_named_twice(nlp):
    text = ("Ruritanian President Ana Varga and Bordurian leader Jan Olek Kolar met in Vienna. "
            "Kolar thanked Varga. The two leaders discussed the border.")
    found = {(s, o) for s, c, o in dyads(nlp, text) if c == "CONSULT"}
    assert ("Jan Olek Kolar", "Ana Varga") in found
    assert not {(s, o) for s, o in found if s in o or o in s}
