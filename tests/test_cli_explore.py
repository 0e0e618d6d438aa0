"""Answers at the terminal: ``kgraph stats``, ``kgraph actors`` and ``kgraph show``.

The examples' graph gives the happy paths, checked against what the library says of the same
database; a small hand-made database gives the ambiguous and missing names. The terminal is
200 columns wide, so that names and sentences are not wrapped inside the table cells.
"""

from __future__ import annotations

import re
from pathlib import Path

import click
import networkx as nx
import pytest
import typer
from click.testing import Result
from typer.testing import CliRunner

from kgraph.cli import app
from kgraph.explore import date_range, profile, rank_actors
from kgraph.graph import build_graph
from kgraph.records import Action, Actor, Document, Triple
from kgraph.store import Store

from .conftest import ROOT

README = ROOT / "README.md"

runner = CliRunner()


def kgraph(*args: str | Path) -> Result:
    return runner.invoke(app, [str(arg) for arg in args], env={"COLUMNS": "200"})


def words(text: str) -> str:
    """``text`` without colours and table lines, its line breaks and spaces made single spaces."""
    return " ".join(re.sub("[\u2500-\u257f]", " ", click.unstyle(text)).split())


def graph_of(db: Path) -> nx.MultiDiGraph:
    with Store(db) as store:
        return build_graph(store.triples())


KIM_JONG_UN = Actor("kim-jong-un", "Kim Jong Un", "Kim", "PERSON", "PRK", "GOV")
KIM_YO_JONG = Actor("kim-yo-jong", "Kim Yo Jong", "Kim Yo Jong", "PERSON", "PRK", "GOV")
LAVROV = Actor("sergei-lavrov", "Sergei Lavrov", "Lavrov", "PERSON", "RUS", "GOV")
MEET = Action("met", "meet", "CONSULT", "verbal_cooperation")


@pytest.fixture(scope="module")
def kims_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two Kims and Lavrov, who met both."""
    path = tmp_path_factory.mktemp("kims") / "kgraph.db"
    with Store(path) as store:
        store.add(
            Document("a.txt", "Lavrov met Kim. Lavrov met Kim Yo Jong.", date="2023-10-19"),
            [
                Triple("a.txt", 0, "Lavrov met Kim.", LAVROV, MEET, KIM_JONG_UN, "2023-10-19"),
                Triple("a.txt", 1, "Lavrov met Kim Yo Jong.", LAVROV, MEET, KIM_YO_JONG),
            ],
        )
    return path


# --- help ------------------------------------------------------------------------------------


def _commands(group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command under ``group`` (a click group; typer may bring its own copy of click)."""
    found = []
    for name, command in group.commands.items():
        if hasattr(command, "commands"):
            found.extend(_commands(command, (*prefix, name)))
        else:
            found.append((*prefix, name))
    return found


@pytest.mark.parametrize("command", _commands(typer.main.get_command(app)), ids=" ".join)
def test_every_command_has_help_ending_with_an_example(command: tuple[str, ...]) -> None:
    result = kgraph(*command, "--help")
    assert result.exit_code == 0
    assert f"Example: kgraph {' '.join(command)} " in words(result.stdout)


@pytest.mark.parametrize("command", _commands(typer.main.get_command(app)), ids=" ".join)
def test_every_command_is_in_the_readme(command: tuple[str, ...]) -> None:
    assert f"kgraph {' '.join(command)} " in README.read_text(encoding="utf-8")


# --- stats -----------------------------------------------------------------------------------


def test_stats_says_when_the_relations_were_reported(examples_db: Path) -> None:
    result = kgraph("stats", "--db", examples_db)
    assert result.exit_code == 0, result.stderr
    first, last = date_range(graph_of(examples_db))
    assert result.stdout.splitlines()[1] == f"reported from {first} to {last}"


# --- actors ----------------------------------------------------------------------------------


def test_actors_lists_the_top_actors_by_degree_with_their_ids(examples_db: Path) -> None:
    result = kgraph("actors", "--db", examples_db, "--top", "3")
    assert result.exit_code == 0, result.stderr
    text = words(result.stdout)
    assert text.startswith("Top 3 actors by degree")
    rows = rank_actors(graph_of(examples_db), 3)
    positions = [text.index(f"{row.name} {row.id}") for row in rows]
    assert positions == sorted(positions)


@pytest.mark.parametrize("country", ["RUS", "rus", "Russia", "Russian"])
def test_actors_of_one_country_by_code_or_name(examples_db: Path, country: str) -> None:
    result = kgraph("actors", "--db", examples_db, "--country", country)
    assert result.exit_code == 0, result.stderr
    rows = rank_actors(graph_of(examples_db), 20, country="RUS")
    assert rows and words(result.stdout).startswith(f"Top {len(rows)} RUS actors by degree")
    for row in rows:
        assert f"{row.name} {row.id} RUS" in words(result.stdout)


