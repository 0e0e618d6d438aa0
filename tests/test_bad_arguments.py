"""Every command, given bad arguments, says what is wrong in a line or two and never a traceback.

A folder or a file that is not a kgraph database as ``--db``, an ``-o`` that is a folder or
cannot be written, a missing input, a bad option value, an unreachable Neo4j: each ends the
command with exit code 1 (the library's named errors, `OSError`, SQLite and driver errors) or
2 (what typer rejects while parsing), and at most two lines on stderr. The table runs through
typer's `CliRunner`; a few cases run the installed entry point too, where typer would print
its tracebacks.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import click
import pytest
import typer
from click.testing import Result
from typer.testing import CliRunner

from kgraph.cli import app

from .conftest import ROOT

runner = CliRunner()

READERS = [["stats"], ["actors"], ["show", "Kim"], ["view"], ["articles"], ["resolve"]] + [
    ["actors", "history"], ["actors", "rename", "Kim", "Kim Tal"], ["forget", "any-id"]
] + [
    ["export", format] for format in ("graphml", "gexf", "json", "cypher", "csv")
]
WRITERS = [["export", f] for f in ("graphml", "gexf", "json", "cypher")] + [["view"]]
NEO4J = ["export", "neo4j", "--db", "kgraph.db"]
UNREACHABLE = "bolt://127.0.0.1:9"  # the discard port: nothing speaks Bolt there


def command_names(group: click.Group, prefix: tuple[str, ...] = ()) -> set[tuple[str, ...]]:
    names = set()
    for name, command in group.commands.items():
        if hasattr(command, "commands"):
            names |= command_names(command, (*prefix, name))
        else:
            names.add((*prefix, name))
    return names


def cases() -> list[tuple[str, list[str], int]]:
    """(what is wrong, the command line, the exit code), every command at least once."""
    found = []
    for command in READERS:
        name = " ".join(command)
        found += [
            (f"{name}: --db is a folder", [*command, "--db", "folder"], 1),
            (f"{name}: --db is not SQLite", [*command, "--db", "notes.txt"], 1),
            (f"{name}: --db is another program's", [*command, "--db", "other.db"], 1),
            (f"{name}: --db is missing", [*command, "--db", "missing.db"], 1),
        ]
    for command in WRITERS:
        name = " ".join(command)
        found += [
            (f"{name}: -o is a folder", [*command, "--db", "kgraph.db", "-o", "folder"], 1),
            (f"{name}: -o is in a file", [*command, "--db", "kgraph.db", "-o", "notes.txt/x"], 1),
            (f"{name}: -o in a missing folder", [*command, "--db", "kgraph.db", "-o", "a/b/x"], 1),
        ]
    for command in (["extract", "talks.txt"], ["build", "talks.txt", "--db", "kgraph.db"]):
        name, options = command[0], command[2:]
        found += [
            (f"{name}: a missing input", [name, "missing.txt", "--quiet", *options], 1),
            (f"{name}: no input", [name, *options], 2),
            (f"{name}: --workers 0", [*command, "--workers", "0"], 2),
            (f"{name}: --batch-size abc", [*command, "--batch-size", "abc"], 2),
            (f"{name}: a model not installed", [*command, "--model", "xx_no_such_model"], 1),
            (f"{name}: an unknown option", [*command, "--wrokers", "2"], 2),
        ]
    found += [
        ("extract: -o is a folder", ["extract", "talks.txt", "-o", "folder"], 1),
        ("extract: -o is in a file", ["extract", "talks.txt", "-o", "notes.txt/x.jsonl"], 1),
        ("build: --db is a folder", ["build", "talks.txt", "--db", "folder"], 1),
        ("build: --db is not SQLite", ["build", "talks.txt", "--db", "notes.txt"], 1),
        ("build: --db in a file", ["build", "talks.txt", "--db", "notes.txt/kgraph.db"], 1),
        ("stats: --top abc", ["stats", "--db", "kgraph.db", "--top", "abc"], 2),
        ("actors: --top 0", ["actors", "--db", "kgraph.db", "--top", "0"], 2),
        ("actors: an unknown country", ["actors", "--db", "kgraph.db", "--country", "Narnia"], 1),
        ("actors: --sector without a value", ["actors", "--db", "kgraph.db", "--sector"], 2),
        ("actors merge: nobody of that name", ["actors", "merge", "Nobody", "Kim",
                                                "--db", "kgraph.db"], 1),
        ("actors merge: no second name", ["actors", "merge", "Kim", "--db", "kgraph.db"], 2),
        ("actors split: no --alias", ["actors", "split", "Kim", "--db", "kgraph.db"], 2),
        ("actors set: nothing to set", ["actors", "set", "Kim", "--db", "kgraph.db"], 1),
        ("actors undo: not a number", ["actors", "undo", "one", "--db", "kgraph.db"], 2),
        ("actors undo: no such decision", ["actors", "undo", "7", "--db", "kgraph.db"], 1),
        ("forget: no id", ["forget", "--db", "kgraph.db"], 2),
        ("forget: an unknown id", ["forget", "no-such-article", "--db", "kgraph.db"], 1),
        ("extract: a missing actor file", ["extract", "talks.txt", "--actors", "missing.csv"], 2),
        ("extract: no actor file", ["extract", "talks.txt", "--actors", "notes.txt"], 1),
        ("resolve: no actor file", ["resolve", "--db", "kgraph.db", "--actors", "notes.txt"], 1),
        ("show: no name", ["show", "--db", "kgraph.db"], 2),
        ("show: nobody of that name", ["show", "Nobody", "--db", "kgraph.db"], 1),
        ("show: --evidence -1", ["show", "Kim", "--db", "kgraph.db", "--evidence", "-1"], 2),
        ("view: --max-actors 0", ["view", "--db", "kgraph.db", "--max-actors", "0"], 2),
        ("export csv: -o is a file", ["export", "csv", "--db", "kgraph.db", "-o", "notes.txt"], 1),
        ("export neo4j: no server", [*NEO4J, "--uri", UNREACHABLE], 1),
        ("export neo4j: not a Bolt URI", [*NEO4J, "--uri", "x://"], 1),
        ("export neo4j: --batch-size 0", [*NEO4J, "--batch-size", "0"], 2),
        ("query: no server", ["query", "who_met_whom", "--uri", UNREACHABLE], 1),
        ("query: an unknown query", ["query", "who_is_who"], 1),
        ("query: --param without =", ["query", "who_met_whom", "--param", "limit"], 1),
        ("an unknown command", ["exprot"], 2),
        ("an unknown option", ["--verbose"], 2),
        ("export without a format", ["export"], 2),
        ("export: an unknown format", ["export", "dot"], 2),
    ]  # fmt: skip
    return found


CASES = cases()


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, examples_db: Path) -> Path:
    """A working folder with an article, a database, a folder, a text file, another's database."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEO4J_PASSWORD", "not-the-password")
    Path("talks.txt").write_text("Lavrov met Kim in Pyongyang.\n", encoding="utf-8")
    Path("kgraph.db").write_bytes(examples_db.read_bytes())
    Path("folder").mkdir()
    Path("notes.txt").write_text("Lavrov met Kim.\n", encoding="utf-8")
    with closing(sqlite3.connect("other.db")) as other:
        other.execute("CREATE TABLE notes (text TEXT)")
        other.commit()
    return tmp_path


