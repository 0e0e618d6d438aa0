"""What runs on a Dask worker: the pipeline and lexicon loaded once, and the partition tasks.

A partition is a list of sources: articles read on the client (`Document`) and files of one
article (`ArticleFile`) that the worker reads itself. `extract_partition` parses and extracts
one; for a build, `read_partition` and `content_hashes` first read the files and say which articles
they hold, so that the client can leave out those it has stored.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from distributed import get_worker
from distributed.diagnostics.plugin import WorkerPlugin

from ..errors import ClusterError, ReadError
from ..lexicon import load_lexicon
from ..lexicon.dictionaries import dictionary_files, read_dictionaries
from ..nlp import load_pipeline
from ..pipeline import Extracted, extract_documents, extract_readings, jsonl_lines
from ..records import Document
from ..sources import ArticleFile

__all__ = [
    "Extractor",
    "Finished",
    "Reading",
    "WARM_UP",
    "Source",
    "content_hashes",
    "extract_partition",
    "read_partition",
]

WARM_UP = Document("warm-up", "The minister met his counterpart in Pyongyang.")
"""An article whose extraction loads the tables the lexicon loads on first use."""

Source = Document | ArticleFile
"""What a partition holds: an article read on the client, or a file for the worker to read."""


class Extractor(WorkerPlugin):
    """What every worker loads once: the spaCy pipeline and the lexicon with the user's
    dictionaries, read from the same paths as on the client and checked to be the same files.

    Pickled with names and paths only; each worker loads its own copy in `setup`, off its event
    loop, and parses one partition at a time (spaCy's pipeline is not for threads to share).
    """

    def __init__(
        self, model: str | None, dictionaries: tuple[str, ...], digest: str,
        actors: tuple[str, ...] = (),
    ) -> None:
        self.model = model
        self.dictionaries = dictionaries
        self.actors = actors
        self.digest = digest
        self.name = f"kgraph-{os.urandom(6).hex()}"  # one per run: a run frees only its own
        self.loaded: tuple | None = None

    @classmethod
    def of(
        cls,
        model: str | None,
        dictionaries: Iterable[str | os.PathLike[str]],
        on_error: Callable[[ReadError], None] | None,
        actors: Iterable[str | os.PathLike[str]] = (),
    ) -> Extractor:
        """The extractor of ``model``, ``dictionaries`` and actor files (``actors``), whose
        problems are told here, once, to ``on_error`` (without it, the first is raised)."""
        paths = tuple(os.path.abspath(path) for path in dictionaries)
        actor_files = tuple(os.path.abspath(path) for path in actors)
        read_dictionaries(paths, on_error, actor_files)
        return cls(model, paths, _dictionaries_digest(paths, actor_files), actor_files)

    async def setup(self, worker: object) -> None:
        await asyncio.to_thread(self._load)

    def teardown(self, worker: object) -> None:
        self.loaded = None

    def _load(self) -> None:
        if _dictionaries_digest(self.dictionaries, self.actors) != self.digest:
            raise ClusterError(
                "a worker reads other --dictionary or --actors files than this machine (or "
                "none): put them in a folder every worker sees at the same path"
            )
        nlp = load_pipeline(self.model)
        lexicon = load_lexicon(  # their problems were told already
            self.dictionaries, on_error=lambda error: None, actors=self.actors
        )
        list(extract_documents([WARM_UP], nlp, lexicon=lexicon))  # its tables loaded now
        self.loaded = (nlp, lexicon, threading.Lock())


def _dictionaries_digest(paths: Iterable[str], actors: Iterable[str] = ()) -> str:
    """A hash of the dictionary files under ``paths`` and of the actor files: their kinds,
    names and contents."""
    digest = hashlib.sha256()
    for kind, file in [*dictionary_files(paths), *(("actors", Path(a)) for a in actors)]:
        digest.update(f"{kind}\0{file.name}\0".encode())
        digest.update(hashlib.sha256(file.read_bytes()).digest())
    return digest.hexdigest()


@dataclass
class Reading:
    """A partition read on a worker: its articles, and what could not be read."""

    documents: list[Document]
    errors: list[ReadError]


@dataclass
class Finished:
    """What a worker sends back for a partition: the articles with their triples and readings
    (to store) or the triples as JSONL (to write), what was skipped as stored, and what failed."""

    extracted: list[Extracted] = field(default_factory=list)
    jsonl: str = ""
    articles: int = 0
    triples: int = 0
    unchanged: int = 0
    errors: list[ReadError] = field(default_factory=list)


def read_partition(partition: list[Source]) -> Reading:
    """Task: the partition's articles, its files read here on the worker.

    >>> from pathlib import Path
    >>> reading = read_partition([ArticleFile.of(Path("missing.txt")), Document("d", "Kim.")])
    >>> [d.id for d in reading.documents], [str(e) for e in reading.errors]
    (['d'], ['missing.txt: cannot read: No such file or directory'])
    """
    reading = Reading([], [])
    for source in partition:
        item = source.read() if isinstance(source, ArticleFile) else source
        (reading.documents if isinstance(item, Document) else reading.errors).append(item)
    return reading


def content_hashes(reading: Reading) -> list[str]:
    """Task: the content hashes of a partition read on the worker, for the store to check.

    >>> content_hashes(Reading([Document("d", "Kim.")], [])) == [Document("d", "Kim.").hash]
    True
    """
    return [document.hash for document in reading.documents]


def extract_partition(
    plugin: str, work: list[Source] | Reading, stored: frozenset[str], batch_size: int,
    uncoded: bool, as_jsonl: bool,
) -> Finished:
    """Task: parse and extract the partition's articles whose hashes are not in ``stored``,
    with the pipeline and lexicon that the run's `Extractor`, named ``plugin``, loaded on this
    worker; ``work`` is a partition, or one `read_partition` read already. ``batch_size`` and
    ``uncoded`` are as `kgraph.pipeline.extract_documents` takes them."""
    nlp, lexicon, lock = get_worker().plugins[plugin].loaded
    reading = work if isinstance(work, Reading) else read_partition(work)
    new = [document for document in reading.documents if document.hash not in stored]
    finished = Finished(unchanged=len(reading.documents) - len(new), errors=reading.errors)
    with lock:
        extracted = list(extract_readings(
            new, nlp, batch_size=batch_size, on_error=finished.errors.append, lexicon=lexicon,
            uncoded=uncoded,
        ))
    finished.articles = len(extracted)
    finished.triples = sum(len(found.triples) for found in extracted)
    if as_jsonl:
        finished.jsonl = "".join(jsonl_lines(found.triples) for found in extracted)
    else:
        finished.extracted = extracted
    return finished
