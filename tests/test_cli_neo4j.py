"""``kgraph export neo4j|cypher|csv`` and ``kgraph query`` through `CliRunner`, on a real server."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import Result
from typer.testing import CliRunner

from kgraph.cli import app
from kgraph.graph import build_graph
from kgraph.store import Store
from tests.bolt_server import BoltServer
from tests.conftest import EXAMPLES, SEED
from tests.neo4j_sample import DOCUMENTS, TRIPLES
from tests.test_export_neo4j import dump

COMMANDS = [["export", "neo4j"], ["export", "cypher"], ["export", "csv"], ["query"]]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A kgraph database holding the sample corpus."""
    path = tmp_path_factory.mktemp("cli") / "kgraph.db"
    with Store(path) as store:
        for document in DOCUMENTS:
            store.add(document, [t for t in TRIPLES if t.doc_id == document.id])
    return path


@pytest.fixture
def env(bolt_server: BoltServer, neo4j_database: str) -> dict[str, str]:
    """The environment that points kgraph at a fresh database on the Bolt server."""
    return {
        "NEO4J_URI": bolt_server.uri,
        "NEO4J_USERNAME": bolt_server.username,
        "NEO4J_PASSWORD": bolt_server.password,
        "NEO4J_DATABASE": neo4j_database,
    }


def kgraph(
    *args: str | Path, env: dict[str, str] | None = None, input: str | None = None
) -> Result:
    return CliRunner().invoke(app, [str(arg) for arg in args], env=env, input=input)


def stderr_lines(result: Result) -> list[str]:
    return [line for line in click.unstyle(result.stderr).splitlines() if line.strip()]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_help_ending_with_an_example(command: list[str]) -> None:
    result = kgraph(*command, "--help")
    assert result.exit_code == 0
    assert f"Example: kgraph {' '.join(command)}" in " ".join(result.stdout.split())


def test_export_neo4j_twice(db: Path, env: dict[str, str]) -> None:
    first = kgraph("export", "neo4j", "--db", db, "--batch-size", "3", env=env)
    assert first.exit_code == 0, first.stderr
    assert stderr_lines(first)[-1] == (
        f"{env['NEO4J_DATABASE']}: 24 nodes and 43 relationships created, 3 constraints and "
        "3 indexes added (rows sent: 10 actors, 3 articles, 11 events, 5 CONSULT, 1 AID, "
        "1 ACCUSE, 1 SANCTION, 1 ASSAULT, 1 RELATED_TO)"
    )
    again = kgraph("export", "neo4j", "--db", db, "--quiet", env=env)
    assert again.exit_code == 0
    assert again.stderr == ""
    second = kgraph("export", "neo4j", "--db", db, env=env)
    assert "0 nodes and 0 relationships created, 0 constraints" in second.stderr


def test_export_neo4j_prompts_for_a_missing_password(db: Path, env: dict[str, str]) -> None:
    password = env.pop("NEO4J_PASSWORD")
    result = kgraph("export", "neo4j", "--db", db, env=env, input=f"{password}\n")
    assert result.exit_code == 0, result.stderr
    assert "Neo4j password" in result.stderr
    assert password not in result.stdout + result.stderr


def test_export_neo4j_with_a_wrong_password(db: Path, env: dict[str, str]) -> None:
    env["NEO4J_PASSWORD"] = "wrong-password-123"
    result = kgraph("export", "neo4j", "--db", db, env=env)
    assert result.exit_code == 1
    assert stderr_lines(result) == [
        f"error: Neo4j at {env['NEO4J_URI']} refused the login: "
        "check NEO4J_USERNAME and NEO4J_PASSWORD"
    ]
    assert "wrong-password-123" not in result.stdout + result.stderr


def test_export_neo4j_to_a_missing_database(db: Path, env: dict[str, str]) -> None:
    result = kgraph("export", "neo4j", "--db", db, "--database", "nosuchdb", env=env)
    assert result.exit_code == 1
    assert stderr_lines(result) == [
        "error: Neo4j at the server has no database 'nosuchdb': check NEO4J_DATABASE"
    ]


def test_export_neo4j_to_an_unreachable_server(db: Path, env: dict[str, str]) -> None:
    result = kgraph("export", "neo4j", "--db", db, "--uri", "bolt://127.0.0.1:1", env=env)
    assert result.exit_code == 1
    [line] = stderr_lines(result)
    assert line.startswith("error: cannot reach Neo4j at bolt://127.0.0.1:1: ")
    assert line.endswith("check NEO4J_URI and that the server is running")