def stderr_lines(result: Result) -> list[str]:
    return [line for line in click.unstyle(result.stderr).splitlines() if line.strip()]


def test_the_table_runs_every_command() -> None:
    commands = command_names(typer.main.get_command(app))
    run = {name for name in commands for _, line, _ in CASES if tuple(line[: len(name)]) == name}
    assert commands - run == set()


@pytest.mark.parametrize(("what", "line", "code"), CASES, ids=[case[0] for case in CASES])
def test_a_bad_argument_is_a_line_or_two_and_an_exit_code(
    folder: Path, what: str, line: list[str], code: int
) -> None:
    result = runner.invoke(app, line)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    assert "Traceback" not in result.stderr + result.stdout
    assert 1 <= len(stderr_lines(result)) <= 2, result.stderr
    assert stderr_lines(result)[-1].startswith("error: "), result.stderr
    assert result.exit_code == code, result.stderr


@pytest.mark.parametrize(
    "line",
    [
        ["stats", "--db", "folder"],
        ["export", "graphml", "--db", "kgraph.db", "-o", "folder"],
        ["stats", "--top", "abc"],
    ],
    ids=" ".join,
)
def test_the_installed_command_prints_no_traceback_either(folder: Path, line: list[str]) -> None:
    run = subprocess.run(
        [sys.executable, "-c", "from kgraph.cli import app; app()", *line],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert "Traceback" not in run.stderr
    assert len(run.stderr.splitlines()) == 1, run.stderr
    assert run.returncode in (1, 2)
