"""One build at a time on a database: an exclusive lock on a small file beside it.

Two builds writing to one database would each parse the articles the other is parsing, and
neither summary would be right; the data stays consistent either way, since each article and
its triples are one SQLite transaction keyed by content hash. So `kgraph.pipeline.build` holds
`build_lock` and a second build stops at once with `DatabaseBusy`.

The lock is an exclusive transaction on ``<database>.lock``, an empty SQLite file. SQLite takes
the operating system's file lock (``fcntl`` on POSIX, ``LockFileEx`` on Windows), which the
system drops when the process ends however it ends, kill -9 included, so a killed build never
leaves a stale lock. The worker processes spaCy forks for ``n_process`` do not inherit it, so a
worker orphaned by a kill cannot block the next build, and two connections in one process
exclude each other, which a bare ``fcntl`` lock does not. The file stays after the build:
deleting it could let two builds lock two different files of the same name.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from .errors import DatabaseBusy, WriteError

__all__ = ["build_lock"]

_IN_MEMORY = ":memory:"


@contextmanager
def build_lock(database: str | os.PathLike[str]) -> Iterator[None]:
    """Hold the build lock of ``database`` for the block, or raise `DatabaseBusy` at once.

    An in-memory database belongs to one connection and needs no lock.

    >>> import tempfile
    >>> database = os.path.join(tempfile.mkdtemp(), "kgraph.db")
    >>> with build_lock(database):
    ...     with build_lock(database):
    ...         pass
    Traceback (most recent call last):
    kgraph.errors.DatabaseBusy: ...kgraph.db: another kgraph build is writing to it; ...
    """
    name = os.fspath(database)
    if name == _IN_MEMORY:
        yield
        return
    path = f"{name}.lock"
    try:
        lock = sqlite3.connect(path, timeout=0, isolation_level=None)
    except sqlite3.Error as error:
        raise WriteError.because(path, f"cannot create the build lock: {error}") from None
    try:
        try:
            # The journal in memory: the transaction writes nothing, and leaves no file behind.
            lock.execute("PRAGMA journal_mode=MEMORY")
            lock.execute("BEGIN EXCLUSIVE")
        except sqlite3.OperationalError as error:
            if str(error) != "database is locked":
                raise WriteError.because(path, f"cannot take the build lock: {error}") from None
            raise DatabaseBusy(
                f"{name}: another kgraph build is writing to it; wait for that build to "
                "finish, or build into another --db"
            ) from None
        yield
    finally:
        lock.close()
