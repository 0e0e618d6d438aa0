"""The analyst in control: ``resolve`` without parsing, ``actors merge|rename|split|set|
history|undo`` as lasting decisions, ``articles`` and ``forget``.

The articles and people are fictional, written for these tests.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kgraph.cli import app
from kgraph.curate import history
from kgraph.graph import load_graph
from kgraph.store import Store

from .imports import imported_by

runner = CliRunner()

ARTICLES = {
    "talks.txt": "Talks in Geneva\n\nForeign Minister Tamsin Arkwright met Oskar Veldhuis in "
    "Geneva on Tuesday.\n",
    "rebuke.txt": "A rebuke\n\nOn Friday, T. Arkwright criticized Veldhuis sharply.\n",
}
LATER = "Oslo visit\n\nT. Arkwright met Lena Maris in Oslo on Monday.\n"
ACTORS = """\
name,aliases,country,sector,type
Tamsin Arkwright,T. Arkwright,GBR,GOV,PERSON
Oskar Veldhuis,Veldhuis,NLD,,PERSON
"""


def kgraph(*argv: object) -> object:
    result = runner.invoke(app, [str(a) for a in argv])
    assert result.exit_code == 0, result.output
    return result


def fails(*argv: object) -> str:
    """The one line of stderr of a command that fails with exit code 1."""
    result = runner.invoke(app, [str(a) for a in argv])
    assert result.exit_code == 1, result.output
    [line] = result.stderr.splitlines()
    return line


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A database built from the two first articles."""
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    path = tmp_path / "kgraph.db"
    kgraph("build", folder, "--db", path, "--quiet")
    return path


def relations(db: Path) -> set[tuple[str, str, str]]:
    return {(u, data["lemma"], v) for u, v, data in load_graph(db).edges(data=True)}


def later_build(db: Path) -> None:
    later = db.parent / "oslo.txt"
    later.write_text(LATER, encoding="utf-8")
    kgraph("build", later, "--db", db, "--quiet")


# --- resolve ----------------------------------------------------------------------------


def test_resolve_with_the_same_lists_gives_the_triples_a_build_gave(examples_db, tmp_path):
    db = tmp_path / "kgraph.db"
    db.write_bytes(examples_db.read_bytes())
    with Store(db) as store:
        before = sorted(t.to_dict()["id"] for t in store.triples())
    result = kgraph("resolve", "--db", db)
    assert result.stderr.strip() == (
        f"11 articles resolved again: {len(before)} triples (were {len(before)})"
    )
    with Store(db) as store:
        assert sorted(t.id for t in store.triples()) == before


def test_resolve_applies_a_new_actor_file_to_the_stored_mentions(db):
    assert relations(db) == {
        ("tamsin-arkwright", "meet", "oskar-veldhuis"), ("t-arkwright", "criticize", "veldhuis")
    }
    actors = db.parent / "actors.csv"
    actors.write_text(ACTORS, encoding="utf-8")
    kgraph("resolve", "--db", db, "--actors", actors)
    graph = load_graph(db)
    assert relations(db) == {
        ("tamsin-arkwright", "meet", "oskar-veldhuis"),
        ("tamsin-arkwright", "criticize", "oskar-veldhuis"),
    }
    assert graph.nodes["tamsin-arkwright"]["country"] == "GBR"
    assert "T. Arkwright" in graph.nodes["tamsin-arkwright"]["aliases"]
    assert graph.nodes["oskar-veldhuis"]["country"] == "NLD"


def test_resolve_parses_nothing(db):
    assert "spacy" not in imported_by(["resolve", "--db", str(db), "--quiet"])


def test_an_article_stored_without_its_reading_keeps_its_triples(db):
    with closing(sqlite3.connect(db)) as connection, connection:
        connection.execute("DROP TABLE readings")  # as a database of an older kgraph
    before = relations(db)
    result = kgraph("resolve", "--db", db)
    assert "2 articles were stored without their readings" in result.stderr
    assert relations(db) == before


# --- actors: decisions ------------------------------------------------------------------


def test_merge_rename_and_set_apply_to_show_actors_and_every_export(db, tmp_path):
    kgraph("actors", "merge", "T. Arkwright", "Tamsin Arkwright", "--db", db)
    kgraph("actors", "merge", "veldhuis", "oskar-veldhuis", "--db", db)
    kgraph("actors", "set", "Oskar Veldhuis", "--country", "Netherlands", "--sector", "gov",
           "--db", db)
    kgraph("actors", "rename", "Tamsin Arkwright", "Tamsin R. Arkwright", "--db", db)
    assert relations(db) == {
        ("tamsin-arkwright", "meet", "oskar-veldhuis"),
        ("tamsin-arkwright", "criticize", "oskar-veldhuis"),
    }
    shown = kgraph("show", "T. Arkwright", "--db", db).stdout
    assert shown.startswith("Tamsin R. Arkwright\n") and "2 relations" in shown
    listed = kgraph("actors", "--db", db, "--country", "NLD").stdout
    assert "Oskar Veldhuis" in listed and "GOV" in listed
    output = tmp_path / "graph.json"
    kgraph("export", "json", "--db", db, "-o", output)
    nodes = {n["id"]: n for n in json.loads(output.read_text(encoding="utf-8"))["nodes"]}
    assert set(nodes) == {"tamsin-arkwright", "oskar-veldhuis"}
    assert nodes["tamsin-arkwright"]["name"] == "Tamsin R. Arkwright"
    assert (nodes["oskar-veldhuis"]["country"], nodes["oskar-veldhuis"]["sector"]) == (
        "NLD", "GOV"
    )


