"""Who is acted upon."""

from __future__ import annotations

import pytest

from tests.coding import dyads, triples


def test_a_compound_preposition_leads_to_its_object(nlp):
    found = dyads(nlp, "Ethiopian forces pulled out of Somalia.")
    assert ("Ethiopian forces", "RETREAT", "Somalia") in found


def test_a_passive_the_parser_read_as_active_targets_its_subject(nlp):
    found = dyads(nlp, "Headline\n\nBulgaria, already cut off from Russian gas by Gazprom, "
                       "sought opt-outs.")
    assert ("Gazprom", "SANCTION", "Bulgaria") in found


def test_words_about_an_event_are_about_its_actor(nlp):
    found = dyads(nlp, "Ukrainian prosecutors are investigating a Russian air strike on "
                       "a residential area of Kharkiv.")
    assert ("Ukrainian prosecutors", "ACCUSE", "Russia") in found


def test_what_was_done_to_a_thing_does_not_make_its_doer_its_owner(nlp):
    found = dyads(nlp, "Peru rescued a convoy attacked by Chilean militants near the border.")
    assert ("Peru", "AID", "Chilean militants") not in found


def test_a_demand_targets_who_is_to_act_not_who_will(nlp):
    assert ("Chile", "REQUEST", "Peru") in dyads(
        nlp, "Headline\n\nChile demanded that Peru withdraw its troops.")
    assert not any(c == "REQUEST" for _, c, _ in dyads(
        nlp, "Headline\n\nPeru's minister spoke. Chile insisted it would not pay Peru."))


def test_whom_an_act_is_done_for_is_no_target(nlp):
    found = dyads(nlp, "Headline\n\nKenya extended an invitation on behalf of Uganda "
                       "for Rwanda to visit Nairobi.")
    assert not any(obj == "Uganda" for _, _, obj in found)


def test_a_thing_of_another_actor_targets_that_actor(nlp):
    found = dyads(nlp, "Headline\n\nTurkish artillery shelled its positions near the border "
                       "overnight, the Kurdish militia said.")
    assert ("Turkey", "ASSAULT", "Kurdish militia") in found


def test_a_group_met_is_of_the_state_it_comes_from(nlp):
    (triple,) = triples(nlp, "Kenya received a delegation from Uganda.")
    assert (triple.object.name, triple.object.country) == ("delegation", "UGA")


def test_an_event_noun_of_a_state_acts_on_that_state_and_the_helper_is_no_target(nlp):
    found = dyads(nlp, "Ghana tightened its blockade of Togo's ports with Benin's help.")
    assert found == {("Ghana", "COERCE", "Togo")}


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania threatened to cut gas supplies unless Borduria paid its debts.",
        "Ruritania warned that unless Borduria withdrew its troops, it would impose sanctions.",
        "Ruritania threatened to close the border if Borduria held the referendum.",
    ],
)
def test_whom_a_threat_is_made_on_is_who_must_meet_its_condition(nlp, text):
    assert ("Ruritania", "THREATEN", "Borduria") in dyads(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked the army base, according to a Bordurian official.",
        "Standing next to Ruto, the Ruritanian envoy praised the mission.",
        "Ghana delayed the vote due to its dependence on Togo's grid.",
    ],
)
def test_a_source_cause_or_place_after_a_compound_preposition_is_no_target(nlp, text):
    assert not {o for _, _, o in dyads(nlp, text)} & {"Bordurian official", "Ruto", "Togo"}


@pytest.mark.parametrize(
    "text",
    ["Norway complained about Danish fishing quotas.",
     "Norway expressed concern over Denmark's fishing quotas.",
     "Norway voiced alarm about the Danish decision."],
)
def test_what_a_complaint_is_about_names_its_target(nlp, text):
    assert ("Norway", "ACCUSE", "Denmark") in dyads(nlp, text)


def test_a_concern_about_nobody_in_particular_has_no_target(nlp):
    assert dyads(nlp, "Norway expressed concern about the weather.") == set()
