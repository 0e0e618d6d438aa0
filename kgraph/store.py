"""The SQLite store: documents keyed by content hash, triples by stable id.

A document and its triples are written in one transaction, so a build that is killed part-way
(kill -9 included: SQLite's write-ahead log rolls back a transaction that never committed)
leaves every document either fully stored or absent, and building again over the same articles
adds nothing. Other processes may read the database while a build writes it: `open_store`
opens one to read, and never creates or alters a file.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType

from .errors import NoDatabase, WriteError
from .records import Document, Triple

__all__ = ["Store", "open_store"]

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
_TABLES = {"documents", "triples"}


class Store:
    """A kgraph database file.

    >>> with Store(":memory:") as store:
    ...     store.add(Document(id="a", text="Lavrov met Kim."), [])
    ...     store.add(Document(id="a", text="Lavrov met Kim."), [])
    True
    False
    """

    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        """Open the database at ``path``, creating it if missing; `WriteError` if it cannot be.

        With ``create=False`` the file must be a kgraph database already, else `NoDatabase`
        says what it is instead; nothing is created or changed on opening it.
        """
        self.path = str(path)
        if not create:
            self._db = _existing(Path(path))
            return
        if os.path.isdir(self.path):
            raise WriteError(self.path, "is a folder; name a database file, such as kgraph.db")
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
        return self.has_hash(document.hash)

    def has_hash(self, content_hash: str) -> bool:
        """Whether a document whose `Document.hash` is ``content_hash`` is stored already."""
        row = self._db.execute("SELECT 1 FROM documents WHERE hash = ?", (content_hash,))
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


def open_store(path: str | Path) -> Store:
    """The kgraph database at ``path``, to read: `NoDatabase` says how to make one if it is not.

    >>> open_store("missing.db")
    Traceback (most recent call last):
    kgraph.errors.NoDatabase: missing.db: no such database; create it with: kgraph build \
ARTICLES --db missing.db
    """
    return Store(path, create=False)


def _existing(path: Path) -> sqlite3.Connection:
    """A connection to the kgraph database ``path``, opened without creating anything."""
    if not path.exists():
        raise NoDatabase(
            f"{path}: no such database; create it with: kgraph build ARTICLES --db {path}"
        )
    if path.is_dir():
        raise NoDatabase(f"{path}: is a folder; name the database in it, such as {path}/kgraph.db")
    try:
        # mode=rw: a file that vanished since the check is an error, not a new empty database
        db = sqlite3.connect(f"{path.absolute().as_uri()}?mode=rw", uri=True, timeout=30)
    except sqlite3.Error as error:
        raise NoDatabase(f"{path}: cannot open the database: {error}") from None
    try:
        tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master")}
        reason = "it has no kgraph tables"
    except sqlite3.Error as error:
        tables, reason = set(), str(error)
    if _TABLES <= tables:
        return db
    db.close()
    raise NoDatabase(
        f"{path}: not a kgraph database ({reason}); name the --db that kgraph build wrote"
    )
