"""Noun phrases to actors: what a phrase says of the actor it names."""

from __future__ import annotations

from tests.coding import triples


def test_a_body_of_two_nationalities_is_one_actor_each(nlp):
    found = {(t.subject.name, t.subject.country)
             for t in triples(nlp, "Greek and Turkish leaders met in Geneva on Monday.")}
    assert {("Greek leaders", "GRC"), ("Turkish leaders", "TUR")} <= found
