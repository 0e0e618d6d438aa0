"""Exporters, one module a format: `graphml` and `gexf` (Gephi), `json` (node-link) and `view`
(the page of ``kgraph view``). The Neo4j exports (Bolt, a Cypher script, neo4j-admin import
files) live in `kgraph.neo4j`, and write their files through this module too.

As networkx's writers do, each file writer takes a path or an open file (`Target`), through
`open_output`. A path is replaced atomically (`atomic_output`): an export interrupted half-way
leaves the previous file, never a truncated one. An open file is written as it is, and left
open.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from ..errors import WriteError

__all__ = ["Target", "atomic_output", "open_output"]

Target = str | os.PathLike[str] | IO[Any]
"""Where an export goes: a path, or a file open for writing, bytes or text."""


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextmanager
def atomic_output(path: str | Path, mode: str = "wb", newline: str | None = None) -> Iterator[IO]:
    """Open a temporary file beside ``path``; on success move it into place, else remove it.

    A folder that does not exist, or cannot be written, and a ``path`` that is a folder raise
    `WriteError` before anything is written. ``newline`` is as for `open` in text mode (``""``
    for the csv module).

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
    if path.is_dir():
        raise WriteError(path, "is a folder; name the file to write in it")
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


@contextmanager
def open_output(target: Target, *, binary: bool) -> Iterator[IO[Any]]:
    """A ``binary`` or text file to write an export to: ``target`` itself if it is open, else
    the atomic file of `atomic_output` at the path ``target``.

    A writer of text given a binary file writes UTF-8 to it; a writer of bytes given a text
    file writes to the bytes under it (``sys.stdout.buffer``), or raises `TypeError` if there
    are none.

    >>> import io
    >>> out = io.BytesIO()
    >>> with open_output(out, binary=False) as handle:
    ...     _ = handle.write("Pyongyang ✓")
    >>> out.getvalue().decode("utf-8")
    'Pyongyang ✓'
    """
    if isinstance(target, str | os.PathLike):
        with atomic_output(target, "wb" if binary else "w") as handle:
            yield handle
    elif _is_text(target) == (not binary):
        yield target
    elif binary:
        buffer = getattr(target, "buffer", None)
        if buffer is None:
            raise TypeError(f"this export writes bytes: give a binary file or a path, not {target}")
        target.flush()
        yield buffer
    else:
        text = io.TextIOWrapper(target, encoding="utf-8", newline="")
        try:
            yield text
        finally:
            text.flush()
            text.detach()  # the caller's file stays open


def _is_text(file: IO[Any]) -> bool:
    return isinstance(file, io.TextIOBase) or "b" not in getattr(file, "mode", "b")
