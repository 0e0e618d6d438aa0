"""Write the graph to a live Neo4j 5 (or Aura) over Bolt: the export of ``kgraph export neo4j``.

The model is `kgraph.neo4j.model`'s. `write_neo4j` creates the uniqueness
constraints and indexes first, then writes nodes before relationships in batches of
``UNWIND $rows AS row MERGE ...``, one managed write transaction (``session.execute_write``)
per batch: the driver retries a batch that fails transiently, and a batch that fails for good
is rolled back whole. Every statement names its database. Merging on ids makes the export
idempotent: writing the same graph twice changes nothing, and writing after new articles were
added creates only what is new.

The driver is passed in (`kgraph.neo4j.connection.connect` makes one and checks it); the
errors a user meets become that module's named exceptions, whose one-line messages never
contain the password. APOC is not needed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import neo4j
import networkx as nx

from ..records import Document, Triple
from .connection import check_server, neo4j_errors
from .model import SCHEMA, model_batches, unwind
from .prune import prune_statements

__all__ = ["ExportSummary", "write_neo4j"]

Progress = Callable[[int, int], None]
"""Called after each batch with (rows written so far, rows in all)."""


@dataclass
class ExportSummary:
    """What an export wrote: rows sent per kind, and what the server reports it changed."""

    rows: dict[str, int] = field(default_factory=dict)
    nodes_created: int = 0
    relationships_created: int = 0
    properties_set: int = 0
    constraints_added: int = 0
    indexes_added: int = 0
    nodes_deleted: int = 0
    relationships_deleted: int = 0

    def add(self, counters: neo4j.SummaryCounters) -> None:
        """Add the counters of one statement."""
        self.nodes_created += counters.nodes_created
        self.relationships_created += counters.relationships_created
        self.nodes_deleted += counters.nodes_deleted
        self.relationships_deleted += counters.relationships_deleted
        self.properties_set += counters.properties_set
        self.constraints_added += counters.constraints_added
        self.indexes_added += counters.indexes_added


def _write_batch(tx: neo4j.ManagedTransaction, query: str, rows: list[dict[str, Any]]) -> Any:
    return tx.run(query, rows=rows).consume().counters


def _prune(tx: neo4j.ManagedTransaction, query: str, parameters: dict[str, Any]) -> Any:
    return tx.run(query, parameters).consume().counters


def write_neo4j(
    graph: nx.MultiDiGraph,
    documents: Iterable[Document],
    triples: Iterable[Triple],
    driver: neo4j.Driver,
    *,
    database: str,
    batch_size: int = 5000,
    progress: Progress | None = None,
    prune: bool = False,
) -> ExportSummary:
    """Merge actors, articles, events and relations into ``database``; return what changed.

    ``progress`` is called after each batch with the rows written so far and the rows in all.
    With ``prune``, what ``database`` holds that the export did not write is deleted after
    (`kgraph.neo4j.prune`), so that Neo4j follows articles forgotten and actors merged.
    For example::

        with open_store("kgraph.db") as store, connect(uri, "neo4j", password) as driver:
            summary = write_neo4j(build_graph(store.triples()), store.documents(),
                                  store.triples(), driver, database="neo4j")
        print(summary.relationships_created)
    """
    documents, triples = list(documents), list(triples)
    batches = model_batches(graph, documents, triples)
    pruning = prune_statements(graph, documents, triples) if prune else []
    transactions = [
        (unwind(batch.body), rows) for batch in batches for rows in batch.chunks(batch_size)
    ]
    total = sum(len(batch.rows) for batch in batches)
    summary = ExportSummary(rows={batch.kind: len(batch.rows) for batch in batches})
    done = 0
    check_server(driver)
    with (
        neo4j_errors("the server", database),
        driver.session(database=database) as session,
    ):
        for statement in SCHEMA:
            summary.add(session.run(statement).consume().counters)
        for query, rows in transactions:
            summary.add(session.execute_write(_write_batch, query, rows))
            done += len(rows)
            if progress is not None:
                progress(done, total)
        for query, parameters in pruning:
            summary.add(session.execute_write(_prune, query, parameters))
    return summary
