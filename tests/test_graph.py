"""How triples merge into the actor graph: one test per rule of `kgraph.graph.build_graph`.

The triples are made by hand, so these tests need no spaCy: a node per actor id, an edge per
(source, target, category, lemma) carrying how many triples support it, when, where and in
which words.
"""

from __future__ import annotations

import pytest

from kgraph.graph import MAX_EVIDENCE, build_graph, load_graph
from kgraph.records import Action, Actor, Document, Triple
from kgraph.store import Store


def actor(
    id: str, name: str | None = None, text: str | None = None, **fields: object
) -> Actor:
    """An actor named after its id ("kim-jong-un" is "Kim Jong Un") unless told otherwise."""
    name = name or id.replace("-", " ").title()
    return Actor(id=id, name=name, text=text or name, type="PERSON", **fields)  # type: ignore[arg-type]


LAVROV = actor("sergei-lavrov", text="Lavrov", country="RUS", sector="GOV")
KIM = actor("kim-jong-un", text="Kim", country="PRK", sector="GOV")
MOON = actor("moon-jae-in", country="KOR")

MEET = Action("met", "meet", "CONSULT", "verbal_cooperation")
VISIT = Action("visited", "visit", "CONSULT", "verbal_cooperation")
PRAISE = Action("praised", "praise", "APPEAL", "verbal_cooperation")


def triple(
    subject: Actor = LAVROV,
    action: Action = MEET,
    object: Actor = KIM,
    *,
    doc_id: str = "talks.txt",
    sentence_index: int = 0,
    sentence: str = "Lavrov met Kim.",
    date: str | None = "2023-10-19",
) -> Triple:
    return Triple(
        doc_id=doc_id,
        sentence_index=sentence_index,
        sentence=sentence,
        subject=subject,
        action=action,
        object=object,
        date=date,
    )


def test_no_triples_make_an_empty_graph() -> None:
    graph = build_graph([])
    assert graph.is_directed() and graph.is_multigraph()
    assert graph.number_of_nodes() == 0


def test_one_triple_makes_two_nodes_and_one_edge() -> None:
    t = triple()
    graph = build_graph([t])
    assert dict(graph.nodes(data=True)) == {
        "sergei-lavrov": {
            "label": "Sergei Lavrov",
            "name": "Sergei Lavrov",
            "type": "PERSON",
            "country": "RUS",
            "sector": "GOV",
            "aliases": ["Lavrov"],
            "mentions": 1,
        },
        "kim-jong-un": {
            "label": "Kim Jong Un",
            "name": "Kim Jong Un",
            "type": "PERSON",
            "country": "PRK",
            "sector": "GOV",
            "aliases": ["Kim"],
            "mentions": 1,
        },
    }
    assert list(graph.edges(keys=True, data=True)) == [
        (
            "sergei-lavrov",
            "kim-jong-un",
            "CONSULT|meet",
            {
                "label": "CONSULT: meet",
                "category": "CONSULT",
                "quad": "verbal_cooperation",
                "lemma": "meet",
                "weight": 1,
                "first_seen": "2023-10-19",
                "last_seen": "2023-10-19",
                "doc_ids": ["talks.txt"],
                "evidence": ["Lavrov met Kim."],
                "triple_ids": [t.id],
                "dates": ["2023-10-19"],
            },
        )
    ]


def test_one_node_per_actor_id_however_it_is_written() -> None:
    sergei = actor("sergei-lavrov", text="Sergei Lavrov", country="RUS")
    graph = build_graph(
        [triple(LAVROV, MEET, KIM), triple(sergei, PRAISE, KIM), triple(KIM, MEET, LAVROV)]
    )
    assert sorted(graph.nodes) == ["kim-jong-un", "sergei-lavrov"]
    assert graph.nodes["sergei-lavrov"]["mentions"] == 3
    assert graph.nodes["kim-jong-un"]["mentions"] == 3


