"""Who acts."""

from __future__ import annotations

import pytest

from tests.coding import dyads


def test_a_passive_coordinated_with_a_passive_shares_its_patient_not_an_actor(nlp):
    found = dyads(nlp, "Headline\n\nA Malian soldier was shot dead and two wounded in "
                       "clashes with Algerian troops near the frontier.")
    assert ("Malian soldier", "ASSAULT", "Algerian troops") in found


def test_a_bare_past_participle_names_what_was_done_to_the_subject_not_its_act(nlp):
    found = dyads(nlp, "Headline\n\nAsked about the talks with Serbia, the Kosovan premier "
                       "criticised Belgrade.")
    assert found == {("Kosovan premier", "ACCUSE", "Serbia")}


def test_the_agent_of_the_event_a_passive_happened_in_is_its_actor(nlp):
    found = dyads(nlp, "Six Malian soldiers were killed in an ambush by jihadist fighters "
                       "near Gao.")
    assert found == {("jihadist fighters", "ASSAULT", "Malian soldiers")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ghanaian parliament passed a resolution to send troops to Mali.",
         ("Ghanaian parliament", "AID", "Mali")),
        ("The Ruritanian senate has approved a bill to allow Borduria to join the union.",
         ("Ruritanian senate", "CONCEDE", "Borduria")),
    ],
)
def test_what_a_body_approves_it_does(nlp, text, expected):
    assert expected in dyads(nlp, text)


def test_a_subject_taken_for_a_participle_is_the_participles_subject(nlp):
    # the small model parses "operating" as the subject of "said"
    text = "The Red Cross operating in Iraq said Ruritanian forces must ensure security."
    assert ("Red Cross", "REQUEST", "Ruritanian forces") in dyads(nlp, text)


@pytest.mark.parametrize(
    "text",
    ["OSLO, Norway - A Danish fishing union on Monday accused Sweden of overfishing.",
     "OSLO (AP) - A Danish fishing union accused Sweden of overfishing."],
)
def test_a_dateline_spaced_with_a_hyphen_is_no_subject(nlp, text):
    subjects = {s for s, _, _ in dyads(nlp, text)}
    assert "Danish fishing union" in subjects
    assert not subjects & {"OSLO", "Norway"}
