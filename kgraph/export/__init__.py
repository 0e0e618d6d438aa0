"""Exporters, one module a format: `graphml` and `gexf` (Gephi), `json` (node-link) and `html`
(the page of ``kgraph view``). The Neo4j exports (Bolt, a Cypher script, neo4j-admin import
files) live in `kgraph.neo4j`.

Every file writer takes a path and replaces it atomically: an export interrupted half-way leaves
the previous file, never a truncated one.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from ..errors import WriteError

__all__ = ["atomic_output"]


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextmanager
def atomic_output(path: str | Path, mode: str = "wb", newline: str | None = None) -> Iterator[IO]:
    """Open a temporary file beside ``path``; on success move it into place, else remove it.

    A folder that does not exist, or cannot be written, raises `WriteError` before anything is
    written. ``newline`` is as for `open` in text mode (``""`` for the csv module).

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "graph.json"
    >>> with atomic_output(path, "w") as handle:
    ...     _ = handle.write("{}")
    ...     path.exists()
    False
    >>> path.read_text()
    '{}'
    """
    path = Path(path)
    try:
        descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    except OSError as error:
        raise WriteError.because(path, f"cannot write: {error.strerror or error}") from None
    try:
        # mkstemp makes owner-only files; an export gets the mode any new file would
        os.chmod(temporary, 0o666 & ~_umask())
        encoding = None if "b" in mode else "utf-8"
        with os.fdopen(descriptor, mode, encoding=encoding, newline=newline) as handle:
            yield handle
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise
