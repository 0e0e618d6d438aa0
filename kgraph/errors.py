"""kgraph's named exceptions: each message says what went wrong and how to fix it."""

from __future__ import annotations

import os


class KGraphError(Exception):
    """Base class of every error kgraph raises on purpose."""


class ModelNotFound(KGraphError):
    """No English spaCy pipeline is installed."""


class ReadError(KGraphError):
    """An input file, or one line of it, could not be read; the message names the file and line.

    ``kind`` says why in a word or two, for a summary that counts problems by cause: ``not
    found``, ``unknown type``, ``unreadable`` (no permission, an I/O error), ``binary``, ``not
    UTF-8``, ``empty``, ``malformed`` (a bad JSON line or CSV row), ``no text`` (a record or
    file without article text) or ``too long`` (longer than spaCy takes).

    >>> error = ReadError("feed.jsonl", "invalid JSON: Expecting value at column 1", 3,
    ...                   kind="malformed")
    >>> str(error), error.kind
    ('feed.jsonl:3: invalid JSON: Expecting value at column 1', 'malformed')
    """

    def __init__(
        self, path: str, reason: str, line: int | None = None, *, kind: str = "unreadable"
    ) -> None:
        self.path = path
        self.line = line
        self.reason = reason
        self.kind = kind
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")

    def __reduce__(self) -> tuple[type[ReadError], tuple[str, str, int | None], dict[str, str]]:
        """Pickled whole, so that a cluster's worker can send one back (`kgraph.distributed`).

        >>> import pickle
        >>> error = pickle.loads(pickle.dumps(ReadError("a.txt", "empty file", kind="empty")))
        >>> str(error), error.kind
        ('a.txt: empty file', 'empty')
        """
        return ReadError, (self.path, self.reason, self.line), {"kind": self.kind}


class WriteError(KGraphError):
    """A file kgraph was asked to write (an export, the database) cannot be made there."""

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        self.path = os.fspath(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")

    @classmethod
    def because(cls, path: str | os.PathLike[str], cause: str) -> WriteError:
        """``cause`` as the reason, unless the folder ``path`` goes in is missing, or a file.

        >>> print(WriteError.because("no-such-folder/graph.json", "cannot write: No such file"))
        no-such-folder/graph.json: the folder no-such-folder does not exist; create it first
        >>> print(WriteError.because("graph.json", "cannot write: Permission denied"))
        graph.json: cannot write: Permission denied
        """
        folder = os.path.dirname(os.fspath(path)) or "."
        if os.path.exists(folder) and not os.path.isdir(folder):
            return cls(path, f"{folder} is a file, not a folder")
        if not os.path.isdir(folder):
            return cls(path, f"the folder {folder} does not exist; create it first")
        return cls(path, cause)


class DatabaseBusy(KGraphError):
    """Another build is writing to the same database."""


class Interrupted(KeyboardInterrupt):
    """Ctrl-C stopped a run; the message says what the run had done, and kept.

    A `KeyboardInterrupt`, so that code which stops on Ctrl-C stops on it too.
    """


class NoDatabase(KGraphError):
    """The database to read does not exist, or is not one that kgraph wrote."""


class ClusterUnreachable(KGraphError):
    """The Dask scheduler named by ``--cluster`` or ``--cluster-file`` cannot be reached."""


class ClusterError(KGraphError):
    """A Dask cluster cannot do kgraph's work: its workers lack what kgraph needs, or a
    partition of articles failed on every worker that took it."""
