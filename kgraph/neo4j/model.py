"""The Neo4j property-graph model of DESIGN.md, as plain rows and the Cypher that merges them.

The Bolt writer (`kgraph.neo4j.bolt`), the Cypher script (`kgraph.neo4j.script`) and the
``neo4j-admin`` import files (`kgraph.neo4j.admin_csv`) all write what this module builds:

- ``(:Actor {id, name, type, country, sector, aliases, mentions})``, one per graph node;
- ``(:Article {id, title, date, url, source})``, one per document;
- ``(:Event {id, sentence, date, lemma, category, negated, modality, confidence,
  attributed_to})``, one per triple, with ``(:Event)-[:REPORTED_IN]->(:Article)``,
  ``(:Event)-[:SUBJECT]->(:Actor)`` and ``(:Event)-[:OBJECT]->(:Actor)``;
- one relationship per graph edge between two actors, its type the edge's PLOVER category
  (``:CONSULT``, ``:ASSAULT``, ...) or ``:RELATED_TO`` when no category fits, keyed by its
  ``lemma`` and carrying the edge's aggregated attributes (``weight``, ``first_seen``,
  ``last_seen``, ``doc_ids``, ``evidence``, ``triple_ids``, ...).

Labels and relationship types come only from fixed tables (here and `kgraph.lexicon.CATEGORIES`,
the 16 PLOVER categories), never from the text;
an edge whose category is not a PLOVER category raises `UnknownCategory`. Properties whose
value is None or an empty list are left out (the import files could not tell an empty list
from none), and lists stay lists (Neo4j stores list properties).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx

from ..errors import KGraphError
from ..lexicon import CATEGORIES
from ..records import Document, Triple

__all__ = [
    "ACTOR_PROPERTIES",
    "ARTICLE_PROPERTIES",
    "EVENT_PROPERTIES",
    "RELATED_TO",
    "RELATION_PROPERTIES",
    "SCHEMA",
    "Batch",
    "UnknownActor",
    "UnknownCategory",
    "actor_rows",
    "article_rows",
    "event_rows",
    "model_batches",
    "relation_rows",
    "relationship_type",
    "unwind",
]

RELATED_TO = "RELATED_TO"
"""The relationship type of an edge whose action fits no PLOVER category."""

ACTOR_PROPERTIES = ("name", "type", "country", "sector", "aliases", "mentions")
ARTICLE_PROPERTIES = ("title", "date", "url", "source")
EVENT_PROPERTIES = (
    "sentence", "date", "lemma", "category", "negated", "modality", "confidence", "attributed_to",
)  # fmt: skip
RELATION_PROPERTIES = (
    "label", "category", "quad", "weight", "first_seen", "last_seen",
    "doc_ids", "evidence", "triple_ids",
)  # fmt: skip
"""The properties of each kind of node and of the aggregated relations, besides their keys."""

SCHEMA = (
    "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE",
    "CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name)",
    "CREATE INDEX actor_country IF NOT EXISTS FOR (n:Actor) ON (n.country)",
    "CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)",
)
"""Uniqueness constraints and indexes, in Neo4j 5 syntax, run before any data."""



def _set(variable: str, names: Iterable[str]) -> str:
    """``SET`` each named property of ``variable`` from the row's own; a missing one to null.

    The names are spelled out: ``SET n += row.props`` could set any property, the one that
    MERGE matches on too, so Neo4j's planner puts an Eager before it that holds every row of
    the batch (``benchmarks/bench_neo4j_export.py`` measured that as a fifth of a batch). The
    rows are flat, keys and properties side by side: a nested map cost another tenth.

    >>> print(_set("n", ("name", "type")))
    SET n.name = row.name,
        n.type = row.type
    """
    return "SET " + ",\n    ".join(f"{variable}.{name} = row.{name}" for name in names)


# Each body follows ``UNWIND <rows> AS row``; the rows are those `model_batches` builds.
_MERGE_ACTORS = f"MERGE (n:Actor {{id: row.id}})\n{_set('n', ACTOR_PROPERTIES)}"
_MERGE_ARTICLES = f"MERGE (n:Article {{id: row.id}})\n{_set('n', ARTICLE_PROPERTIES)}"
# The actors of events are MATCHed, written before them (`event_rows` checks that they are
# the graph's): a MERGE of each would make Neo4j hold the batch in an Eager between the two.
# SET each time, not ON CREATE only: a resolve or a new lexicon changes an event's category
# or attribution under the same id, and Neo4j must follow.
_MERGE_EVENTS = f"""MERGE (e:Event {{id: row.id}})
{_set('e', EVENT_PROPERTIES)}
MERGE (a:Article {{id: row.article}})
WITH e, a, row
MATCH (s:Actor {{id: row.subject}})
MATCH (o:Actor {{id: row.object}})
MERGE (e)-[:REPORTED_IN]->(a)
MERGE (e)-[:SUBJECT]->(s)
MERGE (e)-[:OBJECT]->(o)"""
_MERGE_RELATIONS = f"""MATCH (s:Actor {{id: row.source}})
MATCH (t:Actor {{id: row.target}})
MERGE (s)-[r:%s {{lemma: row.lemma}}]->(t)
{_set('r', RELATION_PROPERTIES)}"""


class UnknownCategory(KGraphError):
    """An edge's category is not one of the 16 PLOVER categories, so it has no relationship type."""


class UnknownActor(KGraphError):
    """A triple names an actor that the graph lacks: the graph was built from other triples."""


