"""`build` and `write_triples` on a cluster: the client's loop over the partitions' results."""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Callable, Generator, Iterable, Iterator
from contextlib import contextmanager, suppress
from types import FrameType
from typing import IO, TYPE_CHECKING, TypedDict

from distributed import Client

from ..errors import ReadError
from ..lock import build_lock
from ..pipeline import BuildSummary, ExtractSummary
from ..store import Store
from . import Cluster
from .client import connect
from .tasks import Tasks, partitioned
from .worker import Extractor, Finished, Source

if TYPE_CHECKING:
    from typing_extensions import Unpack  # in typing from Python 3.11

__all__ = ["Options", "build", "registered", "write_triples"]


class Options(TypedDict, total=False):
    """What `build` and `write_triples` take beside their sources, output and cluster.

    ``model``, ``dictionaries`` and ``actors`` (actor files), which every worker loads
    (`Extractor`); ``batch_size``,
    the articles spaCy parses at once (32); ``on_error``, called with each unreadable input
    (without it, the first is raised); ``on_progress``, called with how many articles each
    finished partition held, stored or not; ``uncoded``, to keep the triples of no PLOVER
    category (`kgraph.resolve.resolve`).
    """

    model: str | None
    dictionaries: Iterable[str | os.PathLike[str]]
    actors: Iterable[str | os.PathLike[str]]
    batch_size: int
    on_error: Callable[[ReadError], None] | None
    on_progress: Callable[[int], None] | None
    uncoded: bool


def build(
    sources: Iterable[Source], store: Store, cluster: Cluster, **options: Unpack[Options]
) -> BuildSummary:
    """`kgraph.pipeline.build` on ``cluster``: the articles of ``sources`` (`read_sources`)
    that ``store`` lacks, parsed on the workers and stored here with their triples.

    ``options`` as `Options` says. Ctrl-C raises `Interrupted`, saying how many articles
    were stored. For example::

        with Store("kgraph.db") as store:
            build(read_sources(["/shared/news"]), store, Cluster("tcp://scheduler:8786"))
    """
    summary = BuildSummary()
    on_progress = options.get("on_progress")

    def stored_already() -> None:
        summary.unchanged += 1
        if on_progress:
            on_progress(1)

    results = _results(
        sources, cluster, options, as_jsonl=False, stored=store.has_hash,
        on_stored=stored_already,
    )
    try:
        # the lock first: a second build stops before it starts a cluster
        with build_lock(store.path), _closing(results), _Sigint() as sigint:
            for finished in results:
                for found in finished.extracted:
                    with sigint.held_back():  # stored is counted, for the summary's sake
                        summary.store(store, found)
                summary.unchanged += finished.unchanged
                if on_progress:
                    on_progress(finished.articles + finished.unchanged)
    except KeyboardInterrupt:
        raise summary.interrupted() from None
    return summary


def write_triples(
    sources: Iterable[Source], output: IO[str], cluster: Cluster, **options: Unpack[Options]
) -> ExtractSummary:
    """`kgraph.pipeline.write_triples` on ``cluster``: the triples of ``sources`` written to
    ``output`` as JSONL, a partition at a time in the order partitions finish (the lines are
    those of a local run; sorted, the files are the same). ``options`` as `Options` says.
    For example::

        with open("triples.jsonl", "w", encoding="utf-8") as output:
            write_triples(read_sources(["examples"]), output, Cluster("local:2"))
    """
    summary = ExtractSummary()
    on_progress = options.get("on_progress")
    results = _results(sources, cluster, options, as_jsonl=True)
    try:
        with _closing(results), _Sigint() as sigint:
            for finished in results:
                with sigint.held_back():
                    output.write(finished.jsonl)
                    summary.articles += finished.articles
                    summary.triples += finished.triples
                if on_progress:
                    on_progress(finished.articles)
    except KeyboardInterrupt:
        raise summary.interrupted() from None
    return summary


class _Sigint:
    """Ctrl-C as a `KeyboardInterrupt` at once, except inside `held_back`, which raises it at
    its end: what a block writes is then counted too, and the summary says what was kept.

    On one machine spaCy's workers make the same pause (`kgraph.nlp.parse`); here the client
    waits on futures, and a Ctrl-C would otherwise fall between a commit and its count. Only
    the main thread takes signals: elsewhere, and where SIGINT is ignored, nothing changes.
    """

    def __init__(self) -> None:
        self.holding = False
        self.pressed = False
        self.previous: Callable[..., object] | int | None = None

    def __enter__(self) -> _Sigint:
        if threading.current_thread() is threading.main_thread():
            if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
                self.previous = signal.signal(signal.SIGINT, self._pressed)
        return self

    def __exit__(self, *exception: object) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)

    def _pressed(self, signum: int, frame: FrameType | None) -> None:
        if not self.holding:
            raise KeyboardInterrupt
        self.pressed = True

    @contextmanager
    def held_back(self) -> Iterator[None]:
        """A block that Ctrl-C does not break: it raises `KeyboardInterrupt` after it."""
        self.holding = True
        try:
            yield
        finally:
            self.holding = False
        if self.pressed:
            raise KeyboardInterrupt


@contextmanager
def _closing(results: Generator[Finished, None, None]) -> Iterator[None]:
    """Close the results when the loop over them ends early, so what is in flight is
    cancelled now, not when the generator is collected."""
    try:
        yield
    finally:
        results.close()


def _results(
    sources: Iterable[Source],
    cluster: Cluster,
    options: Options,
    *,
    as_jsonl: bool,
    stored: Callable[[str], bool] | None = None,
    on_stored: Callable[[], None] | None = None,
) -> Generator[Finished, None, None]:
    """Each partition's result as it finishes, its unreadable inputs reported; the cluster is
    reached when the first is asked for, and its work cancelled when the caller stops."""
    on_error = options.get("on_error")
    extractor = Extractor.of(
        options.get("model"), options.get("dictionaries", ()), on_error, options.get("actors", ())
    )
    extraction = (options.get("batch_size", 32), options.get("uncoded", False))
    with connect(cluster) as client, registered(client, extractor):
        skip = (lambda document: stored(document.hash)) if stored else None
        partitions = partitioned(sources, cluster.partition_size, skip, on_stored)
        tasks = Tasks(client, extractor.name, extraction, as_jsonl, stored)
        for finished in tasks.stream(partitions):
            for error in finished.errors:
                if on_error is None:
                    raise error
                on_error(error)
            yield finished


@contextmanager
def registered(client: Client, extractor: Extractor) -> Iterator[None]:
    """The extractor on every worker, present and future, for the block; then freed."""
    client.register_plugin(extractor)
    try:
        yield
    finally:
        # A scheduler lost meanwhile has freed it, and its error is the one to tell.
        with suppress(Exception):
            client.unregister_worker_plugin(extractor.name)
