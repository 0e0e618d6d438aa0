"""Reciprocal events: actors who act on each other."""

from __future__ import annotations

import pytest

from tests.coding import dyads


@pytest.mark.parametrize(
    ("construction", "text", "pair"),
    [
        ("coordinated subjects of a reciprocal verb",
         "Peru and Chile discussed the border on Monday.", ("Peru", "CONSULT", "Chile")),
        ("the partner of a reciprocal verb",
         "Kenya met with Uganda in Kampala.", ("Kenya", "CONSULT", "Uganda")),
        ("the partner of a light verb's reciprocal noun",
         "Chad held talks with Niger on Friday.", ("Chad", "CONSULT", "Niger")),
        ("fire traded with a partner",
         "Sudanese troops traded fire with Chadian rebels.",
         ("Sudanese troops", "ASSAULT", "Chadian rebels")),
    ],
)
def test_each_acts_on_the_other(nlp, construction, text, pair):
    subject, category, obj = pair
    assert {(subject, category, obj), (obj, category, subject)} <= dyads(nlp, text), construction


def test_what_one_offers_to_do_with_another_is_ones_own(nlp):
    found = dyads(nlp, "Peru offered to negotiate with Chile.")
    assert ("Peru", "AGREE", "Chile") in found
    assert ("Chile", "AGREE", "Peru") not in found


def test_a_verb_governing_the_event_noun_has_no_partner(nlp):
    found = dyads(nlp, "Bosnian Serbs demanded a truce with Croatia.")
    assert not any(subject == "Croatia" for subject, _, _ in found)


def test_fire_traded_with_a_partner_on_the_event_noun(nlp):
    text = "Hezbollah has traded near-daily fire with Israeli forces in support of Hamas."
    found = dyads(nlp, text)
    assert {("Hezbollah", "ASSAULT", "Israeli forces"),
            ("Israeli forces", "ASSAULT", "Hezbollah")} <= found
    assert not any(obj == "Hamas" for _, _, obj in found), "whom one fights for is no target"


def test_a_group_from_several_states_is_one_side_of_a_reciprocal_verb(nlp):
    found = dyads(nlp, "Senior diplomats from Ghana and Senegal met Malian officials in Bamako "
                       "to discuss the crisis.")
    assert found == {
        ("Senior diplomats from Ghana", "CONSULT", "Malian officials"),
        ("Senior diplomats from Senegal", "CONSULT", "Malian officials"),
    }
