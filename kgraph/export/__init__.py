"""Exporters, one module a format: `graphml` (Gephi), `json` (node-link), `neo4j` (a live
server over Bolt), `cypher` (a script) and `neo4j_csv` (neo4j-admin import files), the last
three from the one model of `property_graph`.

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

__all__ = ["atomic_output"]


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextmanager
def atomic_output(path: str | Path, mode: str = "wb") -> Iterator[IO]:
    """Open a temporary file beside ``path``; on success move it into place, else remove it."""
    path = Path(path)
    descriptor, temporary = tempfile.mkstemp(dir=path.parent or ".", prefix=f".{path.name}.")
    try:
        # mkstemp makes owner-only files; an export gets the mode any new file would
        os.chmod(temporary, 0o666 & ~_umask())
        encoding = None if "b" in mode else "utf-8"
        with os.fdopen(descriptor, mode, encoding=encoding) as handle:
            yield handle
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise
