"""kgraph's named exceptions: each message says what went wrong and how to fix it."""

from __future__ import annotations


class KGraphError(Exception):
    """Base class of every error kgraph raises on purpose."""


class ModelNotFound(KGraphError):
    """No English spaCy pipeline is installed."""


class ReadError(KGraphError):
    """An input file, or one line of it, could not be read; the message names the file and line."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.reason = reason
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")
