"""The launcher's contract (DESIGN.md, "Services and how they start"), which the fixture and
the benchmark rely on: the Bolt URI first, a temporary folder removed at the end of stdin, and
one line on stderr when it cannot start."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import neo4j

from tests.neo4j_server import SERVE


def test_serve_prints_bolt_first_and_removes_its_folder_when_stdin_closes(tmp_path: Path) -> None:
    environ = {**os.environ, "NEO4J_PASSWORD": "x", "TMPDIR": str(tmp_path)}
    with subprocess.Popen(
        [SERVE], env=environ, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as serve:
        assert serve.stdout is not None and serve.stdin is not None
        uri = serve.stdout.readline().strip()
        assert uri.startswith("bolt://127.0.0.1:")
        [folder] = tmp_path.glob("kgraph-neo4j-*")
        with neo4j.GraphDatabase.driver(uri, auth=("neo4j", "x")) as driver:
            records, _, _ = driver.execute_query("RETURN 1 AS one", database_="neo4j")
        assert records[0]["one"] == 1
        serve.stdin.close()
        assert serve.wait(timeout=60) == 0
    assert not folder.exists()


def test_serve_without_a_password_is_one_line() -> None:
    environ = {key: value for key, value in os.environ.items() if key != "NEO4J_PASSWORD"}
    result = subprocess.run(
        [SERVE], env=environ, stdin=subprocess.DEVNULL, capture_output=True, text=True
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == (
        "tests/neo4j/serve: set NEO4J_PASSWORD to the password the server should have\n"
    )
