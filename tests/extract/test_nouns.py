"""Events held in nouns: one construction a row, on sentences written for the tests."""

from __future__ import annotations

import pytest

from tests.coding import dyads, rows


@pytest.mark.parametrize(
    ("construction", "text", "expected"),
    [
        ("possessor acts on the noun's target",
         "Observers condemned Norway's attack on Iceland.",
         {("Norway", "ASSAULT", "Iceland")}),
        ("by-agent of the noun",
         "The envoy discussed the attacks on Malian troops by Tuareg rebels.",
         {("Tuareg rebels", "ASSAULT", "Malian troops")}),
        ("owner of the noun acts",
         "Prosecutors are investigating a Chilean strike on Peru.",
         {("Chile", "ASSAULT", "Peru")}),
        ("coordinated owners both act",
         "The talks came after US and Israeli strikes on Lebanon.",
         {("United States", "ASSAULT", "Lebanon"), ("Israel", "ASSAULT", "Lebanon")}),
        ("the target a noun's of-phrase names",
         "Diplomats recalled the Iraqi invasion of Kuwait.",
         {("Iraq", "ASSAULT", "Kuwait")}),
        ("the actor a noun's of-phrase names",
         "Mali welcomed the withdrawal of French troops from Gao.",
         {("French troops", "RETREAT", "Gao")}),
        ("a pair joined by between acts both ways",
         "The minister called for talks between Serbia and Kosovo.",
         {("Serbia", "CONSULT", "Kosovo"), ("Kosovo", "CONSULT", "Serbia")}),
        ("between on the verb an event noun is the subject of",
         "Clashes erupted on Tuesday between Sudanese troops and Chadian rebels.",
         {("Sudanese troops", "ASSAULT", "Chadian rebels"),
          ("Chadian rebels", "ASSAULT", "Sudanese troops")}),
        ("a hyphenated pair",
         "The Peru-Chile summit ended without a deal.",
         {("Peru", "CONSULT", "Chile"), ("Chile", "CONSULT", "Peru")}),
        ("the clause's subject and a reciprocal noun's partner",
         "Three Somali soldiers were killed in a clash with Shabaab fighters.",
         {("Shabaab fighters", "ASSAULT", "Somali soldiers")}),
    ],
)
def test_event_noun(nlp, construction, text, expected):
    assert expected <= dyads(nlp, text), construction


def test_only_partners_act_back(nlp):
    found = dyads(nlp, "Britain prepared for a war against Iraq.")
    assert ("Iraq", "ASSAULT", "United Kingdom") not in found


def test_the_event_noun_of_a_light_verb_is_the_verbs(nlp):
    """"held talks with" is read once, as the light verb's statement (and its partner's),
    not a second time as the noun's."""
    found = rows(nlp, "Poland held talks with Lithuania.")
    assert found == {("Poland", "hold talk", "CONSULT", "Lithuania"),
                     ("Lithuania", "hold talk", "CONSULT", "Poland")}


def test_who_announces_an_act_does_it(nlp):
    found = dyads(nlp, "Peru announced the expulsion of two Chilean diplomats.")
    assert ("Peru", "SANCTION", "Chilean diplomats") in found


def test_a_strike_against_someone_targets_them(nlp):
    found = dyads(nlp, "Workers went on strike against the Nigerian government.")
    assert ("Workers", "PROTEST", "Nigerian government") in found


def test_whom_support_is_for_is_its_target(nlp):
    found = dyads(nlp, "Ruritania's support for Borduria angered Moscow.")
    assert ("Ruritania", "SUPPORT", "Borduria") in found
    assert not dyads(nlp, "Kenya welcomed Ruritania's support for Bordurian statehood.") & {
        ("Ruritania", "SUPPORT", "Bordurian")}


def test_its_in_the_reason_for_an_act_on_another_is_the_others(nlp):
    text = "Ghana imposed sanctions on Togo over its support for the Bordurian junta."
    assert ("Togo", "SUPPORT", "Bordurian junta") in dyads(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Chile responded with sanctions against Peru.", ("Chile", "SANCTION", "Peru")),
     ("Chile retaliated with air strikes on Peru.", ("Chile", "ASSAULT", "Peru"))],
)
def test_the_act_one_answers_with_is_ones_own(nlp, text, expected):
    assert expected in dyads(nlp, text)


def test_what_one_merely_agrees_with_is_not_ones_own_act(nlp):
    assert ("Chile", "SANCTION", "Peru") not in dyads(
        nlp, "Chile agreed with sanctions against Peru.")


@pytest.mark.parametrize(
    "text",
    ["Chile reciprocated with an invitation for Peru's president to visit Santiago.",
     "Chile's invitation for Peru's president to visit Santiago was welcomed.",
     "Chile sent an invitation for Peru's president to visit Santiago."],
)
def test_whom_an_invitation_asks_to_act_is_its_target(nlp, text):
    assert any(s == "Chile" and c == "REQUEST" and o == "Peru's president"
               for s, c, o in dyads(nlp, text))
