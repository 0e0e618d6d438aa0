"""Node-link JSON (networkx's `node_link_data`, edges under ``"edges"``), lists kept as lists.

Read it back with ``networkx.node_link_graph(data, edges="edges")``.
"""

from __future__ import annotations

import json

import networkx as nx

from . import Target, open_output

__all__ = ["write_json"]


def write_json(graph: nx.MultiDiGraph, path: Target) -> None:
    """Write ``graph`` as node-link JSON to a path (replaced atomically) or an open file.

    >>> import io
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("kim-jong-un", aliases=["Kim"])
    >>> out = io.StringIO()
    >>> write_json(g, out)
    >>> json.loads(out.getvalue())["nodes"]
    [{'aliases': ['Kim'], 'id': 'kim-jong-un'}]
    """
    data = nx.node_link_data(graph, edges="edges")
    with open_output(path, binary=False) as handle:
        json.dump(data, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
