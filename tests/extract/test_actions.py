"""Actions: what a verb with its words does, in PLOVER's terms."""

from __future__ import annotations

import pytest

from tests.coding import dyads


@pytest.mark.parametrize(
    ("construction", "text", "expected"),
    [
        ("a CAMEO pattern: the verb with its object",
         "Denmark halted aid to Eritrea on Monday.", ("Denmark", "SANCTION", "Eritrea")),
        ("the same verb with another object",
         "Somali rebels halted attacks on Kenyan troops.",
         ("Somali rebels", "RETREAT", "Kenyan troops")),
        ("kgraph's own pattern wins over the verb alone",
         "Peru called off talks with Chile.", ("Peru", "REJECT", "Chile")),
        ("a light verb's pattern through PLOVER's reviewed table",
         "Japan imposed sanctions on North Korea.", ("Japan", "SANCTION", "North Korea")),
        ("a CAMEO verb kgraph does not list",
         "Bolivia reprimanded the Chilean ambassador.",
         ("Bolivia", "ACCUSE", "Chilean ambassador")),
        ("money committed is aid", "Norway committed 7 million euros to Chad.",
         ("Norway", "AID", "Chad")),
    ],
)
def test_category(nlp, construction, text, expected):
    assert expected in dyads(nlp, text), construction


def test_a_phrasal_verb_is_no_verb_of_intent(nlp):
    """"call" asks; "call off" does not."""
    assert ("Peru", "REQUEST", "Chile") not in dyads(nlp, "Peru called off talks with Chile.")


@pytest.mark.parametrize(
    ("text", "categories"),
    [("Kenya received a delegation from Uganda.", {"CONSULT"}),
     ("Kenya received a notice from Uganda.", set()),
     ("Brazil welcomed the decision by Bolivia.", {"SUPPORT"})],
)
def test_a_verb_acts_otherwise_on_things_than_on_people(nlp, text, categories):
    assert {c for _, c, _ in dyads(nlp, text)} == categories


@pytest.mark.parametrize(
    "text",
    [
        "The alliance of Chile includes Peru and Bolivia.",
        "Ruritania considers the Bordurian militia terrorists.",
    ],
)
def test_a_state_is_no_act(nlp, text):
    assert dyads(nlp, text) == set()


@pytest.mark.parametrize(
    ("construction", "text"),
    [
        ("an act denied", "Ruritania denies shelling Bordurian villages."),
        ("an act denied in a clause", "Ruritania denied that it had attacked Borduria."),
        ("what an invitation asks", "Ruritania sent an invitation for Borduria's president "
                                    "to visit Strelsau."),
        ("a message sent", "Ruritania sent a clear message to Borduria."),
    ],
)
def test_an_act_denied_or_asked_for_is_no_event(nlp, construction, text):
    assert not {d for d in dyads(nlp, text) if d[1] in {"ASSAULT", "CONSULT", "AID"}}, (
        construction)


def test_leading_a_body_is_no_act_upon_it(nlp):
    text = "Headline\n\nThe coalition government led by Prime Minister Ali Sow collapsed."
    assert not any(s == "Ali Sow" for s, _, _ in dyads(nlp, text))


def test_backing_an_act_against_another_is_hostile_to_the_other(nlp):
    found = dyads(nlp, "Headline\n\nGhana backed sanctions against Niger's junta on Monday.")
    assert ("Ghana", "THREATEN", "Niger's junta") in found
    assert ("Ghana", "SUPPORT", "Niger's junta") not in found


def test_restoring_or_stepping_up_an_act_is_the_act(nlp):
    assert dyads(nlp, "Estonia reinstated sanctions against Belarus.") == {
        ("Estonia", "SANCTION", "Belarus")
    }
    assert ("rebels", "ASSAULT", "Malian troops") in dyads(
        nlp, "The rebels intensified their attacks on Malian troops."
    )


@pytest.mark.parametrize(
    "text",
    [
        "The rebels launched a series of attacks on Malian troops.",
        "The rebels carried out one of the deadliest attacks on Malian troops.",
    ],
)
def test_an_object_that_counts_events_carries_them(nlp, text):
    assert dyads(nlp, text) == {("rebels", "ASSAULT", "Malian troops")}


def test_an_event_noun_that_targets_says_what_the_act_is(nlp):
    assert dyads(nlp, "The EU agreed measures targeting Russia's largest bank.") == {
        ("European Union", "SANCTION", "Russia")
    }
    assert dyads(nlp, "Israeli airstrikes targeted Hamas commanders.") == {
        ("Israel", "ASSAULT", "Hamas commanders")
    }
