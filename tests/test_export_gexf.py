"""GEXF for Gephi's timeline: read back with networkx, spells and all.

Static attributes are those of `gephi_safe` (as in GraphML); edges carry one day-long spell per
date of their events and actors the spells of their relations, so a timeline window shows the
relations reported in it.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from kgraph.cli import app
from kgraph.export.gexf import write_gexf
from kgraph.export.graphml import gephi_safe
from kgraph.graph import build_graph
from kgraph.records import Action, Actor, Document, Triple
from kgraph.store import Store

GEXF = "{http://www.gexf.net/1.2draft}"

LAVROV = Actor("sergei-lavrov", "Sergei Lavrov", "Lavrov", "PERSON", "RUS", "GOV")
KIM = Actor("kim-jong-un", "Kim Jong Un", "Kim", "PERSON", "PRK", "GOV")
CHOE = Actor("choe-son-hui", "Choe Son Hui", "Choe", "PERSON", "PRK", "GOV")
MOON = Actor("moon-jae-in", "Moon Jae-in", "Moon", "PERSON")

MEET = Action("met", "meet", "CONSULT", "verbal_cooperation")
TOUR = Action("toured", "tour")

TRIPLES = [
    Triple("a.txt", 0, "Lavrov met Kim.", LAVROV, MEET, KIM, date="2023-10-19"),
    Triple("b.txt", 0, "Lavrov met Kim again.", LAVROV, MEET, KIM, date="2024-01-16"),
    Triple("b.txt", 1, "They met once more.", LAVROV, MEET, KIM, date="2024-01-16"),
    Triple("b.txt", 2, "Lavrov met Choe.", LAVROV, MEET, CHOE, date="2024-01-16"),
    Triple("b.txt", 3, "Lavrov toured a farm with Kim.", LAVROV, TOUR, KIM, date="2024-01-16"),
    Triple("c.txt", 0, "Kim toured Seoul with Moon.", KIM, TOUR, MOON),
]


@pytest.fixture
def graph() -> nx.MultiDiGraph:
    return build_graph(TRIPLES)


@pytest.fixture
def read(graph: nx.MultiDiGraph, tmp_path: Path) -> nx.MultiDiGraph:
    """The graph written as GEXF and read back by networkx."""
    path = tmp_path / "graph.gexf"
    write_gexf(graph, path)
    return nx.read_gexf(path)


def spells(data: dict) -> list[tuple[str, str]] | None:
    return data.get("spells")


def edge(read: nx.MultiDiGraph, u: str, v: str, key: str) -> dict:
    return read.edges[u, v, f"{u}->{v}:{key}"]


def test_every_node_and_edge_reads_back(graph, read):
    assert read.is_directed() and read.is_multigraph()
    assert sorted(read.nodes) == sorted(graph.nodes)
    assert sorted(read.edges(keys=True)) == sorted(gephi_safe(graph).edges(keys=True))


def test_an_edge_has_one_spell_per_day_its_events_were_reported(read):
    assert spells(edge(read, "sergei-lavrov", "kim-jong-un", "CONSULT|meet")) == [
        ("2023-10-19", "2023-10-19"),
        ("2024-01-16", "2024-01-16"),
    ]
    assert spells(edge(read, "sergei-lavrov", "kim-jong-un", "|tour")) == [
        ("2024-01-16", "2024-01-16")
    ]


def test_an_actor_has_the_spells_of_its_relations(read):
    assert spells(read.nodes["sergei-lavrov"]) == [
        ("2023-10-19", "2023-10-19"),
        ("2024-01-16", "2024-01-16"),
    ]
    assert spells(read.nodes["choe-son-hui"]) == [("2024-01-16", "2024-01-16")]


def test_undated_relations_and_their_actors_have_no_spells_so_gephi_always_shows_them(read):
    assert spells(edge(read, "kim-jong-un", "moon-jae-in", "|tour")) is None
    assert spells(read.nodes["moon-jae-in"]) is None
    # Kim met Lavrov on dated days, but his undated tour must not vanish with him
    assert spells(read.nodes["kim-jong-un"]) is None


def test_the_static_attributes_are_those_of_graphml(graph, read):
    expected = gephi_safe(graph)
    for u, v, key, data in expected.edges(keys=True, data=True):
        back = read.edges[u, v, key]
        assert {k: back[k] for k in data} == {**data, "weight": float(data["weight"])}
    for node, data in expected.nodes(data=True):
        assert {k: read.nodes[node][k] for k in data} == data


def test_the_file_is_dynamic_with_dates_and_no_edge_attribute_called_type(graph, tmp_path):
    path = tmp_path / "graph.gexf"
    write_gexf(graph, path)
    element = ET.parse(path).getroot().find(f"{GEXF}graph")
    assert (element.get("mode"), element.get("timeformat")) == ("dynamic", "date")
    edge_attributes = element.find(f"{GEXF}attributes[@class='edge']")
    titles = {attribute.get("title") for attribute in edge_attributes}
    assert "type" not in titles
    assert all(edge.get("type") is None for edge in element.iter(f"{GEXF}edge"))


def test_export_gexf_writes_the_database_graph(tmp_path):
    db = tmp_path / "kgraph.db"
    with Store(db) as store:
        for doc_id in ("a.txt", "b.txt", "c.txt"):
            triples = [t for t in TRIPLES if t.doc_id == doc_id]
            store.add(Document(doc_id, f"text of {doc_id}"), triples)
    output = tmp_path / "graph.gexf"
    result = CliRunner().invoke(app, ["export", "gexf", "--db", str(db), "-o", str(output)])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == f"{output}: 4 actors, 4 relations\n"
    assert nx.read_gexf(output).number_of_edges() == 4
