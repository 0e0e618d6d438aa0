"""The SQLite store: documents keyed by content hash, triples by stable id, each document's
reading (what `kgraph resolve` resolves again), and the analyst's decisions about actors,
which `Store.triples` applies to every triple it reads (`kgraph.decisions`).

A document, its triples and its reading are written in one transaction, so a build that is
killed part-way (kill -9 included: SQLite's write-ahead log rolls back a transaction that never
committed) leaves every document either fully stored or absent, and building again over the
same articles adds nothing. Other processes may read the database while a build writes it:
`open_store` opens one to read, and never creates or alters a file.
"""

from __future__ import annotations

import json
import os
import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from types import TracebackType

from .decisions import Decision, apply_decisions
from .errors import NoDatabase, WriteError
from .records import Document, Reading, Triple

__all__ = ["Article", "Store", "open_store"]

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
CREATE TABLE IF NOT EXISTS readings (
    doc_hash TEXT PRIMARY KEY REFERENCES documents(hash),
    record BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS decisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    made TEXT NOT NULL,
    record TEXT NOT NULL,
    undone TEXT
);
"""
# what a database needs to be kgraph's; those of newer versions are added when it is written
_TABLES = {"documents", "triples"}


@dataclass(frozen=True)
class Article:
    """A stored article as ``kgraph articles`` lists it: its id, what is known of it, and
    how many triples it gave."""

    id: str
    title: str | None
    date: str | None
    source: str | None
    triples: int


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

    def upgrade(self) -> Store:
        """Add the tables a database written by an older kgraph lacks (readings, decisions),
        before a command that writes them; returns the store."""
        try:
            self._db.executescript(_SCHEMA)
        except sqlite3.Error as error:
            raise WriteError.because(self.path, f"cannot write the database: {error}") from None
        return self

    def _has_table(self, name: str) -> bool:
        row = self._db.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,))
        return row.fetchone() is not None

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

    def add(
        self, document: Document, triples: Iterable[Triple], reading: Reading | None = None
    ) -> bool:
        """Store a document, its triples and the reading they were resolved from (for
        `kgraph.resolve.stored`) in one transaction.

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
            self._insert_triples(document.hash, triples)
            if reading is not None:
                self._db.execute(
                    "INSERT OR REPLACE INTO readings (doc_hash, record) VALUES (?, ?)",
                    (document.hash, _packed(reading)),
                )
        return True

    def _insert_triples(self, doc_hash: str, triples: Iterable[Triple]) -> None:
        self._db.executemany(
            "INSERT OR IGNORE INTO triples (id, doc_hash, record) VALUES (?, ?, ?)",
            ((t.id, doc_hash, json.dumps(t.to_dict())) for t in triples),
        )

    def readings(self) -> Iterator[tuple[Document, Reading | None]]:
        """Every stored document with its stored reading (None for a document stored by a
        kgraph that kept none), in the order they were added."""
        rows = self._db.execute(
            "SELECT d.id, d.text, d.title, d.date, d.source, d.url, r.record FROM documents d "
            "LEFT JOIN readings r ON r.doc_hash = d.hash ORDER BY d.rowid"
        )
        for id_, text, title, date, source, url, record in rows:
            document = Document(id=id_, text=text, title=title, date=date, source=source, url=url)
            yield document, _unpacked(record) if record else None

    def replace_triples(self, resolved: Iterable[tuple[Document, list[Triple]]]) -> int:
        """Put each document's new triples in place of its stored ones, all in one
        transaction; returns how many triples are stored now."""
        with self._db:
            for document, triples in resolved:
                self._db.execute("DELETE FROM triples WHERE doc_hash = ?", (document.hash,))
                self._insert_triples(document.hash, triples)
        return self.counts()["triples"]

    def documents(self) -> Iterator[Document]:
        """Every stored document, in the order they were added."""
        rows = self._db.execute(
            "SELECT id, text, title, date, source, url FROM documents ORDER BY rowid"
        )
        for id_, text, title, date, source, url in rows:
            yield Document(id=id_, text=text, title=title, date=date, source=source, url=url)

    def triples(self, *, decided: bool = True) -> Iterator[Triple]:
        """Every stored triple, grouped by document in the order they were added, with the
        analyst's decisions applied to their actors (unless not ``decided``)."""
        rows = self._db.execute("SELECT record FROM triples ORDER BY rowid")
        stored = (Triple.from_dict(json.loads(record)) for (record,) in rows)
        return apply_decisions(stored, self.decisions() if decided else [])

    def decide(self, decision: Decision) -> Decision:
        """Store a decision, made now; returns it with its id and date."""
        made = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self.upgrade()._db:
            cursor = self._db.execute(
                "INSERT INTO decisions (made, record) VALUES (?, ?)",
                (made, json.dumps(decision.to_dict())),
            )
        return replace(decision, id=cursor.lastrowid, made=made)

    def decisions(self, *, undone: bool = False) -> list[Decision]:
        """The decisions in force, in the order they were made; with ``undone``, all."""
        if not self._has_table("decisions"):
            return []
        rows = self._db.execute(
            "SELECT id, made, record, undone FROM decisions"
            + ("" if undone else " WHERE undone IS NULL") + " ORDER BY id"
        )
        return [Decision.from_row(id_, made, json.loads(record), was_undone)
                for id_, made, record, was_undone in rows]

    def undo(self, decision_id: int) -> Decision | None:
        """Undo the decision in force of that id; None if there is none."""
        found = [d for d in self.decisions() if d.id == decision_id]
        if not found:
            return None
        undone = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self._db:
            self._db.execute("UPDATE decisions SET undone = ? WHERE id = ?", (undone, decision_id))
        return replace(found[0], undone=undone)

    def articles(self) -> list[Article]:
        """Every stored article with its triple count, in the order they were added."""
        rows = self._db.execute(
            "SELECT d.id, d.title, d.date, d.source, COUNT(t.id) FROM documents d "
            "LEFT JOIN triples t ON t.doc_hash = d.hash GROUP BY d.hash ORDER BY d.rowid"
        )
        return [Article(*row) for row in rows]

    def forget(self, ids: Iterable[str]) -> tuple[int, int]:
        """Remove the articles of these ids with their triples and readings, in one
        transaction; returns how many articles and triples went."""
        ids = list(ids)
        marks = ", ".join("?" * len(ids))
        hashes = f"SELECT hash FROM documents WHERE id IN ({marks})"
        with self.upgrade()._db:
            triples = self._db.execute(
                f"DELETE FROM triples WHERE doc_hash IN ({hashes})", ids).rowcount
            self._db.execute(f"DELETE FROM readings WHERE doc_hash IN ({hashes})", ids)
            articles = self._db.execute(f"DELETE FROM documents WHERE id IN ({marks})", ids)
        return articles.rowcount, triples

    def counts(self) -> dict[str, int]:
        """How many documents and triples are stored."""
        return {
            table: self._db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in ("documents", "triples")
        }


def _packed(reading: Reading) -> bytes:
    """A reading as the store keeps it: compact JSON, compressed, since a reading repeats its
    sentences and the names of its mentions (about a fifth of the JSON's size)."""
    return zlib.compress(json.dumps(reading.to_dict(), separators=(",", ":")).encode(), 6)


def _unpacked(record: bytes) -> Reading:
    return Reading.from_dict(json.loads(zlib.decompress(record)))


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
