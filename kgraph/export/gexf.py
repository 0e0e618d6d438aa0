"""GEXF 1.2 (https://gexf.net/schema.html) with time, so Gephi's timeline replays relations forming.

The attributes are those of the GraphML export (`kgraph.export.graphml.gephi_safe`: lists
joined with ``"; "``, None left out, ``weight`` numeric); GEXF would otherwise read a list as
time spells. On top, each edge has one spell per date on which one of its events was reported
(``start`` = ``end`` = that day) and each actor the spells of its relations, so a timeline
window shows the relations reported within it. Dates are ISO strings, so the file's
``timeformat`` is ``date``. An edge with an undated event, and an actor with such an edge,
have no spells: Gephi shows them at all times rather than never. No edge attribute is called
``type``, which GEXF keeps for directed/undirected. Not supported: attribute values that change
over time (the weight of an edge as its events accumulate).
"""

from __future__ import annotations

from collections import defaultdict

import networkx as nx

from . import Target, open_output
from .graphml import edge_id, gephi_safe

__all__ = ["dynamic_graph", "write_gexf"]

Spells = list[tuple[str, str]]


def _spells(dates: set[str | None]) -> Spells | None:
    """One day-long spell per date; None (always shown) if any event is undated."""
    if not dates or None in dates:
        return None
    return [(day, day) for day in sorted(d for d in dates if d is not None)]


def dynamic_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A Gephi-safe copy of ``graph`` whose edges and nodes carry ``spells`` of event dates.

    The dates of each edge's events (its ``dates``, as `kgraph.graph.build_graph` keeps them)
    give the spells.

    >>> from kgraph.graph import build_graph
    >>> from kgraph.records import Action, Actor, Triple
    >>> a = Actor(id="sergei-lavrov", name="Sergei Lavrov", text="Lavrov", type="PERSON")
    >>> b = Actor(id="kim-jong-un", name="Kim Jong Un", text="Kim", type="PERSON")
    >>> meet = Action("met", "meet", "CONSULT")
    >>> triples = [Triple("d1", 0, "Lavrov met Kim.", a, meet, b, date="2023-10-19"),
    ...            Triple("d2", 0, "Lavrov met Kim again.", a, meet, b, date="2024-06-19")]
    >>> g = dynamic_graph(build_graph(triples))
    >>> [spells for _, _, spells in g.edges(data="spells")]
    [[('2023-10-19', '2023-10-19'), ('2024-06-19', '2024-06-19')]]
    >>> g.nodes["kim-jong-un"]["spells"] == g.nodes["sergei-lavrov"]["spells"]
    True
    """
    dynamic = gephi_safe(graph)
    node_dates: dict[str, set[str | None]] = defaultdict(set)
    for u, v, key, events in graph.edges(keys=True, data="dates", default=()):
        dates = set(events)
        node_dates[u] |= dates
        node_dates[v] |= dates
        unique = edge_id(u, v, key)
        edge = dynamic.edges[u, v, unique]
        # else networkx numbers the edges, and an edge's id changes when another is added
        edge["id"] = unique
        spells = _spells(dates)
        if spells:
            edge["spells"] = spells
    for node, dates in node_dates.items():
        spells = _spells(dates)
        if spells:
            dynamic.nodes[node]["spells"] = spells
    return dynamic


def write_gexf(graph: nx.MultiDiGraph, path: Target) -> None:
    """Write ``graph`` as dynamic GEXF to a path (replaced atomically) or a binary file.

    `networkx.read_gexf` reads it back, spells included.
    """
    dynamic = dynamic_graph(graph)
    with open_output(path, binary=True) as handle:
        nx.write_gexf(dynamic, handle)
