"""The neo4j-admin import files hold what the Bolt export writes, read the way the tool reads them.

neo4j-admin is not installable here, so `read_import_files` below reads the headers as its
documentation describes, and the result is compared with what the Bolt export wrote.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import neo4j
import pytest

from kgraph.errors import WriteError
from kgraph.export.neo4j import write_neo4j
from kgraph.export.neo4j_csv import write_neo4j_csv
from kgraph.graph import build_graph
from tests.neo4j_sample import DOCUMENTS, TRIPLES
from tests.test_export_neo4j import dump

_PARSERS = {
    "int": int,
    "float": float,
    "boolean": lambda text: text == "true",
    "string": str,
}


def _parse(header: str, text: str, delimiter: str) -> tuple[str, Any]:
    name, _, kind = header.partition(":")
    kind = kind or "string"
    if kind.endswith("[]"):
        parse = _PARSERS[kind[:-2]]
        return name, [parse(item) for item in text.split(delimiter)] if text else []
    return name, _PARSERS[kind](text)


def read_import_files(files, delimiter: str) -> tuple[list[Any], list[Any]]:
    """Nodes and relationships as `dump` lists them, built from the import files."""
    nodes, relationships, ids = [], [], {}
    for path in files.nodes:
        with Path(path).open(encoding="utf-8", newline="") as file:
            header, *lines = csv.reader(file)
        for line in lines:
            props = dict(
                _parse(h.replace(h[h.index(":ID") :], ""), t, delimiter)
                if ":ID" in h
                else _parse(h, t, delimiter)
                for h, t in zip(header, line, strict=True)
                if h != ":LABEL" and t != ""
            )
            label = line[header.index(":LABEL")]
            ids[(label, props["id"])] = props["id"]
            nodes.append(([label], sorted(props.items())))
    for path in files.relationships:
        with Path(path).open(encoding="utf-8", newline="") as file:
            header, *lines = csv.reader(file)
        for line in lines:
            start, end, rel_type, *rest = line
            props = dict(
                _parse(h, t, delimiter) for h, t in zip(header[3:], rest, strict=True) if t != ""
            )
            relationships.append((start, rel_type, end, sorted(props.items())))
    return sorted(nodes), sorted(relationships)


def test_import_files_hold_the_bolt_model(
    neo4j_driver: neo4j.Driver, neo4j_database: str, tmp_path: Path
) -> None:
    graph = build_graph(TRIPLES)
    write_neo4j(graph, DOCUMENTS, TRIPLES, neo4j_driver, database=neo4j_database)
    files = write_neo4j_csv(graph, DOCUMENTS, TRIPLES, tmp_path)
    # A sentence holds ";", so the elements of array columns are joined by "|".
    assert files.array_delimiter == "|"
    assert read_import_files(files, "|") == dump(neo4j_driver, neo4j_database)


def test_headers(tmp_path: Path) -> None:
    files = write_neo4j_csv(build_graph(TRIPLES), DOCUMENTS, TRIPLES, tmp_path)
    headers = {
        path.name: path.read_text(encoding="utf-8").splitlines()[0]
        for path in files.nodes + files.relationships
    }
    assert headers == {
        "actors.csv": "id:ID(Actor),:LABEL,name,type,country,sector,aliases:string[],mentions:int",
        "articles.csv": "id:ID(Article),:LABEL,title,date,url,source",
        "events.csv": "id:ID(Event),:LABEL,sentence,date,lemma,category,negated:boolean,modality,"
        "confidence:float,attributed_to",
        "relations.csv": ":START_ID(Actor),:END_ID(Actor),:TYPE,lemma,label,category,quad,"
        "weight:int,first_seen,last_seen,doc_ids:string[],evidence:string[],triple_ids:string[]",
        "event_actors.csv": ":START_ID(Event),:END_ID(Actor),:TYPE",
        "event_articles.csv": ":START_ID(Event),:END_ID(Article),:TYPE",
    }


def test_semicolon_is_the_delimiter_when_no_value_holds_one(tmp_path: Path) -> None:
    triples = [t for t in TRIPLES if ";" not in t.sentence]
    files = write_neo4j_csv(build_graph(triples), DOCUMENTS, triples, tmp_path)
    assert files.array_delimiter == ";"
    assert "--array-delimiter=';'" in files.command()


def test_the_command_names_every_file_and_the_database(tmp_path: Path) -> None:
    out = tmp_path / "my export"
    files = write_neo4j_csv(build_graph(TRIPLES), DOCUMENTS, TRIPLES, out)
    command = files.command("news")
    assert command.startswith("neo4j-admin database import full --overwrite-destination")
    assert command.endswith(" news")
    for path in files.nodes:
        assert f"--nodes='{path}'" in command
    for path in files.relationships:
        assert f"--relationships='{path}'" in command
    assert files.schema.read_text(encoding="utf-8").count(";\n") == 6


def test_an_interrupted_export_leaves_the_previous_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = ["actors.csv", "articles.csv", "events.csv", "relations.csv"]
    for name in names:
        (tmp_path / name).write_text("the previous export\n", encoding="utf-8")

    def disk_full(*args: object) -> str:
        raise OSError(28, "No space left on device")

    # Every node and relation field goes through _field: the first file fails on its first row.
    monkeypatch.setattr("kgraph.export.neo4j_csv._field", disk_full)
    with pytest.raises(OSError, match="No space left on device"):
        write_neo4j_csv(build_graph(TRIPLES), DOCUMENTS, TRIPLES, tmp_path)
    for name in names:
        assert (tmp_path / name).read_text(encoding="utf-8") == "the previous export\n"
    assert not [path.name for path in tmp_path.iterdir() if path.name.startswith(".")]


def test_a_folder_that_is_a_file_is_a_write_error(tmp_path: Path) -> None:
    (tmp_path / "out").write_text("not a folder\n", encoding="utf-8")
    with pytest.raises(WriteError, match=r"out: cannot write: File exists$"):
        write_neo4j_csv(build_graph(TRIPLES), DOCUMENTS, TRIPLES, tmp_path / "out")
