"""The article kgraph was started from: its graph must come out right."""

from __future__ import annotations

import re

import networkx as nx
import pytest

from kgraph import build_graph, extract_documents, read_documents

from .conftest import SEED

pytestmark = pytest.mark.skipif(not SEED.exists(), reason=f"{SEED} is not beside the checkout")


@pytest.fixture(scope="module")
def graph(nlp) -> nx.MultiDiGraph:
    triples = [t for _, ts in extract_documents(read_documents([SEED]), nlp) for t in ts]
    return build_graph(triples)


def _node(graph: nx.MultiDiGraph, name: str) -> str:
    matches = [n for n, data in graph.nodes(data=True) if data["name"] == name]
    assert len(matches) == 1, f"{name}: {matches}"
    return matches[0]


@pytest.mark.parametrize("name", ["Sergei Lavrov", "Kim Jong Un", "Choe Son Hui"])
def test_one_node_per_person(graph, name):
    _node(graph, name)


@pytest.mark.parametrize("alias", ["Lavrov", "Kim", "Choe"])
def test_no_node_for_a_bare_alias(graph, alias):
    assert alias not in {data["name"] for _, data in graph.nodes(data=True)}


def test_lavrov_met_kim(graph):
    edges = graph.get_edge_data(_node(graph, "Sergei Lavrov"), _node(graph, "Kim Jong Un"))
    assert any(data["lemma"] == "meet" and data["category"] == "CONSULT" for data in edges.values())


def test_lavrov_to_choe(graph):
    assert graph.has_edge(_node(graph, "Sergei Lavrov"), _node(graph, "Choe Son Hui"))


def test_munitions_transfer_from_north_korea_to_russia(graph):
    edges = graph.get_edge_data(_node(graph, "North Korea"), _node(graph, "Russia")) or {}
    assert any(data["lemma"] == "transfer" for data in edges.values())


def test_countries_of_the_people(graph):
    countries = {data["name"]: data["country"] for _, data in graph.nodes(data=True)}
    assert countries["Sergei Lavrov"] == "RUS"
    assert countries["Kim Jong Un"] == "PRK"
    assert countries["Choe Son Hui"] == "PRK"


def test_no_node_is_a_date_duration_or_number(graph):
    time_words = re.compile(
        r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|hour|day|year|month"
        r"|january|february|march|april|may|june|july|august|september|october|november"
        r"|december)s?\b|\d",
        re.IGNORECASE,
    )
    for _, data in graph.nodes(data=True):
        assert not time_words.search(data["name"]), data["name"]
