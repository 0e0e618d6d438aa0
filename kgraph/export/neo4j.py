"""Write the graph to a live Neo4j 5 (or Aura, or any Bolt server that answers as Neo4j 5).

The model is `kgraph.export.property_graph`'s. `write_neo4j` creates the uniqueness
constraints and indexes first, then writes nodes before relationships in batches of
``UNWIND $rows AS row MERGE ...``, one managed write transaction (``session.execute_write``)
per batch: the driver retries a batch that fails transiently, and a batch that fails for good
is rolled back whole. Every statement names its database. Merging on ids makes the export
idempotent: writing the same graph twice changes nothing, and writing after new articles were
added creates only what is new.

The driver is passed in (`connect` makes one and checks it); the errors a user meets become
the named exceptions below, whose one-line messages never contain the password.
APOC is not needed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import neo4j
import networkx as nx
from neo4j.exceptions import (
    AuthError,
    ClientError,
    DriverError,
    Neo4jError,
    ServiceUnavailable,
)

from ..errors import KGraphError
from ..records import Document, Triple
from .property_graph import SCHEMA, model_batches, unwind

__all__ = [
    "AuthenticationFailed",
    "DatabaseNotFound",
    "ExportSummary",
    "Neo4jExportError",
    "ServerUnavailable",
    "UnsupportedServer",
    "check_server",
    "connect",
    "neo4j_errors",
    "write_neo4j",
]

_MIN_BOLT_VERSION = (5, 0)
_DATABASE_NOT_FOUND = "Neo.ClientError.Database.DatabaseNotFound"

Progress = Callable[[int, int], None]
"""Called after each batch with (rows written so far, rows in all)."""


class Neo4jExportError(KGraphError):
    """Writing to Neo4j failed; the message says why in one line."""


class ServerUnavailable(Neo4jExportError):
    """No Bolt server answers at the URI: check NEO4J_URI and that the server is running."""


class AuthenticationFailed(Neo4jExportError):
    """The server refused the username or password: check NEO4J_USERNAME and NEO4J_PASSWORD."""


class DatabaseNotFound(Neo4jExportError):
    """The server has no database of that name: check NEO4J_DATABASE or create it."""


class UnsupportedServer(Neo4jExportError):
    """The server does not speak Bolt 5, so it is not Neo4j 5 compatible."""


@dataclass
class ExportSummary:
    """What an export wrote: rows sent per kind, and what the server reports it changed."""

    rows: dict[str, int] = field(default_factory=dict)
    nodes_created: int = 0
    relationships_created: int = 0
    properties_set: int = 0
    constraints_added: int = 0
    indexes_added: int = 0

    def add(self, counters: neo4j.SummaryCounters) -> None:
        """Add the counters of one statement."""
        self.nodes_created += counters.nodes_created
        self.relationships_created += counters.relationships_created
        self.properties_set += counters.properties_set
        self.constraints_added += counters.constraints_added
        self.indexes_added += counters.indexes_added


def _redacted(uri: str) -> str:
    """The URI without any user or password in it.

    >>> _redacted("neo4j+s://neo4j:secret@example.com:7687")
    'neo4j+s://example.com:7687'
    """
    parts = urlsplit(uri)
    host = parts.netloc.rpartition("@")[2]
    return parts._replace(netloc=host).geturl()


@contextmanager
def neo4j_errors(where: str, database: str | None = None) -> Iterator[None]:
    """Turn the driver errors a user can act on into kgraph's named exceptions.

    ``where`` says which server (never with a password), ``database`` which database was named.
    """
    try:
        yield
    except AuthError:
        raise AuthenticationFailed(
            f"Neo4j at {where} refused the login: check NEO4J_USERNAME and NEO4J_PASSWORD"
        ) from None
    except ServiceUnavailable as error:
        raise ServerUnavailable(
            f"cannot reach Neo4j at {where}: {_reason(error).rstrip(':')};"
            " check NEO4J_URI and that the server is running"
        ) from None
    except ClientError as error:
        if error.code == _DATABASE_NOT_FOUND:
            raise DatabaseNotFound(
                f"Neo4j at {where} has no database {database!r}: check NEO4J_DATABASE"
            ) from None
        raise Neo4jExportError(f"Neo4j at {where} rejected a statement: {error.message}") from None
    except (Neo4jError, DriverError) as error:
        raise Neo4jExportError(f"Neo4j at {where} failed: {_reason(error)}") from None


def _reason(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


def check_server(driver: neo4j.Driver, where: str = "the server") -> str:
    """Log in, check that the server speaks Bolt 5 or later, and return its agent string."""
    with neo4j_errors(where):
        driver.verify_connectivity()
        info = driver.get_server_info()
    if tuple(info.protocol_version) < _MIN_BOLT_VERSION:
        version = ".".join(map(str, info.protocol_version))
        raise UnsupportedServer(
            f"{info.agent} at {where} speaks Bolt {version}; kgraph needs Neo4j 5 or later"
        )
    return info.agent


def connect(uri: str, username: str, password: str) -> neo4j.Driver:
    """A driver for ``uri`` that has logged in and found a Neo4j 5 compatible server.

    Every URI scheme the driver takes works (``neo4j://``, ``neo4j+s://``, ``bolt://``, ...);
    close the driver when done, e.g. ``with connect(uri, "neo4j", password) as driver: ...``.
    """
    where = _redacted(uri)
    try:
        driver = neo4j.GraphDatabase.driver(uri, auth=(username, password))
    except (ValueError, DriverError) as error:
        reason = _reason(error).replace(uri, where)  # the driver quotes the URI whole
        raise ServerUnavailable(f"cannot use Neo4j URI {where}: {reason}") from None
    try:
        check_server(driver, where)
    except Neo4jExportError:
        driver.close()
        raise
    return driver


def _write_batch(tx: neo4j.ManagedTransaction, query: str, rows: list[dict[str, Any]]) -> Any:
    return tx.run(query, rows=rows).consume().counters


def write_neo4j(
    graph: nx.MultiDiGraph,
    documents: Iterable[Document],
    triples: Iterable[Triple],
    driver: neo4j.Driver,
    *,
    database: str,
    batch_size: int = 1000,
    progress: Progress | None = None,
) -> ExportSummary:
    """Merge actors, articles, events and relations into ``database``; return what changed.

    ``progress`` is called after each batch with the rows written so far and the rows in all.
    For example::

        with Store("kgraph.db") as store, connect(uri, "neo4j", password) as driver:
            summary = write_neo4j(build_graph(store.triples()), store.documents(),
                                  store.triples(), driver, database="neo4j")
        print(summary.relationships_created)
    """
    batches = model_batches(graph, documents, triples)
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
    return summary
