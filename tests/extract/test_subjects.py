"""Who acts."""

from __future__ import annotations

from tests.coding import dyads


def test_a_passive_coordinated_with_a_passive_shares_its_patient_not_an_actor(nlp):
    found = dyads(nlp, "Headline\n\nA Malian soldier was shot dead and two wounded in "
                       "clashes with Algerian troops near the frontier.")
    assert ("Malian soldier", "ASSAULT", "Algerian troops") in found