def test_the_same_relation_again_adds_weight_not_edges() -> None:
    graph = build_graph(
        [
            triple(sentence_index=0),
            triple(sentence_index=4, sentence="The two men met again on Friday."),
            triple(doc_id="later.txt", sentence="Lavrov met Kim a third time."),
        ]
    )
    assert list(graph.edges(keys=True)) == [("sergei-lavrov", "kim-jong-un", "CONSULT|meet")]
    assert graph.edges["sergei-lavrov", "kim-jong-un", "CONSULT|meet"]["weight"] == 3


def test_a_different_lemma_category_or_direction_is_a_separate_edge() -> None:
    met_as_appeal = Action("met", "meet", "APPEAL", "verbal_cooperation")
    uncategorised = Action("met", "meet")
    graph = build_graph(
        [
            triple(LAVROV, MEET, KIM),
            triple(LAVROV, VISIT, KIM),
            triple(LAVROV, met_as_appeal, KIM),
            triple(LAVROV, uncategorised, KIM),
            triple(KIM, MEET, LAVROV),
        ]
    )
    assert sorted(graph.edges(keys=True, data="weight")) == [
        ("kim-jong-un", "sergei-lavrov", "CONSULT|meet", 1),
        ("sergei-lavrov", "kim-jong-un", "APPEAL|meet", 1),
        ("sergei-lavrov", "kim-jong-un", "CONSULT|meet", 1),
        ("sergei-lavrov", "kim-jong-un", "CONSULT|visit", 1),
        ("sergei-lavrov", "kim-jong-un", "|meet", 1),
    ]
    # Without a category the edge is labelled by its lemma alone.
    no_category = graph.edges["sergei-lavrov", "kim-jong-un", "|meet"]
    assert (no_category["label"], no_category["category"], no_category["quad"]) == (
        "meet",
        None,
        None,
    )


def test_a_negated_action_is_its_own_edge_with_lemma_not_meet() -> None:
    did_not_meet = Action("meet", "meet", "CONSULT", "verbal_cooperation", negated=True)
    graph = build_graph(
        [
            triple(LAVROV, MEET, KIM),
            triple(LAVROV, did_not_meet, KIM, sentence="Lavrov did not meet Kim."),
            triple(LAVROV, did_not_meet, KIM, sentence="Lavrov never met Kim."),
        ]
    )
    met = graph.edges["sergei-lavrov", "kim-jong-un", "CONSULT|meet"]
    denied = graph.edges["sergei-lavrov", "kim-jong-un", "CONSULT|not meet"]
    assert met["weight"] == 1
    assert (denied["lemma"], denied["label"], denied["weight"]) == (
        "not meet",
        "CONSULT: not meet",
        2,
    )


def test_first_and_last_seen_are_the_earliest_and_latest_dates() -> None:
    dates = ["2024-03-01", None, "2024-01-15", "2024-02-10", None]
    graph = build_graph([triple(date=date, sentence_index=i) for i, date in enumerate(dates)])
    edge = graph.edges["sergei-lavrov", "kim-jong-un", "CONSULT|meet"]
    assert (edge["first_seen"], edge["last_seen"]) == ("2024-01-15", "2024-03-01")
    assert edge["weight"] == 5


def test_an_edge_keeps_the_date_of_each_event_in_the_order_of_its_triples() -> None:
    triples = [triple(date="2024-03-12"), triple(sentence_index=1, date=None), triple(doc_id="b")]
    edge = build_graph(triples).edges["sergei-lavrov", "kim-jong-un", "CONSULT|meet"]
    assert edge["triple_ids"] == [t.id for t in triples]
    assert edge["dates"] == ["2024-03-12", None, "2023-10-19"]


def test_an_edge_with_no_dated_triple_has_no_first_or_last_seen() -> None:
    graph = build_graph([triple(date=None), triple(date=None, sentence_index=1)])
    edge = graph.edges["sergei-lavrov", "kim-jong-un", "CONSULT|meet"]
    assert (edge["first_seen"], edge["last_seen"]) == (None, None)


