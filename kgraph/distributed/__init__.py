"""Extraction on a Dask cluster: `build` and `write_triples` with workers on many machines.

The client (this process) reads the inputs lazily into partitions of a few dozen articles and
submits them to Dask's distributed scheduler (https://distributed.dask.org); each worker
parses and extracts its partitions with the pipeline and lexicon it loaded once (a worker
plugin, `worker.Extractor`), and the results stream back as partitions finish
(`as_completed`) to this one process, which stores them or writes the JSONL. At most a few
partitions per worker thread are in flight, so the client's memory stays flat however long
the corpus.

A file of one article (text, Markdown, a web page) travels as its path, for the worker to
read (`kgraph.sources.ArticleFile`): the workers must see the input folders at the same
paths, as on a shared file system. Files of many records (JSONL, CSV) and stdin are read here
and their articles sent. A build skips what the store holds: articles read here are checked
before they are sent; files a worker reads are read in a first task whose content hashes come
back, so that the second task parses only the articles the store lacks (`tasks.Tasks`).

Faults: Dask runs a partition again when the worker that held it dies, and the store keys
articles by content hash, so no article is lost or stored twice; a build whose client dies
goes on from where it stopped when run again, as on one machine. Ctrl-C cancels what is in
flight and raises `Interrupted` with the same message as a local run.

`Cluster` and `cluster_address` need no Dask; `build`, `write_triples` and `connect` import it
when first used, so that kgraph imports Dask only for ``--cluster``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

__all__ = [
    "CONNECT_TIMEOUT",
    "PARTITION_SIZE",
    "Cluster",
    "build",
    "cluster_address",
    "connect",
    "write_triples",
]

PARTITION_SIZE = 64
"""Articles a task parses: a few seconds of a worker's time, against milliseconds of Dask's."""

CONNECT_TIMEOUT = 10.0
"""Seconds to wait for a scheduler to answer: one that runs answers at once."""

_LOCAL = "local"

_WITH_DASK = {"build": "run", "write_triples": "run", "connect": "client"}


def __getattr__(name: str) -> Any:
    """`build`, `write_triples` and `connect`, imported with Dask when first asked for."""
    if name not in _WITH_DASK:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f"{__name__}.{_WITH_DASK[name]}"), name)


def cluster_address(text: str) -> str:
    """``--cluster`` made canonical: ``local:N``, or a scheduler's address with its protocol.

    ``local`` alone is one worker process per CPU of this machine.

    >>> cluster_address("local:2"), cluster_address("10.0.0.5:8786")
    ('local:2', 'tcp://10.0.0.5:8786')
    >>> cluster_address("local:0")
    Traceback (most recent call last):
    ValueError: local:N needs a number of worker processes of at least 1, not '0'
    """
    if text == _LOCAL:
        return f"{_LOCAL}:{os.cpu_count() or 1}"
    if text.startswith(f"{_LOCAL}:"):
        count = text.partition(":")[2]
        if not count.isdigit() or int(count) < 1:
            raise ValueError(
                f"local:N needs a number of worker processes of at least 1, not {count!r}"
            )
        return f"{_LOCAL}:{int(count)}"
    if "://" in text:
        return text
    host, _, port = text.rpartition(":")
    if host and port.isdigit():
        return f"tcp://{text}"
    raise ValueError(f"expected local, local:N or tcp://HOST:PORT, not {text!r}")


@dataclass(frozen=True)
class Cluster:
    """Where to run: ``address`` as `cluster_address` reads it, or a scheduler file that
    ``dask scheduler --scheduler-file`` wrote; and how many articles a partition holds."""

    address: str | None = None
    scheduler_file: str | None = None
    partition_size: int = PARTITION_SIZE
