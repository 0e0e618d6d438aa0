"""Merge triples into one networkx `MultiDiGraph`: a node per actor, an edge per relation.

Nodes are keyed by actor id and carry ``label``, ``name``, ``type``, ``country``, ``sector``,
``aliases`` and ``mentions``. Edges are keyed ``"CATEGORY|lemma"`` (an empty category where
none fits; a negated action has the lemma ``"not meet"``, so denials never swell the count of
the act) and carry ``label``, ``category``, ``quad``, ``lemma``, ``weight`` (supporting
triples), ``first_seen``, ``last_seen``, ``doc_ids``, ``evidence`` (a few sentences),
``triple_ids`` and ``dates``: the date of each supporting triple (None where undated), in the
order of ``triple_ids``. So the graph stands alone: the GEXF timeline and the view's date filter
read the dates of an edge's events from the edge. Values of the fixed sets
(`kgraph.records.Code`) are stored as plain strings, which every writer (GraphML, GEXF, JSON,
the Neo4j driver) takes as it is.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

import networkx as nx

from .names import PRONOUNS
from .records import Actor, Code, Triple
from .store import open_store

__all__ = ["MAX_EVIDENCE", "build_graph", "edge_lemma", "load_graph"]

MAX_EVIDENCE = 3


def edge_lemma(triple: Triple) -> str:
    """The lemma an edge is keyed by: negated actions are kept apart from the act."""
    return (
        f"not {triple.action.lemma}" if triple.action.negated else triple.action.lemma
    )


def build_graph(triples: Iterable[Triple]) -> nx.MultiDiGraph:
    """Build the actor graph from triples.

    >>> from kgraph.records import Action
    >>> a = Actor(id="sergei-lavrov", name="Sergei Lavrov", text="Lavrov", type="PERSON")
    >>> b = Actor(id="kim-jong-un", name="Kim Jong Un", text="Kim", type="PERSON")
    >>> t = Triple("doc", 0, "Lavrov met Kim.", a, Action("met", "meet", "CONSULT"), b)
    >>> g = build_graph([t, t])
    >>> g.edges["sergei-lavrov", "kim-jong-un", "CONSULT|meet"]["weight"]
    2
    >>> later = Triple("doc2", 0, "Lavrov met Kim.", a, Action("met", "meet", "CONSULT"), b,
    ...                date="2024-01-22")
    >>> build_graph([t, later]).edges["sergei-lavrov", "kim-jong-un", "CONSULT|meet"]["dates"]
    [None, '2024-01-22']
    """
    graph = nx.MultiDiGraph()
    for triple in triples:
        _add_actor(graph, triple.subject)
        _add_actor(graph, triple.object)
        _add_relation(graph, triple)
    return graph


def load_graph(db: str | os.PathLike[str]) -> nx.MultiDiGraph:
    """The graph of the kgraph database ``db``, which must exist (`kgraph.store.open_store`).

    For example, ``load_graph("kgraph.db").number_of_nodes()`` counts its actors.
    """
    with open_store(db) as store:
        return build_graph(store.triples())


def _plain(value: str | None) -> str | None:
    """A member of a fixed set as the plain string it stands for."""
    return value.value if isinstance(value, Code) else value


def _add_actor(graph: nx.MultiDiGraph, actor: Actor) -> None:
    if actor.id not in graph:
        graph.add_node(
            actor.id,
            label=actor.name,
            name=actor.name,
            type=_plain(actor.type),
            country=actor.country,
            sector=_plain(actor.sector),
            aliases=[],
            mentions=0,
        )
    node = graph.nodes[actor.id]
    node["mentions"] += 1
    # The first article may not know the country or sector that a later one states.
    for attr in ("country", "sector"):
        if node[attr] is None:
            node[attr] = _plain(getattr(actor, attr))
    # a pronoun or a description ("the two ministers") is how one sentence referred to the
    # actor, not a name for it
    alias = (
        actor.text != actor.name
        and actor.text.lower() not in PRONOUNS
        and not actor.text.islower()
    )
    if alias and actor.text not in node["aliases"]:
        node["aliases"] = sorted([*node["aliases"], actor.text])


def _add_relation(graph: nx.MultiDiGraph, triple: Triple) -> None:
    action = triple.action
    lemma = edge_lemma(triple)
    key = f"{action.category or ''}|{lemma}"
    u, v = triple.subject.id, triple.object.id
    if not graph.has_edge(u, v, key):
        graph.add_edge(
            u,
            v,
            key,
            label=f"{action.category}: {lemma}" if action.category else lemma,
            category=_plain(action.category),
            quad=_plain(action.quad),
            lemma=lemma,
            weight=0,
            first_seen=None,
            last_seen=None,
            doc_ids=[],
            evidence=[],
            triple_ids=[],
            dates=[],
        )
    edge = graph.edges[u, v, key]
    edge["weight"] += 1
    if triple.date:
        edge["first_seen"] = min(filter(None, (edge["first_seen"], triple.date)))
        edge["last_seen"] = max(filter(None, (edge["last_seen"], triple.date)))
    if triple.doc_id not in edge["doc_ids"]:
        edge["doc_ids"].append(triple.doc_id)
    if len(edge["evidence"]) < MAX_EVIDENCE and triple.sentence not in edge["evidence"]:
        edge["evidence"].append(triple.sentence)
    edge["triple_ids"].append(triple.id)
    edge["dates"].append(triple.date)
