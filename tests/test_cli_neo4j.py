"""``kgraph export neo4j|cypher|csv`` and ``kgraph query`` through `CliRunner`, on Neo4j itself."""

from __future__ import annotations

import os
import pty
import sys
from pathlib import Path

import click
import neo4j
import pytest
from click.testing import Result
from typer.testing import CliRunner

from kgraph.cli import app
from kgraph.graph import build_graph
from kgraph.store import Store
from tests.conftest import EXAMPLES, SEED
from tests.neo4j_sample import DOCUMENTS, TRIPLES
from tests.neo4j_server import Neo4jServer, cypher_shell, run_admin_command
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
def env(neo4j_server: Neo4jServer, neo4j_database: str) -> dict[str, str]:
    """The environment that points kgraph at the emptied database of the Neo4j server."""
    return {
        "NEO4J_URI": neo4j_server.uri,
        "NEO4J_USERNAME": neo4j_server.username,
        "NEO4J_PASSWORD": neo4j_server.password,
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


KGRAPH = Path(sys.executable).with_name("kgraph")


def _read_until(fd: int, text: str) -> str:
    """What the terminal shows until ``text`` appears, or until the program ends."""
    seen = b""
    while text.encode() not in seen:
        try:
            chunk = os.read(fd, 1024)
        except OSError:  # the program closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    return seen.decode(errors="replace")


def test_export_neo4j_asks_for_the_password_at_a_terminal(
    db: Path, env: dict[str, str], neo4j_driver: neo4j.Driver
) -> None:
    password = env.pop("NEO4J_PASSWORD")
    environ = {key: value for key, value in os.environ.items() if key != "NEO4J_PASSWORD"}
    pid, terminal = pty.fork()
    if pid == 0:  # the child, on the terminal
        os.execve(KGRAPH, [str(KGRAPH), "export", "neo4j", "--db", str(db)], environ | env)
    shown = _read_until(terminal, "Neo4j password: ")
    os.write(terminal, f"{password}\n".encode())
    shown += _read_until(terminal, "\x00")  # everything until it exits
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, shown
    assert "Neo4j password: " in shown and password not in shown
    assert "24 nodes and 43 relationships created" in shown
    assert dump(neo4j_driver, "neo4j") != ([], [])


@pytest.mark.parametrize("command", [["export", "neo4j"], ["query", "who_met_whom"]], ids=" ".join)
@pytest.mark.parametrize(
    ("args", "changes", "message"),
    [
        (
            ["--uri", "bolt://127.0.0.1:1"],
            {},
            "error: cannot reach Neo4j at bolt://127.0.0.1:1: *; "
            "check --uri and that the server is running",
        ),
        (
            [],
            {"NEO4J_URI": "bolt://127.0.0.1:1"},
            "error: cannot reach Neo4j at bolt://127.0.0.1:1: *; "
            "check NEO4J_URI and that the server is running",
        ),
        (
            [],
            {"NEO4J_PASSWORD": "wrong-password-123"},
            "error: Neo4j at {uri} refused the login: check NEO4J_USERNAME and NEO4J_PASSWORD",
        ),
        (
            ["--username", "nobody"],
            {},
            "error: Neo4j at {uri} refused the login: check --username and NEO4J_PASSWORD",
        ),
        (
            ["--database", "nosuchdb"],
            {},
            "error: Neo4j at {uri} has no database 'nosuchdb': check --database",
        ),
        (
            [],
            {"NEO4J_DATABASE": "nosuchdb"},
            "error: Neo4j at {uri} has no database 'nosuchdb': check NEO4J_DATABASE",
        ),
        (
            ["--uri", "http://localhost:7474"],
            {},
            "error: http://localhost:7474 is not a Bolt URI: set --uri to neo4j://HOST:7687 or "
            "bolt://HOST:7687 (+s for TLS, as Aura's neo4j+s://); 7474 is Neo4j's HTTP port",
        ),
        ([], {"NEO4J_PASSWORD": None}, "error: no Neo4j password: set NEO4J_PASSWORD"),
    ],
    ids=["down", "down-env", "password", "username", "database", "database-env", "http", "none"],
)
def test_a_failure_is_one_line_and_writes_nothing(
    db: Path,
    env: dict[str, str],
    neo4j_driver: neo4j.Driver,
    command: list[str],
    args: list[str],
    changes: dict[str, str | None],
    message: str,
) -> None:
    uri = env["NEO4J_URI"]
    env = {**env, **changes}
    if command[0] == "export":
        args = [*args, "--db", str(db)]
    result = kgraph(*command, *args, env=env)  # no terminal: CliRunner's stdin is none
    assert result.exit_code == 1
    [line] = stderr_lines(result)
    before, _, after = message.format(uri=uri).partition("*")
    assert line.startswith(before) and line.endswith(after), line
    assert "wrong-password-123" not in result.stdout + result.stderr
    assert dump(neo4j_driver, "neo4j") == ([], [])


def test_export_cypher(db: Path, tmp_path: Path) -> None:
    output = tmp_path / "graph.cypher"
    result = kgraph("export", "cypher", "--db", db, "-o", output)
    assert result.exit_code == 0
    # 6 schema statements, one for each kind of node, one for each of 6 relationship types
    assert stderr_lines(result) == [f"{output}: 15 statements; run: cypher-shell -f {output}"]
    assert output.read_text(encoding="utf-8").count(";\n\n") == 15
    to_stdout = kgraph("export", "cypher", "--db", db, "-o", "-")
    assert to_stdout.exit_code == 0
    assert to_stdout.stdout == output.read_text(encoding="utf-8")
    assert stderr_lines(to_stdout) == ["stdout: 15 statements; run: cypher-shell"]


def test_export_csv_prints_the_import_command(db: Path, tmp_path: Path) -> None:
    result = kgraph("export", "csv", "--db", db, "-o", tmp_path / "out", "--database", "news")
    assert result.exit_code == 0
    assert result.stdout.startswith("neo4j-admin database import full news --overwrite-destination")
    assert (tmp_path / "out" / "actors.csv").exists()
    assert "after the import run: cypher-shell -d news -f" in result.stderr


def test_neo4j_admin_imports_the_csv_export_as_the_bolt_export_writes_it(
    db: Path, env: dict[str, str], neo4j_driver: neo4j.Driver, tmp_path: Path
) -> None:
    assert kgraph("export", "neo4j", "--db", db, "--quiet", env=env).exit_code == 0
    expected = dump(neo4j_driver, "neo4j")
    exported = kgraph("export", "csv", "--db", db, "-o", tmp_path / "import")
    # the command exactly as printed, with Neo4j's own neo4j-admin first on the PATH
    home = tmp_path / "neo4j-home"
    imported = run_admin_command(exported.stdout, home, cwd=tmp_path)
    assert imported.returncode == 0, imported.stdout + imported.stderr
    with (
        Neo4jServer(home=home) as server,
        neo4j.GraphDatabase.driver(server.uri, auth=server.auth) as driver,
    ):
        schema = cypher_shell(server, "-d", "neo4j", "-f", tmp_path / "import" / "schema.cypher")
        assert (schema.returncode, schema.stderr) == (0, "")
        assert dump(driver, "neo4j") == expected
        counts, _, _ = driver.execute_query("SHOW CONSTRAINTS YIELD name", database_="neo4j")
    assert len(counts) == 3


def test_query_prints_a_table(db: Path, env: dict[str, str]) -> None:
    kgraph("export", "neo4j", "--db", db, "--quiet", env=env)
    wide = {**env, "COLUMNS": "200"}
    result = kgraph("query", "neighbourhood", "--param", "actor=kim-jong-un", env=wide)
    assert result.exit_code == 0, result.stderr
    assert "Sergei Lavrov" in result.stdout and "Vladimir Putin" in result.stdout
    assert "Choe Son Hui" not in result.stdout
    assert stderr_lines(result) == ["2 rows"]


def test_query_prints_paths_and_no_notices_of_the_server(db: Path, env: dict[str, str]) -> None:
    # shortest_path names every PLOVER type; Neo4j notes each that the data lacks (PROTEST, ...)
    kgraph("export", "neo4j", "--db", db, "--quiet", env=env)
    wide = {**env, "COLUMNS": "200"}
    result = kgraph("query", "shortest_path", env=wide)
    assert result.exit_code == 0, result.stderr
    assert "<- CONSULT: invite" in result.stdout
    assert stderr_lines(result) == ["2 rows"]
    drawn = kgraph("query", "who_met_whom_graph", "--param", "limit=1", env=wide)
    assert "Sergei Lavrov -[CONSULT: meet]-> Kim Jong Un" in drawn.stdout
    assert stderr_lines(drawn) == ["1 rows"]


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
