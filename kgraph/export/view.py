"""One self-contained HTML page to look at the graph: it opens offline, in any browser.

The page holds the graph as JSON, and draws it with sigma.js (WebGL) laid out by graphology's
ForceAtlas2, the layout Gephi uses. The libraries come from npm bundled into the package
(``data/graph-libraries.min.js``, their licences in ``graph-libraries.LICENSE.txt``; ``js/``
rebuilds them) and are inlined in the page, so nothing is fetched. ``data/view.js`` is kgraph's
own part: actors coloured by country or sector and sized by degree, relations coloured by quad
class, the evidence sentences on hover, search by name or alias, and filters by PLOVER category
and by date. A relation is shown when one of its events falls in the chosen dates; undated
relations have a switch of their own. Drag to pan, scroll to zoom. Once drawn, the page writes
what it shows into ``<body data-drawn data-nodes data-edges data-first-draw-ms>`` for tests and
scripts to read.

Text from articles reaches the page only as JSON data and is shown with ``textContent``, so no
sentence can inject markup. Every actor is drawn unless ``max_actors`` keeps fewer (those with
most relations); tens of thousands of actors and relations open in a few seconds.
"""

from __future__ import annotations

import html
import json
import re
from importlib import resources
from typing import TYPE_CHECKING, Any

from . import Target, open_output

if TYPE_CHECKING:  # networkx and explore are imported when a page is written, not with the CLI
    import networkx as nx

__all__ = ["view_data", "write_view"]

_PLACEHOLDER = re.compile(r"\{\{(title|data|libraries|script)\}\}")


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath("data", name).read_text("utf-8")


def view_data(graph: nx.MultiDiGraph, max_actors: int | None = None) -> dict[str, Any]:
    """What the page draws: actors, relations with the dates of their events, and totals.

    Relations refer to actors by their position in ``nodes``; ``shown`` and ``total`` say how
    many actors were kept out of how many.

    >>> from kgraph.graph import build_graph
    >>> from kgraph.records import Action, Actor, Triple
    >>> a = Actor("sergei-lavrov", "Sergei Lavrov", "Lavrov", "PERSON", "RUS", "GOV")
    >>> b = Actor("kim-jong-un", "Kim Jong Un", "Kim", "PERSON", "PRK", "GOV")
    >>> triples = [Triple("d", 0, "Lavrov met Kim.", a, Action("met", "meet", "CONSULT",
    ...                   "verbal_cooperation"), b, date="2023-10-19")]
    >>> data = view_data(build_graph(triples))
    >>> [node["name"] for node in data["nodes"]]
    ['Kim Jong Un', 'Sergei Lavrov']
    >>> data["edges"]
    [{'source': 1, 'target': 0, 'label': 'CONSULT: meet', 'category': 'CONSULT', \
'quad': 'verbal_cooperation', 'weight': 1, 'dates': ['2023-10-19'], 'undated': 0, \
'evidence': ['Lavrov met Kim.']}]
    """
    from ..explore import rank_actors

    rows = rank_actors(graph, max_actors)
    index = {row.id: position for position, row in enumerate(rows)}
    nodes = [
        {
            "id": row.id,
            "name": row.name,
            "type": graph.nodes[row.id]["type"],
            "country": row.country,
            "sector": row.sector,
            "aliases": graph.nodes[row.id].get("aliases", []),
            "degree": row.degree,
        }
        for row in rows
    ]
    edges = []
    for u, v, data in graph.edges(data=True):
        if u in index and v in index:
            dates = data.get("dates", [])
            edges.append(
                {
                    "source": index[u],
                    "target": index[v],
                    "label": data["label"],
                    "category": data["category"],
                    "quad": data["quad"],
                    "weight": data["weight"],
                    "dates": sorted({d for d in dates if d}),
                    "undated": sum(d is None for d in dates),
                    "evidence": data["evidence"],
                }
            )
    return {
        "nodes": nodes,
        "edges": edges,
        "shown": len(nodes),
        "total": graph.number_of_nodes(),
    }


def _script_json(data: dict[str, Any]) -> str:
    """JSON that is safe inside a <script> element: no "<" can close it or open a comment."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def write_view(
    graph: nx.MultiDiGraph,
    path: Target,
    *,
    title: str = "kgraph",
    max_actors: int | None = None,
) -> dict[str, Any]:
    """Write the page for ``graph`` to a path (replaced atomically) or an open file; return
    what it shows.

    The dates of each edge's events (``dates``) drive the date filter.

    >>> import io, networkx as nx
    >>> page = io.BytesIO()
    >>> write_view(nx.MultiDiGraph(), page, title="No news")["shown"]
    0
    >>> b"<title>No news</title>" in page.getvalue()
    True
    """
    data = view_data(graph, max_actors)
    values = {
        "title": html.escape(title),
        "data": _script_json(data),
        "libraries": _asset("graph-libraries.min.js"),
        "script": _asset("view.js"),
    }
    # one pass over the template, so that text in the values is never taken for a placeholder
    page = _PLACEHOLDER.sub(lambda match: values[match[1]], _asset("view.html"))
    with open_output(path, binary=False) as handle:
        handle.write(page)
    return data
