"""The neo4j-admin import files: their headers, delimiters, command and atomic writes.

That Neo4j's own ``neo4j-admin database import full`` loads them into what the Bolt export
writes is tested on the command line, in ``test_cli_neo4j.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kgraph.errors import WriteError
from kgraph.graph import build_graph
from kgraph.neo4j.admin_csv import write_neo4j_csv
from tests.neo4j_sample import DOCUMENTS, TRIPLES


def test_a_sentence_with_a_semicolon_makes_the_bar_the_array_delimiter(tmp_path: Path) -> None:
    files = write_neo4j_csv(build_graph(TRIPLES), DOCUMENTS, TRIPLES, tmp_path)
    assert files.array_delimiter == "|"
    assert "--array-delimiter='|'" in files.command()


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
    assert command.startswith("neo4j-admin database import full news --overwrite-destination")
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
    monkeypatch.setattr("kgraph.neo4j.admin_csv._field", disk_full)
    with pytest.raises(OSError, match="No space left on device"):
        write_neo4j_csv(build_graph(TRIPLES), DOCUMENTS, TRIPLES, tmp_path)
    for name in names:
        assert (tmp_path / name).read_text(encoding="utf-8") == "the previous export\n"
    assert not [path.name for path in tmp_path.iterdir() if path.name.startswith(".")]


def test_a_folder_that_is_a_file_is_a_write_error(tmp_path: Path) -> None:
    (tmp_path / "out").write_text("not a folder\n", encoding="utf-8")
    with pytest.raises(WriteError, match=r"out: cannot write: File exists$"):
        write_neo4j_csv(build_graph(TRIPLES), DOCUMENTS, TRIPLES, tmp_path / "out")
