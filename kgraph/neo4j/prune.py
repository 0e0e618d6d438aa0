"""What ``kgraph export neo4j --prune`` removes: what Neo4j holds that the database no longer has.

After articles are forgotten, re-resolved or their actors merged, the Neo4j database still
holds the actors, articles, events and relations of before, since an export only merges.
`prune_statements` gives the Cypher that deletes every ``Actor``, ``Article`` and ``Event``
node whose id the export did not write, and every relation between actors, of each type of
the fixed list, whose (source, lemma, target) it did not write. Neo4j then holds exactly the
database's graph: a Neo4j database that holds other graphs besides should not be pruned.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx

from ..lexicon import CATEGORIES
from ..records import Document, Triple
from .model import RELATED_TO, relationship_type

__all__ = ["prune_statements"]

_NODES = "MATCH (n:{label}) WHERE NOT n.id IN $ids DETACH DELETE n"
# the type is a member of the fixed list, never text
_RELATIONS = (
    "MATCH (s:Actor)-[r:{kind}]->(t:Actor) "
    "WHERE NOT s.id + '|' + r.lemma + '|' + t.id IN $keys DELETE r"
)


def prune_statements(
    graph: nx.MultiDiGraph, documents: Iterable[Document], triples: Iterable[Triple]
) -> list[tuple[str, dict[str, Any]]]:
    """Each statement that prunes, with its parameters: relations first, then the nodes.

    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> _ = g.add_edge("a", "b", "CONSULT|meet", category="CONSULT", lemma="meet")
    >>> statements = prune_statements(g, [], [])
    >>> [params for query, params in statements if "CONSULT" in query]
    [{'keys': ['a|meet|b']}]
    >>> statements[-1]
    ('MATCH (n:Event) WHERE NOT n.id IN $ids DETACH DELETE n', {'ids': []})
    """
    keys: dict[str, list[str]] = {kind: [] for kind in (*CATEGORIES, RELATED_TO)}
    for source, target, data in graph.edges(data=True):
        keys[relationship_type(data.get("category"))].append(
            f"{source}|{data['lemma']}|{target}"
        )
    statements = [(_RELATIONS.format(kind=kind), {"keys": k}) for kind, k in keys.items()]
    ids = {
        "Actor": list(graph.nodes),
        "Article": [document.id for document in documents],
        "Event": [triple.id for triple in triples],
    }
    return statements + [(_NODES.format(label=label), {"ids": i}) for label, i in ids.items()]
