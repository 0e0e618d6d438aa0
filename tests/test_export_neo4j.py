"""`write_neo4j` against the real Bolt server that the session fixture starts."""

from __future__ import annotations

import logging
from typing import Any

import neo4j
import pytest

from kgraph.export.neo4j import (
    AuthenticationFailed,
    DatabaseNotFound,
    ServerUnavailable,
    UnsupportedServer,
    check_server,
    connect,
    write_neo4j,
)
from kgraph.export.property_graph import UnknownCategory
from kgraph.graph import build_graph
from tests.bolt_server import BoltServer
from tests.neo4j_sample import DOCUMENTS, LATER_DOCUMENT, LATER_TRIPLES, TRIPLES


def dump(driver: neo4j.Driver, database: str) -> tuple[list[Any], list[Any]]:
    """Every node and relationship with its labels or type and properties, sorted."""
    nodes, _, _ = driver.execute_query(
        "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props",
        database_=database,
    )
    rels, _, _ = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props",
        database_=database,
    )
    return (
        sorted((r["labels"], sorted(r["props"].items())) for r in nodes),
        sorted((r["a"], r["type"], r["b"], sorted(r["props"].items())) for r in rels),
    )


def export(driver: neo4j.Driver, database: str, triples=TRIPLES, documents=DOCUMENTS, **kw):
    return write_neo4j(build_graph(triples), documents, triples, driver, database=database, **kw)


def test_export_creates_the_model(neo4j_driver: neo4j.Driver, neo4j_database: str) -> None:
    summary = export(neo4j_driver, neo4j_database, batch_size=2)
    assert summary.rows == {
        "actors": 10, "articles": 3, "events": 11,
        "CONSULT": 5, "AID": 1, "ACCUSE": 1, "SANCTION": 1, "ASSAULT": 1, "RELATED_TO": 1,
    }  # fmt: skip
    assert summary.nodes_created == 10 + 3 + 11
    assert summary.relationships_created == 10 + 3 * 11
    assert summary.constraints_added == 3

    counts, _, _ = neo4j_driver.execute_query(
        "MATCH (n) RETURN labels(n)[0] AS label, count(*) AS n",
        database_=neo4j_database,
    )
    assert {r["label"]: r["n"] for r in counts} == {
        "Actor": 10,
        "Article": 3,
        "Event": 11,
    }

    records, _, _ = neo4j_driver.execute_query(
        "MATCH (:Actor {id: 'sergei-lavrov'})-[r:CONSULT {lemma: 'meet'}]->"
        "(:Actor {id: 'kim-jong-un'})"
        " RETURN properties(r) AS r",
        database_=neo4j_database,
    )
    [record] = records
    assert record["r"] == {
        "label": "CONSULT: meet",
        "category": "CONSULT",
        "quad": "verbal_cooperation",
        "lemma": "meet",
        "weight": 2,
        "first_seen": "2023-10-19",
        "last_seen": "2023-10-20",
        "doc_ids": ["seed", "follow-up"],
        "evidence": [TRIPLES[0].sentence, TRIPLES[5].sentence],
        "triple_ids": [TRIPLES[0].id, TRIPLES[5].id],
    }


def test_actor_article_and_event_properties(
    neo4j_driver: neo4j.Driver, neo4j_database: str
) -> None:
    export(neo4j_driver, neo4j_database)
    records, _, _ = neo4j_driver.execute_query(
        "MATCH (e:Event {id: $id})-[:REPORTED_IN]->(a:Article), (e)-[:SUBJECT]->(s:Actor),"
        " (e)-[:OBJECT]->(o:Actor) RETURN properties(e) AS e, properties(a) AS a,"
        " properties(s) AS s, o.id AS o",
        id=TRIPLES[0].id,
        database_=neo4j_database,
    )
    [record] = records
    assert record["e"] == {
        "id": TRIPLES[0].id,
        "sentence": TRIPLES[0].sentence,
        "date": "2023-10-19",
        "lemma": "meet",
        "category": "CONSULT",
        "negated": False,
        "modality": "asserted",
        "confidence": 0.9,
    }
    assert record["a"] == {
        k: getattr(DOCUMENTS[0], k) for k in ("id", "title", "date", "url", "source")
    }
    assert record["s"] == {
        "id": "sergei-lavrov",
        "name": "Sergei Lavrov",
        "type": "PERSON",
        "country": "RUS",
        "sector": "GOV",
        "aliases": ["Lavrov"],
        "mentions": 5,
    }
    assert record["o"] == "kim-jong-un"


def test_none_values_are_left_out(neo4j_driver: neo4j.Driver, neo4j_database: str) -> None:
    export(neo4j_driver, neo4j_database)
    records, _, _ = neo4j_driver.execute_query(
        "MATCH (a:Actor {id: 'leif-eric-easley'})-[r:RELATED_TO]->() RETURN properties(a) AS a,"
        " properties(r) AS r",
        database_=neo4j_database,
    )
    [record] = records
    assert "country" not in record["a"]
    assert "category" not in record["r"] and "quad" not in record["r"]
    assert record["r"]["label"] == "describe"