def test_decisions_survive_a_later_build_and_a_resolve(db):
    kgraph("actors", "merge", "T. Arkwright", "Tamsin Arkwright", "--db", db)
    kgraph("actors", "set", "Tamsin Arkwright", "--country", "GBR", "--db", db)
    later_build(db)
    expected = {
        ("tamsin-arkwright", "meet", "oskar-veldhuis"),
        ("tamsin-arkwright", "criticize", "veldhuis"),
        ("tamsin-arkwright", "meet", "lena-maris"),
    }
    assert relations(db) == expected
    kgraph("resolve", "--db", db)
    assert relations(db) == expected
    assert load_graph(db).nodes["tamsin-arkwright"]["country"] == "GBR"


def test_split_makes_the_mentions_of_an_alias_their_own_actor(db):
    kgraph("actors", "merge", "T. Arkwright", "Tamsin Arkwright", "--db", db)
    result = kgraph("actors", "split", "Tamsin Arkwright", "--alias", "t. arkwright", "--db", db)
    assert result.stderr.startswith("decision 2: split T. Arkwright from Tamsin Arkwright")
    assert ("t-arkwright", "criticize", "veldhuis") in relations(db)
    assert load_graph(db).nodes["t-arkwright"]["name"] == "T. Arkwright"


def test_history_lists_the_decisions_and_undo_takes_one_back(db):
    kgraph("actors", "merge", "T. Arkwright", "Tamsin Arkwright", "--db", db)
    kgraph("actors", "rename", "Oskar Veldhuis", "O. Veldhuis", "--db", db)
    undone = kgraph("actors", "undo", "1", "--db", db)
    assert undone.stderr.startswith("undone: decision 1: merge T. Arkwright (t-arkwright) into")
    assert ("t-arkwright", "criticize", "veldhuis") in relations(db)
    assert load_graph(db).nodes["oskar-veldhuis"]["name"] == "O. Veldhuis"
    assert [(d.id, str(d), bool(d.undone)) for d in history(db)] == [
        (1, "merge T. Arkwright (t-arkwright) into Tamsin Arkwright (tamsin-arkwright)", True),
        (2, "rename Oskar Veldhuis (oskar-veldhuis) to O. Veldhuis", False),
    ]
    table = kgraph("actors", "history", "--db", db).stdout
    assert "merge T." in table and "rename Oskar" in table
    assert fails("actors", "undo", "1", "--db", db).startswith("error: no decision 1 in force")


@pytest.mark.parametrize(("argv", "says"), [
    (["merge", "Veldhuis", "veldhuis"], "are one actor already"),
    (["merge", "Nobody Known", "Veldhuis"], 'no actor is called "Nobody Known"'),
    (["split", "Tamsin Arkwright", "--alias", "Tam"], 'is never written "Tam"'),
    (["set", "Veldhuis", "--sector", "WIZ"], "unknown sector 'WIZ'"),
    (["set", "Veldhuis"], "say what to set"),
    (["rename", "Veldhuis", " "], "not an empty one"),
])
def test_a_decision_that_cannot_be_made_is_one_line_and_stores_nothing(db, argv, says):
    assert says in fails("actors", *argv, "--db", db)
    assert "Decisions" in kgraph("actors", "history", "--db", db).stdout
    with Store(db) as store:
        assert store.decisions(undone=True) == []


# --- articles and forget ----------------------------------------------------------------


def test_articles_lists_ids_titles_and_triple_counts(db):
    listed = kgraph("articles", "--db", db).stdout
    assert listed.lstrip().startswith("2 articles")
    assert "Talks in Geneva" in listed and "A rebuke" in listed
    with Store(db) as store:
        # a folder's files are read in the order of their names
        assert [(a.title, a.triples) for a in store.articles()] == [
            ("A rebuke", 1), ("Talks in Geneva", 1)
        ]


def test_forget_removes_articles_their_triples_and_the_actors_left_with_none(db):
    with Store(db) as store:
        talks = next(a.id for a in store.articles() if a.title == "Talks in Geneva")
    result = kgraph("forget", talks, "--db", db)
    assert result.stderr.startswith("1 articles forgotten (1 triples)")
    assert relations(db) == {("t-arkwright", "criticize", "veldhuis")}
    assert "Talks in Geneva" not in kgraph("articles", "--db", db).stdout
    assert "tamsin-arkwright" not in load_graph(db)


def test_forget_of_an_unknown_id_removes_nothing(db):
    with Store(db) as store:
        talks = store.articles()[0].id
    assert "no article no-such-id" in fails("forget", talks, "no-such-id", "--db", db)
    with Store(db) as store:
        assert len(store.articles()) == 2


def test_build_takes_an_actor_file(db, tmp_path):
    actors = tmp_path / "actors.yaml"
    actors.write_text("- name: Tamsin Arkwright\n  aliases: [T. Arkwright]\n  country: GBR\n",
                      encoding="utf-8")
    later = tmp_path / "oslo.txt"
    later.write_text(LATER, encoding="utf-8")
    kgraph("build", later, "--db", db, "--actors", actors, "--quiet")
    assert ("tamsin-arkwright", "meet", "lena-maris") in relations(db)
    assert ("t-arkwright", "criticize", "veldhuis") in relations(db)  # built before the file
    assert load_graph(db).nodes["tamsin-arkwright"]["country"] == "GBR"
