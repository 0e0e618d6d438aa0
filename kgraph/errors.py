"""kgraph's named exceptions: each message says what went wrong and how to fix it."""

from __future__ import annotations


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
