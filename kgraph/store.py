"""The SQLite store: documents keyed by content hash, triples by stable id.

A document and its triples are written in one transaction, so a build that is killed part-way
(kill -9 included: SQLite's write-ahead log rolls back a transaction that never committed)
leaves every document either fully stored or absent, and building again over the same articles
adds nothing. Other processes may read the database while a build writes it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType

from .errors import WriteError
from .records import Document, Triple

__all__ = ["Store"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    hash TEXT PRIMARY KEY,
    id TEXT NOT NULL,
    title TEXT,
    date TEXT,
    source TEXT,
    url TEXT,
    text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS triples (
    id TEXT PRIMARY KEY,
    doc_hash TEXT NOT NULL REFERENCES documents(hash),
    record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS triples_doc ON triples(doc_hash);
"""


class Store:
    """A kgraph database file.

    >>> with Store(":memory:") as store:
    ...     store.add(Document(id="a", text="Lavrov met Kim."), [])
    ...     store.add(Document(id="a", text="Lavrov met Kim."), [])
    True
    False
    """

    def __init__(self, path: str | Path) -> None:
        """Open the database at ``path``, creating it if missing; `WriteError` if it cannot be."""
        self.path = str(path)
        try:
            self._db = sqlite3.connect(self.path, timeout=30)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.executescript(_SCHEMA)
        except sqlite3.Error as error:
            raise WriteError.because(self.path, f"cannot open the database: {error}") from None

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the database connection."""
        self._db.close()

    def has(self, document: Document) -> bool:
        """Whether a document with the same content is stored already."""
        row = self._db.execute("SELECT 1 FROM documents WHERE hash = ?", (document.hash,))
        return row.fetchone() is not None

    def add(self, document: Document, triples: Iterable[Triple]) -> bool:
        """Store a document and its triples in one transaction.

        Returns False, and writes nothing, when the same content is stored already.
        """
        with self._db:
            cursor = self._db.execute(
                "INSERT OR IGNORE INTO documents (hash, id, title, date, source, url, text)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    document.hash,
                    document.id,
                    document.title,
                    document.date,
                    document.source,
                    document.url,
                    document.text,
                ),
            )
            if cursor.rowcount == 0:
                return False
            self._db.executemany(
                "INSERT OR IGNORE INTO triples (id, doc_hash, record) VALUES (?, ?, ?)",
                ((t.id, document.hash, json.dumps(t.to_dict())) for t in triples),
            )
        return True

    def documents(self) -> Iterator[Document]:
        """Every stored document, in the order they were added."""
        rows = self._db.execute(
            "SELECT id, text, title, date, source, url FROM documents ORDER BY rowid"
        )
        for id_, text, title, date, source, url in rows:
            yield Document(id=id_, text=text, title=title, date=date, source=source, url=url)

    def triples(self) -> Iterator[Triple]:
        """Every stored triple, grouped by document in the order they were added."""
        rows = self._db.execute("SELECT record FROM triples ORDER BY rowid")
        for (record,) in rows:
            yield Triple.from_dict(json.loads(record))

    def counts(self) -> dict[str, int]:
        """How many documents and triples are stored."""
        return {
            table: self._db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in ("documents", "triples")
        }
