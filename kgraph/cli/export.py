"""``kgraph export graphml|gexf|json`` and ``kgraph view``: the graph as files to open.

networkx, the database and the writers are imported as a command runs, so that the other
commands do not pay for them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..export.view import write_view
from .common import Db, GraphOutput, err, shown, target, wrote

if TYPE_CHECKING:
    import networkx as nx

    from ..export import Target

__all__ = ["export_gexf", "export_graphml", "export_json", "view"]


def export_graphml(db: Db = Path("kgraph.db"), output: GraphOutput = Path("graph.graphml")) -> None:
    """Write the graph as GraphML that Gephi opens (lists joined, numeric weight).

    Example: kgraph export graphml --db kgraph.db -o graph.graphml
    """
    from ..export.graphml import write_graphml

    _export_graph(db, output, write_graphml)


def export_gexf(db: Db = Path("kgraph.db"), output: GraphOutput = Path("graph.gexf")) -> None:
    """Write the graph as dynamic GEXF: in Gephi, the timeline replays relations as reported.

    Example: kgraph export gexf --db kgraph.db -o graph.gexf
    """
    from ..export.gexf import write_gexf

    _export_graph(db, output, write_gexf)


def export_json(db: Db = Path("kgraph.db"), output: GraphOutput = Path("graph.json")) -> None:
    """Write the graph as node-link JSON (networkx.node_link_graph reads it back).

    Example: kgraph export json --db kgraph.db -o graph.json
    """
    from ..export.json import write_json

    _export_graph(db, output, write_json)


def _export_graph(db: Path, output: Path, write: Callable[[nx.MultiDiGraph, Target], None]) -> None:
    from ..graph import load_graph

    graph = load_graph(db)
    write(graph, target(output))
    wrote(output, graph)


def view(
    db: Db = Path("kgraph.db"),
    output: GraphOutput = Path("graph.html"),
    title: Annotated[str, typer.Option(help="The page's title.")] = "kgraph",
    max_actors: Annotated[
        int | None,
        typer.Option(min=1, help="Show only this many actors, those with most relations "
                     "(default: all)."),
    ] = None,
) -> None:
    """Write the graph as one HTML page that opens offline (sigma.js, ForceAtlas2): hover for
    evidence, search by name, filter by category and date.

    Example: kgraph view --db kgraph.db -o graph.html
    """
    from ..graph import load_graph

    page = write_view(load_graph(db), target(output), title=title, max_actors=max_actors)
    of_all = f" (of {page['total']})" if page["shown"] < page["total"] else ""
    err.print(
        f"{shown(output)}: {page['shown']} actors{of_all}, {len(page['edges'])} relations;"
        " open it in a browser",
        highlight=False,
    )
