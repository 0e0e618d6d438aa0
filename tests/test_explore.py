"""The answers of ``kgraph stats``, ``actors`` and ``show``, as the library gives them."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgraph.explore import (
    AmbiguousActor,
    NoActors,
    actor_profile,
    category_counts,
    date_range,
    rank_actors,
    stats,
    top_actors,
)
from kgraph.graph import load_graph
from kgraph.store import Store, open_store


def test_stats_count_what_the_database_and_its_graph_hold(examples_db: Path) -> None:
    held, graph = stats(examples_db, top=3), load_graph(examples_db)
    with open_store(examples_db) as store:
        counts = store.counts()
    assert (held.articles, held.triples) == (counts["documents"], counts["triples"])
    assert (held.actors, held.relations) == (graph.number_of_nodes(), graph.number_of_edges())
    assert (held.first_seen, held.last_seen) == date_range(graph)
    assert held.categories == category_counts(graph)
    assert held.top == rank_actors(graph, 3)


def test_top_actors_of_a_country_given_by_name(examples_db: Path) -> None:
    ranking = top_actors(examples_db, 5, country="Russia")
    assert ranking.kind == "RUS actors"
    assert ranking.rows == rank_actors(load_graph(examples_db), 5, country="RUS")


def test_no_actor_of_a_sector_says_how_to_list_them_all(examples_db: Path) -> None:
    with pytest.raises(NoActors, match=r"^no XYZ actors in .*; list them all with: kgraph actors"):
        top_actors(examples_db, sector="xyz")


def test_an_empty_database_says_how_to_fill_it(tmp_path: Path) -> None:
    Store(tmp_path / "empty.db").close()
    with pytest.raises(NoActors, match=r"^no actors in .*; add articles with: kgraph build"):
        top_actors(tmp_path / "empty.db")


def test_actor_profile_finds_the_actor_by_part_of_its_name(examples_db: Path) -> None:
    assert actor_profile(examples_db, "volkov").actor.id == "andrei-volkov"
    with pytest.raises(AmbiguousActor):
        actor_profile(examples_db, "korea")