@dataclass(frozen=True)
class Batch:
    """Rows of one kind and the Cypher body that merges each of them.

    ``kind`` names what the rows are (``"actors"``, ``"CONSULT"``, ...) for summaries.
    """

    kind: str
    body: str
    rows: list[dict[str, Any]]

    def chunks(self, size: int) -> list[list[dict[str, Any]]]:
        """The rows in order, ``size`` at a time: what one transaction or statement writes.

        >>> Batch("actors", "", [{"id": "a"}, {"id": "b"}, {"id": "c"}]).chunks(2)
        [[{'id': 'a'}, {'id': 'b'}], [{'id': 'c'}]]
        """
        if size < 1:
            raise ValueError(f"batch_size must be at least 1, not {size}")
        return [self.rows[start : start + size] for start in range(0, len(self.rows), size)]


def relationship_type(category: str | None) -> str:
    """The relationship type of an edge's category.

    >>> relationship_type("CONSULT"), relationship_type(None)
    ('CONSULT', 'RELATED_TO')
    """
    if category is None:
        return RELATED_TO
    if category not in CATEGORIES:
        raise UnknownCategory(
            f"{category!r} is not a PLOVER category; expected one of {CATEGORIES}"
        )
    return category


def unwind(body: str, rows: str = "$rows") -> str:
    """The statement that runs ``body`` once per element of the list expression ``rows``.

    >>> print(unwind("MERGE (n:Actor {id: row.id})"))
    UNWIND $rows AS row
    MERGE (n:Actor {id: row.id})
    """
    return f"UNWIND {rows} AS row\n{body}"


def _properties(values: dict[str, Any], names: Iterable[str]) -> dict[str, Any]:
    """The named values that are neither None nor empty lists, tuples as lists.

    Lists are shared with ``values``, not copied: the writers only read them, and a copy of
    each list of every edge was most of the garbage collector's work in a large export.
    """
    props = {}
    for name in names:
        value = values.get(name)
        if isinstance(value, (list, tuple)):
            if value:
                props[name] = value if type(value) is list else list(value)
        elif value is not None:
            props[name] = value
    return props


def actor_rows(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """One row per node: its id and its properties."""
    return [
        {"id": node, **_properties(data, ACTOR_PROPERTIES)}
        for node, data in graph.nodes(data=True)
    ]


def article_rows(documents: Iterable[Document]) -> list[dict[str, Any]]:
    """One row per document; its text stays in the store."""
    return [
        {
            "id": doc.id,
            **_properties(vars(doc), ARTICLE_PROPERTIES),
        }
        for doc in documents
    ]


def event_rows(triples: Iterable[Triple], graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """One row per triple, with the ids of its article and its two actors, nodes of ``graph``."""
    rows = []
    for triple in triples:
        for actor in (triple.subject.id, triple.object.id):
            if actor not in graph:
                raise UnknownActor(
                    f"triple {triple.id} names actor {actor!r}, which the graph does not have;"
                    " build the graph from the same triples"
                )
        action = triple.action
        values = {
            "sentence": triple.sentence,
            "date": triple.date,
            "lemma": action.lemma,
            "category": action.category,
            "negated": action.negated,
            "modality": action.modality,
            "confidence": triple.confidence,
            "attributed_to": triple.attributed_to,
        }
        rows.append(
            {
                "id": triple.id,
                "article": triple.doc_id,
                "subject": triple.subject.id,
                "object": triple.object.id,
                **_properties(values, EVENT_PROPERTIES),
            }
        )
    return rows


def relation_rows(graph: nx.MultiDiGraph) -> dict[str, list[dict[str, Any]]]:
    """The rows of every edge, grouped by relationship type in `CATEGORIES` order."""
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for source, target, data in graph.edges(data=True):
        grouped[relationship_type(data.get("category"))].append(
            {
                "source": source,
                "target": target,
                "lemma": data["lemma"],
                **_properties(data, RELATION_PROPERTIES),
            }
        )
    order = {kind: i for i, kind in enumerate((*CATEGORIES, RELATED_TO))}
    return dict(sorted(grouped.items(), key=lambda item: order[item[0]]))


def model_batches(
    graph: nx.MultiDiGraph,
    documents: Iterable[Document] = (),
    triples: Iterable[Triple] = (),
) -> list[Batch]:
    """Everything to write, nodes before the relationships that need them.

    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("a", name="A", type="PERSON", country=None, aliases=["a"], mentions=1)
    >>> g.add_node("b", name="B", type="PERSON", mentions=1)
    >>> _ = g.add_edge("a", "b", "CONSULT|meet", category="CONSULT", lemma="meet", weight=1)
    >>> [(b.kind, len(b.rows)) for b in model_batches(g)]
    [('actors', 2), ('articles', 0), ('events', 0), ('CONSULT', 1)]
    >>> model_batches(g)[0].rows[0]
    {'id': 'a', 'name': 'A', 'type': 'PERSON', 'aliases': ['a'], 'mentions': 1}
    """
    batches = [
        Batch("actors", _MERGE_ACTORS, actor_rows(graph)),
        Batch("articles", _MERGE_ARTICLES, article_rows(documents)),
        Batch("events", _MERGE_EVENTS, event_rows(triples, graph)),
    ]
    for kind, rows in relation_rows(graph).items():
        # kind is a member of the fixed type list (relationship_type), never text.
        batches.append(Batch(kind, _MERGE_RELATIONS % kind, rows))
    return batches
