"""``kgraph export neo4j --prune``, against Neo4j 5 itself: Neo4j follows the database after
``forget``, ``actors merge`` and ``resolve``. The articles and people are fictional."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import neo4j
import pytest

from kgraph.graph import build_graph, load_graph
from kgraph.records import Category
from kgraph.store import Store
from tests.neo4j_sample import DOCUMENTS, TRIPLES
from tests.test_cli_neo4j import env, kgraph, stderr_lines  # noqa: F401 (env: a fixture)
from tests.test_curate import db  # noqa: F401 (a fixture: two articles built)
from tests.test_export_neo4j import dump, export


def held(driver: neo4j.Driver, database: str) -> dict[str, set]:
    """The ids of what Neo4j holds, by label, and its relations between actors."""
    nodes, _, _ = driver.execute_query(
        "MATCH (n) RETURN labels(n)[0] AS label, n.id AS id", database_=database
    )
    relations, _, _ = driver.execute_query(
        "MATCH (s:Actor)-[r]->(t:Actor) RETURN s.id AS s, r.lemma AS lemma, t.id AS t",
        database_=database,
    )
    found: dict[str, set] = {"Actor": set(), "Article": set(), "Event": set()}
    for record in nodes:
        found[record["label"]].add(record["id"])
    found["relations"] = {(r["s"], r["lemma"], r["t"]) for r in relations}
    return found


def stored(db: Path) -> dict[str, set]:  # noqa: F811
    """What the kgraph database holds, as `held` gives Neo4j's."""
    graph = load_graph(db)
    with Store(db) as store:
        return {
            "Actor": set(graph.nodes),
            "Article": {article.id for article in store.articles()},
            "Event": {triple.id for triple in store.triples()},
            "relations": {(u, data["lemma"], v) for u, v, data in graph.edges(data=True)},
        }


def test_forget_then_export_prune_takes_the_article_out_of_neo4j(
    db: Path, env: dict[str, str], neo4j_driver: neo4j.Driver  # noqa: F811
) -> None:
    database = env["NEO4J_DATABASE"]
    assert kgraph("export", "neo4j", "--db", db, env=env).exit_code == 0
    before = held(neo4j_driver, database)
    assert before == stored(db) and len(before["Article"]) == 2
    with Store(db) as store:
        talks = next(a.id for a in store.articles() if a.title == "Talks in Geneva")
    assert kgraph("forget", talks, "--db", db).exit_code == 0
    kept = kgraph("export", "neo4j", "--db", db, env=env)
    assert held(neo4j_driver, database) == before  # an export alone only merges
    pruned = kgraph("export", "neo4j", "--db", db, "--prune", env=env)
    assert pruned.exit_code == 0, pruned.output
    assert held(neo4j_driver, database) == stored(db)
    assert talks not in held(neo4j_driver, database)["Article"]
    assert {"tamsin-arkwright", "oskar-veldhuis"} & held(neo4j_driver, database)["Actor"] == set()
    # the article, its event and the two actors left with none; their relation, and the
    # event's three links (to its article and its two actors)
    assert stderr_lines(pruned)[-1].endswith("; pruned: 4 nodes and 4 relationships deleted")
    assert kept.exit_code == 0


def test_a_merge_then_export_prune_leaves_one_actor_in_neo4j(
    db: Path, env: dict[str, str], neo4j_driver: neo4j.Driver  # noqa: F811
) -> None:
    database = env["NEO4J_DATABASE"]
    assert kgraph("export", "neo4j", "--db", db, env=env).exit_code == 0
    assert "t-arkwright" in held(neo4j_driver, database)["Actor"]
    assert kgraph("actors", "merge", "T. Arkwright", "Tamsin Arkwright", "--db", db).exit_code == 0
    assert kgraph("resolve", "--db", db).exit_code == 0
    assert kgraph("export", "neo4j", "--db", db, "--prune", env=env).exit_code == 0
    found = held(neo4j_driver, database)
    assert found == stored(db)
    assert "t-arkwright" not in found["Actor"]
    assert ("tamsin-arkwright", "criticize", "veldhuis") in found["relations"]


def test_an_export_updates_an_event_whose_category_changed(
    neo4j_driver: neo4j.Driver, neo4j_database: str
) -> None:
    export(neo4j_driver, neo4j_database)
    first = TRIPLES[0]
    recoded = replace(first, action=replace(first.action, category=Category.ACCUSE))
    assert recoded.id == first.id  # the same event, coded anew (a resolve, a new lexicon)
    triples = [recoded, *TRIPLES[1:]]
    export(neo4j_driver, neo4j_database, triples)
    records, _, _ = neo4j_driver.execute_query(
        "MATCH (e:Event {id: $id}) RETURN e.category AS category", id=first.id,
        database_=neo4j_database,
    )
    assert [r["category"] for r in records] == ["ACCUSE"]


def test_prune_without_changes_deletes_nothing(
    neo4j_driver: neo4j.Driver, neo4j_database: str
) -> None:
    export(neo4j_driver, neo4j_database)
    before = dump(neo4j_driver, neo4j_database)
    summary = export(neo4j_driver, neo4j_database, prune=True)
    assert (summary.nodes_deleted, summary.relationships_deleted) == (0, 0)
    assert dump(neo4j_driver, neo4j_database) == before


@pytest.mark.parametrize("dropped", ["an article", "a relation"])
def test_prune_deletes_exactly_what_the_export_lacks(
    neo4j_driver: neo4j.Driver, neo4j_database: str, dropped: str
) -> None:
    export(neo4j_driver, neo4j_database)
    if dropped == "an article":
        documents = DOCUMENTS[1:]
        triples = [t for t in TRIPLES if t.doc_id != DOCUMENTS[0].id]
    else:
        documents, triples = DOCUMENTS, TRIPLES[1:]
    export(neo4j_driver, neo4j_database, triples, documents, prune=True)
    graph = build_graph(triples)
    found = held(neo4j_driver, neo4j_database)
    assert found["Actor"] == set(graph.nodes)
    assert found["Event"] == {t.id for t in triples}
    assert found["Article"] == {d.id for d in documents}
    assert found["relations"] == {(u, d["lemma"], v) for u, v, d in graph.edges(data=True)}