def test_actors_of_an_unknown_country_is_an_error_asking_for_the_code(examples_db: Path) -> None:
    result = kgraph("actors", "--db", examples_db, "--country", "Narnia")
    assert result.exit_code == 1
    assert words(result.stderr) == (
        'error: no country is called "Narnia"; give its ISO-3166 alpha-3 code, such as PRK or USA'
    )


def test_actors_with_no_match_says_how_to_list_them_all(examples_db: Path) -> None:
    result = kgraph("actors", "--db", examples_db, "--sector", "xyz")
    assert result.exit_code == 1
    assert words(result.stderr) == (
        f"error: no XYZ actors in {examples_db}; "
        f"list them all with: kgraph actors --db {examples_db}"
    )


# --- show ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Andrei Volkov", "andrei volkov", "Volkov", "andrei-volkov"])
def test_show_finds_an_actor_however_the_name_is_typed(examples_db: Path, name: str) -> None:
    result = kgraph("show", name, "--db", examples_db)
    assert result.exit_code == 0, result.stderr
    assert words(result.stdout).startswith("Andrei Volkov id andrei-volkov type PERSON country RUS")


def test_show_lists_relations_out_and_in_and_evidence(examples_db: Path) -> None:
    result = kgraph("show", "Volkov", "--db", examples_db, "--evidence", "2")
    assert result.exit_code == 0, result.stderr
    text = words(result.stdout)
    volkov = profile(graph_of(examples_db), "andrei-volkov")
    assert f"Andrei Volkov did ({len(volkov.outgoing)} relations)" in text
    assert f"done to Andrei Volkov ({len(volkov.incoming)} relations)" in text
    for relation in (*volkov.outgoing, *volkov.incoming):
        assert f"{relation.action} {relation.other_name} {relation.weight}" in text
    assert ", ".join(volkov.aliases) in text
    evidence = text.split(" Evidence ", 1)[1]
    for relation, sentence in volkov.evidence(2):
        arrow = "→" if relation.direction == "out" else "←"
        assert f"{relation.action} {arrow} {relation.other_name}: {words(sentence)}" in evidence
    assert evidence.count(" → ") + evidence.count(" ← ") == 2


def test_show_an_alias_shared_by_no_one_else(kims_db: Path) -> None:
    result = kgraph("show", "kim", "--db", kims_db)
    assert result.exit_code == 0, result.stderr
    text = words(result.stdout)
    assert text.startswith("Kim Jong Un id kim-jong-un type PERSON country PRK sector GOV")
    assert "also called Kim" in text
    assert "done to Kim Jong Un (1 relations)" in text
    assert "CONSULT: meet Sergei Lavrov 1 2023-10-19" in text
    assert "Evidence CONSULT: meet ← Sergei Lavrov: Lavrov met Kim." in text


def test_show_a_name_two_actors_share_is_an_error_naming_both(kims_db: Path) -> None:
    result = kgraph("show", "jong", "--db", kims_db)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert words(result.stderr) == (
        'error: "jong" could be any of 2 actors: Kim Jong Un (kim-jong-un, PRK), '
        "Kim Yo Jong (kim-yo-jong, PRK); give more of the name, or the id"
    )


def test_show_an_unknown_name_suggests_the_closest(kims_db: Path) -> None:
    result = kgraph("show", "Sergey Lavrov", "--db", kims_db)
    assert result.exit_code == 1
    assert words(result.stderr) == (
        'error: no actor is called "Sergey Lavrov"; the closest are: '
        "Sergei Lavrov (sergei-lavrov, RUS)"
    )


def test_actors_of_an_empty_database_says_how_to_fill_it(tmp_path: Path) -> None:
    Store(tmp_path / "empty.db").close()
    result = kgraph("actors", "--db", tmp_path / "empty.db")
    assert result.exit_code == 1
    assert words(result.stderr) == (
        f"error: no actors in {tmp_path / 'empty.db'}; "
        f"add articles with: kgraph build ARTICLES --db {tmp_path / 'empty.db'}"
    )


@pytest.mark.parametrize("command", [["actors"], ["show", "Kim"]], ids=" ".join)
def test_a_missing_database_is_an_error_naming_the_fix(tmp_path: Path, command) -> None:
    missing = tmp_path / "missing.db"
    result = kgraph(*command, "--db", missing)
    assert result.exit_code == 1
    assert words(result.stderr) == (
        f"error: {missing}: no such database; create it with: kgraph build ARTICLES --db {missing}"
    )
