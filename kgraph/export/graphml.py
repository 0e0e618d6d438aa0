"""GraphML for Gephi and anything else that reads http://graphml.graphdrawing.org/.

Gephi takes scalar attribute values only, so lists (``aliases``, ``doc_ids``, ``evidence``)
are joined with ``"; "`` and None values are left out; ``weight`` stays numeric. The dates of
an edge's events (``dates``) are left out too: ``first_seen`` and ``last_seen`` give their
span, and the GEXF export turns them into Gephi's time spells. Keys are
written with their attribute names as ids (``named_key_ids``), because Gephi reads a key
with id ``d3`` as the node label and ``d7`` as the edge label, so networkx's default
``d0, d1, ...`` ids could hijack them. Edge ids are ``source->target:key``, unique in the
file as Gephi needs. `networkx.read_graphml` reads the file back with the
same nodes, edges and (joined) attributes.
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from . import Target, open_output

__all__ = ["LIST_SEPARATOR", "edge_id", "gephi_safe", "write_graphml"]

LIST_SEPARATOR = "; "
_SCALARS = (str, int, float, bool)
_TIME = frozenset({"dates"})  # an edge's events' dates: spells in GEXF, not an attribute


def _scalar_attributes(attributes: dict[str, Any], where: str) -> dict[str, Any]:
    safe = {}
    for key, value in attributes.items():
        if value is None:
            continue
        if isinstance(value, list | tuple | set):
            value = LIST_SEPARATOR.join(str(v) for v in value)
        if not isinstance(value, _SCALARS):
            raise TypeError(f"{where} attribute {key!r} has unsupported type {type(value)}")
        if isinstance(value, str):
            # XML readers turn \r into \n; doing it here makes every writer read back the same
            value = value.replace("\r\n", "\n").replace("\r", "\n")
        safe[key] = value
    return safe


def edge_id(u: str, v: str, key: str) -> str:
    """The id of an edge in a Gephi file, unique in the whole file as Gephi needs.

    >>> edge_id("sergei-lavrov", "kim-jong-un", "CONSULT|meet")
    'sergei-lavrov->kim-jong-un:CONSULT|meet'
    """
    return f"{u}->{v}:{key}"


def gephi_safe(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``graph`` with scalar attribute values only: lists joined, None left out.

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("a", aliases=["A", "Ay"], country=None)
    >>> gephi_safe(g).nodes["a"]
    {'aliases': 'A; Ay'}
    """
    safe = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        safe.add_node(node, **_scalar_attributes(data, f"node {node!r}"))
    for u, v, key, data in graph.edges(keys=True, data=True):
        # the key becomes the GraphML edge id
        static = {name: value for name, value in data.items() if name not in _TIME}
        safe.add_edge(u, v, edge_id(u, v, key), **_scalar_attributes(static, f"edge {u!r}->{v!r}"))
    return safe


def write_graphml(graph: nx.MultiDiGraph, path: Target) -> None:
    """Write ``graph`` as Gephi-safe GraphML to a path (replaced atomically) or a binary file.

    >>> import io
    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("sergei-lavrov", "kim-jong-un", "CONSULT|meet", weight=2)
    'CONSULT|meet'
    >>> out = io.BytesIO()
    >>> write_graphml(g, out)
    >>> out.seek(0)
    0
    >>> list(nx.read_graphml(out, force_multigraph=True).edges(keys=True, data="weight"))
    [('sergei-lavrov', 'kim-jong-un', 'sergei-lavrov->kim-jong-un:CONSULT|meet', 2)]
    """
    with open_output(path, binary=True) as handle:
        nx.write_graphml(gephi_safe(graph), handle, named_key_ids=True)
