"""Speech, charges and credits: what is said of whom, and who said it."""

from __future__ import annotations

import pytest

from tests.coding import triples


@pytest.mark.parametrize(
    ("construction", "text", "expected"),
    [
        ("accused of an act: the accused acts, the accuser said so",
         "Ghana accused Togo of arming Ivorian rebels.",
         ("Togo", "AID", "Ivorian rebels", "Ghana")),
        ("the charge hangs on the accused",
         "Sudan's minister accused Chadian government forces of attacking Sudanese rebels.",
         ("Chadian government forces", "ASSAULT", "Sudanese rebels", "Sudan's minister")),
        ("blamed for an act",
         "Washington blamed Iran for supplying drones to Russia.",
         ("Iran", "AID", "Russia", "United States")),
        ("praised for an act",
         "The minister praised Kenya for sending police to Haiti.",
         ("Kenya", "AID", "Haiti", "minister")),
    ],
)
def test_charge(nlp, construction, text, expected):
    found = {(t.subject.name, t.action.category, t.object.name, t.attributed_to)
             for t in triples(nlp, text)}
    assert expected in found, construction


def test_the_accusation_itself_is_a_triple(nlp):
    found = {(t.subject.name, t.action.category, t.object.name)
             for t in triples(nlp, "Ghana accused Togo of arming Ivorian rebels.")}
    assert ("Ghana", "ACCUSE", "Togo") in found


def test_we_in_reported_words_is_the_speaker(nlp):
    text = '"We demand that Chile withdraw its troops," the Peruvian foreign minister said.'
    found = {(t.subject.name, t.action.category, t.object.name) for t in triples(nlp, text)}
    assert ("Peruvian foreign minister", "REQUEST", "Chile") in found


def test_they_in_a_reported_clause_may_be_people(nlp):
    text = "Ukrainian prosecutors said they were investigating a Russian strike on Kharkiv."
    found = {(t.subject.name, t.action.category, t.object.name) for t in triples(nlp, text)}
    assert ("Ukrainian prosecutors", "ACCUSE", "Russia") in found