def test_export_cypher(db: Path, tmp_path: Path) -> None:
    output = tmp_path / "graph.cypher"
    result = kgraph("export", "cypher", "--db", db, "-o", output)
    assert result.exit_code == 0
    # 6 schema statements, one for each kind of node, one for each of 6 relationship types
    assert stderr_lines(result) == [f"{output}: 15 statements; run: cypher-shell -f {output}"]
    assert output.read_text(encoding="utf-8").count(";\n\n") == 15


def test_export_csv_prints_the_import_command(db: Path, tmp_path: Path) -> None:
    result = kgraph("export", "csv", "--db", db, "-o", tmp_path / "out", "--database", "news")
    assert result.exit_code == 0
    assert result.stdout.startswith("neo4j-admin database import full --overwrite-destination")
    assert result.stdout.endswith(" news\n")
    assert (tmp_path / "out" / "actors.csv").exists()
    assert "after the import run: cypher-shell -d news -f" in result.stderr


def test_query_prints_a_table(db: Path, env: dict[str, str]) -> None:
    kgraph("export", "neo4j", "--db", db, "--quiet", env=env)
    wide = {**env, "COLUMNS": "200"}
    result = kgraph("query", "neighbourhood", "--param", "actor=kim-jong-un", env=wide)
    assert result.exit_code == 0, result.stderr
    assert "Sergei Lavrov" in result.stdout and "Vladimir Putin" in result.stdout
    assert "Choe Son Hui" not in result.stdout
    assert stderr_lines(result) == ["2 rows"]


def test_query_without_a_name_lists_the_queries() -> None:
    result = kgraph("query")
    assert result.exit_code == 0
    assert "who_met_whom" in result.stdout and "shortest_path" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nope"], "error: no query named 'nope'; the queries are: actors_by_country_and_sector, "),
        (["who_met_whom", "--param", "limit"], "error: --param takes key=value, not 'limit'"),
        (["who_met_whom", "--param", "actor=x"], "error: who_met_whom takes limit, not actor"),
    ],
)
def test_query_errors(args: list[str], message: str, env: dict[str, str]) -> None:
    result = kgraph("query", *args, env=env)
    assert result.exit_code == 1
    [line] = stderr_lines(result)
    assert line.startswith(message)


def test_export_the_seed_article_and_the_examples(
    tmp_path: Path, env: dict[str, str], neo4j_driver, neo4j_database: str
) -> None:
    path = tmp_path / "kgraph.db"
    built = kgraph("build", EXAMPLES, SEED, "--db", path, "--quiet")
    assert built.exit_code == 0, built.stderr
    with Store(path) as store:
        triples, documents = list(store.triples()), list(store.documents())
    graph = build_graph(triples)

    assert kgraph("export", "neo4j", "--db", path, "--quiet", env=env).exit_code == 0
    counts, _, _ = neo4j_driver.execute_query(
        "MATCH (n) RETURN labels(n)[0] AS label, count(*) AS n", database_=neo4j_database
    )
    assert {r["label"]: r["n"] for r in counts} == {
        "Actor": graph.number_of_nodes(),
        "Article": len(documents),
        "Event": len(triples),
    }
    relations, _, _ = neo4j_driver.execute_query(
        "MATCH (:Actor)-[r]->(:Actor) RETURN count(r) AS n, sum(r.weight) AS weight",
        database_=neo4j_database,
    )
    assert relations[0].data() == {"n": graph.number_of_edges(), "weight": len(triples)}
    lavrov, _, _ = neo4j_driver.execute_query(
        "MATCH (:Actor {id: 'sergei-lavrov'})-[r:CONSULT {lemma: 'meet'}]->"
        "(:Actor {id: 'kim-jong-un'}) RETURN r.evidence AS evidence",
        database_=neo4j_database,
    )
    assert any("Lavrov met Kim" in sentence for sentence in lavrov[0]["evidence"])

    before = dump(neo4j_driver, neo4j_database)
    again = kgraph("export", "neo4j", "--db", path, env=env)
    assert "0 nodes and 0 relationships created" in again.stderr
    assert dump(neo4j_driver, neo4j_database) == before
