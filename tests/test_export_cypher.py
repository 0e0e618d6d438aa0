"""The Cypher script: its literals round-trip through Neo4j, and Neo4j's own cypher-shell builds
from it what the Bolt export builds."""

from __future__ import annotations

import io
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import neo4j
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kgraph.graph import build_graph
from kgraph.neo4j.bolt import write_neo4j
from kgraph.neo4j.script import cypher_literal, write_cypher
from tests.neo4j_sample import DOCUMENTS, TRIPLES
from tests.neo4j_server import Neo4jServer, clear, cypher_shell
from tests.test_export_neo4j import dump

scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text()
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=10,
)


def evaluate(driver: neo4j.Driver, expression: str) -> Any:
    records, _, _ = driver.execute_query(f"RETURN {expression} AS value", database_="neo4j")
    return records[0]["value"]


@settings(max_examples=300, deadline=None)
@given(text=st.text())
def test_any_text_round_trips(neo4j_driver: neo4j.Driver, text: str) -> None:
    assert evaluate(neo4j_driver, cypher_literal(text)) == text


@settings(max_examples=200, deadline=None)
@given(value=values)
def test_any_value_round_trips(neo4j_driver: neo4j.Driver, value: Any) -> None:
    assert evaluate(neo4j_driver, cypher_literal(value)) == value


@pytest.mark.parametrize(
    "key", ["\\u", "a\\ub", "\\u0041", "\\", "\\\\u", "\\\\\\u", "a`\\u", "\\u005C"]
)
def test_a_key_with_backslashes_round_trips(neo4j_driver: neo4j.Driver, key: str) -> None:
    # a backslash before "u" in a quoted name starts a unicode escape in Neo4j
    assert evaluate(neo4j_driver, cypher_literal({key: 1})) == {key: 1}


@pytest.mark.parametrize(
    ("text", "literal"),
    [
        ("it's", r"'it\'s'"),
        ("back\\slash", r"'back\\slash'"),
        ("line\nbreak", r"'line\nbreak'"),
        ("a;b", r"'a\u003bb'"),
        ("nul\x00", r"'nul\u0000'"),
        ("line\u2028separator", r"'line\u2028separator'"),
        ("emoji \U0001f600", "'emoji \U0001f600'"),
        ("\U000e0001 tag", r"'\udb40\udc01 tag'"),
        ('"quoted" // not a comment', "'\"quoted\" // not a comment'"),
    ],
)
def test_strings_are_escaped(text: str, literal: str) -> None:
    assert cypher_literal(text) == literal


@pytest.mark.parametrize(
    ("value", "error"),
    [
        (math.nan, ValueError),
        (math.inf, ValueError),
        (object(), TypeError),
        ({1, 2}, TypeError),
    ],
)
def test_values_without_a_literal_are_refused(value: Any, error: type[Exception]) -> None:
    with pytest.raises(error):
        cypher_literal(value)


def schema(driver: neo4j.Driver) -> list[Any]:
    """The constraints and indexes of the database, by name."""
    records, _, _ = driver.execute_query(
        "SHOW INDEXES YIELD name, type, labelsOrTypes, properties, owningConstraint"
        " WHERE type <> 'LOOKUP' RETURN *",
        database_="neo4j",
    )
    return sorted(sorted(record.data().items()) for record in records)


def test_cypher_shell_builds_from_the_script_what_the_bolt_export_builds(
    neo4j_server: Neo4jServer, neo4j_driver: neo4j.Driver, neo4j_database: str, tmp_path: Path
) -> None:
    graph = build_graph(TRIPLES)
    write_neo4j(graph, DOCUMENTS, TRIPLES, neo4j_driver, database=neo4j_database)
    expected = dump(neo4j_driver, neo4j_database), schema(neo4j_driver)
    clear(neo4j_driver)
    path = tmp_path / "graph.cypher"
    write_cypher(graph, DOCUMENTS, TRIPLES, path, batch_size=4)
    for _ in range(2):  # and running it twice changes nothing
        shell = cypher_shell(neo4j_server, "-d", neo4j_database, "-f", path)
        assert (shell.returncode, shell.stderr) == (0, "")
        assert (dump(neo4j_driver, neo4j_database), schema(neo4j_driver)) == expected


def test_the_script_is_written_to_a_path(tmp_path) -> None:
    path = tmp_path / "graph.cypher"
    count = write_cypher(build_graph(TRIPLES), DOCUMENTS, TRIPLES, path, batch_size=1)
    text = path.read_text(encoding="utf-8")
    assert count == text.count(";\n\n") == 6 + 10 + 3 + 11 + 10
    assert text.startswith("// kgraph export")


def test_an_interrupted_script_leaves_the_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "graph.cypher"
    path.write_text("// the previous export\n", encoding="utf-8")

    def one_statement_then_fail(*args: object) -> Iterator[str]:
        yield "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE"
        raise KeyboardInterrupt

    monkeypatch.setattr("kgraph.neo4j.script._statements", one_statement_then_fail)
    with pytest.raises(KeyboardInterrupt):
        write_cypher(build_graph(TRIPLES), DOCUMENTS, TRIPLES, path)
    assert path.read_text(encoding="utf-8") == "// the previous export\n"
    assert list(tmp_path.iterdir()) == [path]


def test_a_bad_batch_size_writes_nothing(tmp_path) -> None:
    path, script = tmp_path / "graph.cypher", io.StringIO()
    for output in (path, script):
        with pytest.raises(ValueError, match="^batch_size must be at least 1, not 0$"):
            write_cypher(build_graph(TRIPLES), DOCUMENTS, TRIPLES, output, batch_size=0)
    assert list(tmp_path.iterdir()) == [] and script.getvalue() == ""
