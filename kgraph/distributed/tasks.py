"""The client's side of the work: sources into partitions, partitions into futures in flight,
and their results back as they finish.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator

from distributed import Client, Future, as_completed
from distributed.client import FutureCancelledError
from distributed.scheduler import KilledWorker

from ..errors import ClusterError, ClusterUnreachable
from ..records import Document
from ..sources import ArticleFile
from .worker import Finished, Source, content_hashes, extract_partition, read_partition

__all__ = ["Tasks", "partitioned"]

_PARTITION_CHARACTERS = 4_000_000
"""A partition closes early at this much text, far below Dask's warning for large tasks."""

_IN_FLIGHT_PER_THREAD = 2  # one partition parsing, one waiting, on every worker thread


def partitioned(
    sources: Iterable[Source],
    size: int,
    skip: Callable[[Document], bool] | None,
    on_skip: Callable[[], None] | None,
) -> Iterator[list[Source]]:
    """``sources`` in lists of ``size`` (fewer if their texts are long); articles read here
    that ``skip`` says are stored already are left out and passed to ``on_skip``.

    >>> [len(p) for p in partitioned([Document(str(n), "Kim.") for n in range(5)], 2, None, None)]
    [2, 2, 1]
    """
    partition: list[Source] = []
    characters = 0
    for source in sources:
        if isinstance(source, Document):
            if skip is not None and skip(source):
                if on_skip:
                    on_skip()
                continue
            characters += len(source.text)
        partition.append(source)
        if len(partition) >= size or characters >= _PARTITION_CHARACTERS:
            yield partition
            partition, characters = [], 0
    if partition:
        yield partition


class Tasks:
    """The futures of the partitions in flight, topped up as they finish."""

    def __init__(
        self, client: Client, plugin: str, extraction: tuple[int, bool], as_jsonl: bool,
        stored: Callable[[str], bool] | None,
    ) -> None:
        self.client = client
        self.extract_options = (*extraction, as_jsonl)
        self.plugin = plugin
        self.stored = stored
        self.finished = as_completed(loop=client.loop)
        self.live: set[Future] = set()
        self.readings: dict[Future, Future] = {}  # a partition's hashes -> its articles
        self._limit = (0.0, 0)

    def stream(self, partitions: Iterator[list[Source]]) -> Iterator[Finished]:
        """The result of each partition, as it finishes; the rest cancelled on leaving."""
        try:
            in_flight = self._top_up(partitions, 0)
            for future in self.finished:
                self.live.discard(future)
                if future in self.readings:
                    self._extract_read(future)
                    continue
                result = _result(future)
                in_flight -= 1
                yield result
                in_flight = self._top_up(partitions, in_flight)
        finally:
            if self.live:
                self.client.cancel(list(self.live))

    def _top_up(self, partitions: Iterator[list[Source]], in_flight: int) -> int:
        while in_flight < self.limit():
            partition = next(partitions, None)
            if partition is None:
                break
            if self.stored is not None and any(isinstance(s, ArticleFile) for s in partition):
                # read there first: which of its articles the store lacks is known after
                reading = self._submit(read_partition, partition)
                self.readings[self._submit(content_hashes, reading)] = reading
            else:
                self._submit(extract_partition, self.plugin, partition, frozenset(),
                             *self.extract_options)
            in_flight += 1
        return in_flight

    def _extract_read(self, hashes: Future) -> None:
        """Extract what the store lacks of a partition the workers have read."""
        reading = self.readings.pop(hashes)
        self.live.discard(reading)  # the extraction holds it now, and frees it after
        assert self.stored is not None
        stored = frozenset(h for h in _result(hashes) if self.stored(h))
        self._submit(extract_partition, self.plugin, reading, stored, *self.extract_options)

    def _submit(self, task: Callable[..., object], *arguments: object) -> Future:
        future = self.client.submit(task, *arguments, pure=False)
        self.live.add(future)
        if task is not read_partition:  # its hashes are waited for, not it
            self.finished.add(future)
        return future

    def limit(self) -> int:
        """How many partitions may be in flight: a few per worker thread, counted again at
        most once a second, as workers join or leave."""
        checked, limit = self._limit
        if time.monotonic() - checked > 1:
            threads = sum(self.client.nthreads().values())
            limit = max(2, _IN_FLIGHT_PER_THREAD * threads)
            self._limit = (time.monotonic(), limit)
        return limit


def _result(future: Future) -> object:
    """The future's result; a partition that ended every worker that took it, and a lost
    scheduler, as the errors that say so."""
    try:
        return future.result()
    except KilledWorker:
        raise ClusterError(
            "a partition of articles ended every worker that took it, one after another: it "
            "may hold an article that exhausts a worker's memory; a smaller --partition-size "
            "narrows it down"
        ) from None
    except FutureCancelledError as error:
        raise ClusterUnreachable(f"lost the Dask scheduler: {error}") from None
