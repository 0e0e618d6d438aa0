"""Event nouns that refer back to an act told before: each decision of
`kgraph.resolve.event_references`, on short articles written for the tests."""

from __future__ import annotations

import pytest

from tests.coding import dyads


@pytest.mark.parametrize(
    ("decision", "text", "expected"),
    [
        ("a threat rejected is the threat made just before, its maker the target",
         "Ruritania's foreign minister Ana Varga threatened Borduria with sanctions. "
         "Bordurian President Jan Kolar rejected the threat.",
         ("Jan Kolar", "REJECT", "Ana Varga")),
        ("a decision welcomed is the act told just before, whatever its kind",
         "Kenya expelled the ambassador of Ruritania on Monday. "
         "The Ruritanian opposition leader Mira Stan welcomed the decision.",
         ("Mira Stan", "SUPPORT", "Kenya")),
    ],
)
def test_an_event_noun_refers_to_the_act_before(nlp, decision, text, expected):
    assert expected in dyads(nlp, text), decision


@pytest.mark.parametrize(
    ("decision", "text"),
    [
        ("an act of another kind is not the one referred to",
         "Ruritania's foreign minister Ana Varga met Borduria's envoy. "
         "Bordurian President Jan Kolar rejected the threat."),
        ("an act told long before is out of reach",
         "Ruritania's foreign minister Ana Varga threatened Borduria with sanctions. "
         "Trade fell in May. Prices rose in June. Exports slowed in July. "
         "Bordurian President Jan Kolar rejected the threat."),
    ],
)
def test_an_event_noun_no_act_fits_gives_no_triple(nlp, decision, text):
    assert not {d for d in dyads(nlp, text) if d[0] == "Jan Kolar"}, decision
