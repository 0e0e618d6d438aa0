"""Node-link JSON (networkx's `node_link_data`, edges under ``"edges"``), lists kept as lists.

Read it back with ``networkx.node_link_graph(data, edges="edges")``.
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from . import atomic_output

__all__ = ["write_json"]


def write_json(graph: nx.MultiDiGraph, path: str | Path) -> None:
    """Write ``graph`` as node-link JSON to ``path``, atomically."""
    data = nx.node_link_data(graph, edges="edges")
    with atomic_output(path, "w") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