def test_doc_ids_are_listed_once_each_in_order_of_first_support() -> None:
    doc_ids = ["b.txt", "a.txt", "b.txt", "c.txt", "a.txt"]
    graph = build_graph([triple(doc_id=doc_id) for doc_id in doc_ids])
    edge = graph.edges["sergei-lavrov", "kim-jong-un", "CONSULT|meet"]
    assert edge["doc_ids"] == ["b.txt", "a.txt", "c.txt"]


def test_evidence_keeps_the_first_few_distinct_sentences() -> None:
    sentences = ["Lavrov met Kim.", "Lavrov met Kim.", *(f"They met {n} times." for n in range(5))]
    triples = [triple(sentence=s, sentence_index=i) for i, s in enumerate(sentences)]
    graph = build_graph(triples)
    edge = graph.edges["sergei-lavrov", "kim-jong-un", "CONSULT|meet"]
    assert edge["evidence"] == ["Lavrov met Kim.", "They met 0 times.", "They met 1 times."]
    assert len(edge["evidence"]) == MAX_EVIDENCE
    # The cap is on the evidence only: every triple still counts and is listed.
    assert edge["weight"] == len(triples)
    assert edge["triple_ids"] == [t.id for t in triples]


def test_aliases_collect_every_other_way_the_actor_was_written() -> None:
    mentions = ["Lavrov", "Sergei Lavrov", "Russia's foreign minister", "Lavrov", "Mr Lavrov"]
    lavrovs = [actor("sergei-lavrov", text=text) for text in mentions]
    graph = build_graph([triple(a, sentence_index=i) for i, a in enumerate(lavrovs)])
    node = graph.nodes["sergei-lavrov"]
    # Sorted and unique; the canonical name is the label, not an alias.
    assert node["aliases"] == ["Lavrov", "Mr Lavrov", "Russia's foreign minister"]
    assert node["label"] == node["name"] == "Sergei Lavrov"
    assert node["mentions"] == 5


def test_an_actor_only_ever_written_by_its_name_has_no_aliases() -> None:
    graph = build_graph([triple(LAVROV, MEET, MOON)])
    assert graph.nodes["moon-jae-in"]["aliases"] == []


def test_country_and_sector_come_from_a_later_mention_when_the_first_had_none() -> None:
    first = actor("sergei-lavrov", text="Lavrov")
    later = actor("sergei-lavrov", text="Lavrov", country="RUS", sector="GOV")
    contradicting = actor("sergei-lavrov", text="Lavrov", country="BLR", sector="MIL")
    graph = build_graph(
        [triple(first), triple(later, sentence_index=1), triple(contradicting, sentence_index=2)]
    )
    node = graph.nodes["sergei-lavrov"]
    # The first value known wins; a later mention never overwrites it.
    assert (node["country"], node["sector"]) == ("RUS", "GOV")


@pytest.mark.parametrize("text", ["he", "ministers", "the two leaders"])
def test_a_pronoun_or_a_description_is_no_alias(text: str) -> None:
    lavrov = Actor(id="sergei-lavrov", name="Sergei Lavrov", text=text, type="PERSON")
    kim = Actor(id="kim-jong-un", name="Kim Jong Un", text="Kim", type="PERSON")
    triple = Triple("doc", 0, "He met Kim.", lavrov, Action("met", "meet", "CONSULT"), kim)
    graph = build_graph([triple])
    assert graph.nodes["sergei-lavrov"]["aliases"] == []
    assert graph.nodes["kim-jong-un"]["aliases"] == ["Kim"]


def test_load_graph_builds_the_graph_of_a_database(tmp_path) -> None:
    triples = [triple(), triple(LAVROV, VISIT, KIM, sentence_index=1, sentence="He visited.")]
    with Store(tmp_path / "kgraph.db") as store:
        store.add(Document("talks.txt", "Lavrov met Kim. He visited."), triples)
    graph = load_graph(tmp_path / "kgraph.db")
    assert sorted(graph.edges(keys=True, data=True)) == sorted(
        build_graph(triples).edges(keys=True, data=True)
    )