def test_exporting_twice_changes_nothing(neo4j_driver: neo4j.Driver, neo4j_database: str) -> None:
    export(neo4j_driver, neo4j_database)
    before = dump(neo4j_driver, neo4j_database)
    again = export(neo4j_driver, neo4j_database, batch_size=3)
    assert (
        again.nodes_created,
        again.relationships_created,
        again.constraints_added,
    ) == (0, 0, 0)
    assert dump(neo4j_driver, neo4j_database) == before


def test_exporting_after_new_articles_adds_only_what_is_new(
    neo4j_driver: neo4j.Driver, neo4j_database: str
) -> None:
    export(neo4j_driver, neo4j_database)
    summary = export(
        neo4j_driver,
        neo4j_database,
        TRIPLES + LATER_TRIPLES,
        DOCUMENTS + [LATER_DOCUMENT],
    )
    # One article, two events with their three links each, one new relation (Choe met Lavrov).
    assert summary.nodes_created == 1 + 2
    assert summary.relationships_created == 2 * 3 + 1
    records, _, _ = neo4j_driver.execute_query(
        "MATCH (:Actor {id: 'sergei-lavrov'})-[r:CONSULT {lemma: 'meet'}]->"
        "(:Actor {id: 'kim-jong-un'})"
        " RETURN r.weight AS weight, r.last_seen AS last_seen",
        database_=neo4j_database,
    )
    assert [r.data() for r in records] == [{"weight": 3, "last_seen": "2024-02-01"}]


def test_progress_reports_rows_written(neo4j_driver: neo4j.Driver, neo4j_database: str) -> None:
    calls: list[tuple[int, int]] = []
    export(
        neo4j_driver,
        neo4j_database,
        batch_size=4,
        progress=lambda done, total: calls.append((done, total)),
    )
    assert calls[-1] == (34, 34)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_an_unknown_category_is_refused_before_writing(
    neo4j_driver: neo4j.Driver, neo4j_database: str
) -> None:
    graph = build_graph(TRIPLES)
    graph.add_edge(
        "russia",
        "ukraine",
        "X|y",
        category="DETONATE`]->() DETACH DELETE (n",
        lemma="y",
    )
    with pytest.raises(UnknownCategory, match="is not a PLOVER category"):
        write_neo4j(graph, [], [], neo4j_driver, database=neo4j_database)
    assert dump(neo4j_driver, neo4j_database) == ([], [])


def test_batch_size_must_be_positive(neo4j_driver: neo4j.Driver, neo4j_database: str) -> None:
    with pytest.raises(ValueError, match="batch_size must be at least 1"):
        export(neo4j_driver, neo4j_database, batch_size=0)


def test_connect_reports_the_server(bolt_server: BoltServer) -> None:
    with connect(bolt_server.uri, *bolt_server.auth) as driver:
        assert "Neo4j/5" in check_server(driver)


def test_unknown_database(neo4j_driver: neo4j.Driver) -> None:
    with pytest.raises(DatabaseNotFound, match="^Neo4j at the server has no database 'nosuchdb'"):
        export(neo4j_driver, "nosuchdb")


def test_wrong_password_is_one_line_without_the_password(
    bolt_server: BoltServer, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "not-the-password-42"
    caplog.set_level(logging.DEBUG, logger="neo4j")
    with pytest.raises(AuthenticationFailed) as raised:
        connect(bolt_server.uri, "root", secret)
    message = str(raised.value)
    assert message == (
        f"Neo4j at {bolt_server.uri} refused the login: check NEO4J_USERNAME and NEO4J_PASSWORD"
    )
    assert secret not in caplog.text


def test_unreachable_server() -> None:
    with pytest.raises(
        ServerUnavailable, match=r"^cannot reach Neo4j at bolt://127\.0\.0\.1:1: "
    ) as raised:
        connect("bolt://127.0.0.1:1", "neo4j", "password")
    assert "\n" not in str(raised.value)


def test_credentials_in_the_uri_are_not_repeated() -> None:
    with pytest.raises(
        ServerUnavailable, match="^cannot use Neo4j URI bolt://127.0.0.1:1: "
    ) as raised:
        connect("bolt://user:hunter22@127.0.0.1:1", "user", "hunter22")
    assert "hunter22" not in str(raised.value)


def test_a_bad_uri_is_one_line() -> None:
    with pytest.raises(ServerUnavailable, match="^cannot use Neo4j URI ftp://127.0.0.1:1: "):
        connect("ftp://127.0.0.1:1", "neo4j", "password")


class _OldServer:
    """What the driver reports for a Neo4j 4.4 server."""

    agent = "Neo4j/4.4.30"
    protocol_version = (4, 4)

    def verify_connectivity(self) -> None:
        pass

    def get_server_info(self) -> _OldServer:
        return self


def test_a_server_older_than_neo4j_5_is_refused() -> None:
    with pytest.raises(
        UnsupportedServer,
        match=r"^Neo4j/4\.4\.30 at db speaks Bolt 4\.4; kgraph needs Neo4j 5",
    ):
        check_server(_OldServer(), "db")  # type: ignore[arg-type]


def test_a_server_that_does_not_speak_bolt_is_refused(bolt_server: BoltServer) -> None:
    with pytest.raises(ServerUnavailable, match="^cannot reach Neo4j at"):
        connect(f"bolt://127.0.0.1:{bolt_server.http_port}", *bolt_server.auth)
