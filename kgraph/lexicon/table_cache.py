"""Tables derived from the bundled lexicon, kept between runs in the user's cache folder.

Building the Phoenix actor table, the index of people and the Phoenix organisations and
demonyms from their data files takes about a second of Python per process, on every run,
before the first article; reading the three tables a run uses back from pickles takes about
a fifth of that, and the Phoenix table itself is then not read at all. A cached table is
stored under a key that hashes every file it is derived from (the Phoenix table, kgraph's
lists of people and of body words, the lexicon's code, and `kgraph.names`, which keys the
names), so a changed list or rule is a new key and the table is built again: a cache never
gives what the data files would not.

The folder is ``$KGRAPH_CACHE``, else ``$XDG_CACHE_HOME/kgraph``, else ``~/.cache/kgraph``;
``KGRAPH_CACHE=off`` (or an empty value) turns caching off. A cache that cannot be read or
written (a read-only home, a file cut short) is built again and the run goes on: caching
only ever saves time. Files are pickles written beside their place and moved into it, so two
runs never see half a file; each file holds a key's table, and old keys' files are removed
as a new one is written.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TypeVar

__all__ = ["cache_folder", "cached", "sources_key"]

T = TypeVar("T")

_ENVIRONMENT = "KGRAPH_CACHE"
_OFF = {"", "off", "0", "no"}
_LEXICON = Path(__file__).resolve().parent
# what the cached tables are built from: the lexicon's code, `kgraph.names` and the data
# files the tables read (a table built from another file must name it here)
_DATA = ("generated/actors.tsv", "people.tsv", "organisation_words.txt")


def cache_folder() -> Path | None:
    """Where cached tables are kept, or None when caching is off (``KGRAPH_CACHE=off``)."""
    chosen = os.environ.get(_ENVIRONMENT)
    if chosen is not None:
        return None if chosen.strip().lower() in _OFF else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "kgraph"


@cache
def sources_key() -> str:
    """A hash of every file the bundled tables are derived from, read once a process."""
    digest = hashlib.blake2b(digest_size=16)
    code = sorted(_LEXICON.rglob("*.py"))
    data = [_LEXICON / "data" / name for name in _DATA]
    for path in (*code, _LEXICON.parent / "names.py", _LEXICON.parent / "datafiles.py", *data):
        digest.update(str(path.relative_to(_LEXICON.parent)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def cached(name: str, build: Callable[[], T]) -> T:
    """The table ``name`` as ``build`` makes it from the bundled data, read from the cache
    when one of the present sources is there, else built and stored."""
    folder = cache_folder()
    if folder is None:
        return build()
    path = folder / f"{name}-{sources_key()}.pickle"
    try:
        with open(path, "rb") as file:
            return pickle.load(file)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass  # not there yet, or unreadable: built again below
    table = build()
    _store(path, table)
    return table


def _store(path: Path, table: object) -> None:
    """Write ``table`` to ``path`` (through a file beside it) and remove older keys' files;
    a folder that cannot be written leaves the run uncached."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part = tempfile.NamedTemporaryFile(dir=path.parent, suffix=".part", delete=False)
    except OSError:
        return
    try:
        with part:
            pickle.dump(table, part, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(part.name, path)
        prefix = path.name.rpartition("-")[0] + "-"
        for old in path.parent.glob(f"{prefix}*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        Path(part.name).unlink(missing_ok=True)  # a full disk: no half file left behind
