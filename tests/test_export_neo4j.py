"""`connect` and `write_neo4j` against Neo4j 5 community, which the session fixture starts."""

from __future__ import annotations

import logging
from typing import Any

import neo4j
import pytest

from kgraph.graph import build_graph
from kgraph.neo4j.bolt import write_neo4j
from kgraph.neo4j.connection import (
    AuthenticationFailed,
    DatabaseNotFound,
    InvalidURI,
    PasswordMissing,
    ServerUnavailable,
    Settings,
    UnsupportedServer,
    check_server,
    connect,
    neo4j_password,
)
from kgraph.neo4j.model import SCHEMA, UnknownActor, UnknownCategory, model_batches, unwind
from tests.neo4j_sample import DOCUMENTS, LATER_DOCUMENT, LATER_TRIPLES, TRIPLES
from tests.neo4j_server import Neo4jServer


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


def test_an_event_whose_actor_the_graph_lacks_is_refused() -> None:
    with pytest.raises(UnknownActor, match="names actor '[a-z-]+', which the graph does not"):
        model_batches(build_graph(TRIPLES[7:]), DOCUMENTS, TRIPLES)


def _operators(plan: dict[str, Any]) -> list[str]:
    children = plan.get("children", [])
    return [plan["operatorType"], *(op for child in children for op in _operators(child))]


def test_no_write_holds_its_batch_in_an_eager(
    neo4j_driver: neo4j.Driver, neo4j_database: str
) -> None:
    # An Eager operator would hold every row of a batch before writing any (read/write
    # conflicts, e.g. SET n += map beside the MERGE on n.id); each costs a fifth of a batch.
    for statement in SCHEMA:
        neo4j_driver.execute_query(statement, database_=neo4j_database)
    for batch in model_batches(build_graph(TRIPLES), DOCUMENTS, TRIPLES):
        with neo4j_driver.session(database=neo4j_database) as session:
            plan = session.run("EXPLAIN " + unwind(batch.body), rows=[]).consume().plan
        assert not [op for op in _operators(plan) if op.startswith("Eager")], batch.kind


def test_batch_size_must_be_positive(neo4j_driver: neo4j.Driver, neo4j_database: str) -> None:
    with pytest.raises(ValueError, match="batch_size must be at least 1"):
        export(neo4j_driver, neo4j_database, batch_size=0)


def test_the_server_is_neo4j_5_community(neo4j_server: Neo4jServer) -> None:
    with connect(neo4j_server.uri, *neo4j_server.auth, database="neo4j") as driver:
        assert check_server(driver).startswith("Neo4j/5.")
        records, _, _ = driver.execute_query("CALL dbms.components()", database_="neo4j")
    [component] = [record.data() for record in records]
    print(component)  # pytest -s shows the kernel and version the tests ran against
    assert component["name"] == "Neo4j Kernel"
    assert component["edition"] == "community"
    assert component["versions"][0].startswith("5.26.")


def test_unknown_database(neo4j_driver: neo4j.Driver) -> None:
    with pytest.raises(DatabaseNotFound, match="^Neo4j at the server has no database 'nosuchdb'"):
        export(neo4j_driver, "nosuchdb")


def test_connect_checks_the_database(neo4j_server: Neo4jServer) -> None:
    with pytest.raises(
        DatabaseNotFound,
        match=f"^Neo4j at {neo4j_server.uri} has no database 'nosuchdb': check NEO4J_DATABASE$",
    ):
        connect(neo4j_server.uri, *neo4j_server.auth, database="nosuchdb")


def test_messages_name_options_given_on_the_command_line(neo4j_server: Neo4jServer) -> None:
    with pytest.raises(DatabaseNotFound, match="check --database$"):
        connect(
            neo4j_server.uri,
            *neo4j_server.auth,
            database="nosuchdb",
            names=Settings(database="--database"),
        )


def test_wrong_password_is_one_line_without_the_password(
    neo4j_server: Neo4jServer, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "not-the-password-42"
    caplog.set_level(logging.DEBUG, logger="neo4j")
    with pytest.raises(AuthenticationFailed) as raised:
        connect(neo4j_server.uri, "neo4j", secret)
    message = str(raised.value)
    assert message == (
        f"Neo4j at {neo4j_server.uri} refused the login: check NEO4J_USERNAME and NEO4J_PASSWORD"
    )
    assert secret not in caplog.text


def test_a_missing_password_says_where_to_set_it() -> None:
    with pytest.raises(PasswordMissing, match="^no Neo4j password: set NEO4J_PASSWORD$"):
        neo4j_password(lambda: "", environ={})
    assert neo4j_password(lambda: "typed", environ={}) == "typed"


def test_unreachable_server() -> None:
    with pytest.raises(
        ServerUnavailable, match=r"^cannot reach Neo4j at bolt://127\.0\.0\.1:1: "
    ) as raised:
        connect("bolt://127.0.0.1:1", "neo4j", "password")
    assert "\n" not in str(raised.value)


def test_credentials_in_the_uri_are_not_repeated() -> None:
    with pytest.raises(InvalidURI, match="^cannot use Neo4j URI bolt://127.0.0.1:1: ") as raised:
        connect("bolt://user:hunter22@127.0.0.1:1", "user", "hunter22")
    assert "hunter22" not in str(raised.value)


@pytest.mark.parametrize(
    ("uri", "names", "message"),
    [
        (
            "http://localhost:7474",
            Settings(uri="--uri"),
            "http://localhost:7474 is not a Bolt URI: set --uri to neo4j://HOST:7687 or "
            "bolt://HOST:7687 (+s for TLS, as Aura's neo4j+s://); 7474 is Neo4j's HTTP port",
        ),
        (
            "ftp://user:secret@127.0.0.1:1",
            Settings(),
            "ftp://127.0.0.1:1 is not a Bolt URI: set NEO4J_URI to neo4j://HOST:7687 or "
            "bolt://HOST:7687 (+s for TLS, as Aura's neo4j+s://)",
        ),
        ("localhost:7687", Settings(), "localhost:7687 is not a Bolt URI: set NEO4J_URI to "),
    ],
)
def test_a_uri_that_is_not_bolt_is_refused(uri: str, names: Settings, message: str) -> None:
    with pytest.raises(InvalidURI) as raised:
        connect(uri, "neo4j", "secret", names=names)
    assert str(raised.value).startswith(message)


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


def test_a_server_that_does_not_speak_bolt_is_refused(neo4j_server: Neo4jServer) -> None:
    http_port = neo4j_server.http_uri.rpartition(":")[2]  # Neo4j's HTTP port answers no Bolt
    with pytest.raises(ServerUnavailable, match="^cannot reach Neo4j at") as raised:
        connect(f"bolt://127.0.0.1:{http_port}", *neo4j_server.auth)
    assert "\n" not in str(raised.value)
