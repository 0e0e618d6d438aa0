"""Who is acted upon."""

from __future__ import annotations

from tests.coding import dyads


def test_a_compound_preposition_leads_to_its_object(nlp):
    found = dyads(nlp, "Ethiopian forces pulled out of Somalia.")
    assert ("Ethiopian forces", "RETREAT", "Somalia") in found
