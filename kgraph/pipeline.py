"""The main job as a library: documents in, triples out, stored once.

`extract_documents` streams documents through spaCy and the clause rules, and `write_triples`
writes what it finds as JSONL; `build` does the same into a `Store`, skipping documents it
holds already, so a build run again over the same articles parses nothing and adds nothing,
and a build that was killed part-way picks up where it stopped. Nothing is kept per document:
memory stays flat however many articles stream by. Ctrl-C stops `write_triples` and `build`
with `Interrupted`, whose message counts what they did.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass
from typing import IO

from spacy.language import Language
from spacy.tokens import Doc

from .errors import Interrupted, ReadError
from .extract import read
from .lexicon import Lexicon, load_lexicon
from .lock import build_lock
from .nlp import parse
from .records import Document, Triple
from .resolve import resolve
from .store import Store

__all__ = [
    "BuildSummary",
    "ExtractSummary",
    "build",
    "extract_documents",
    "jsonl_lines",
    "triples_of",
    "write_triples",
]


@dataclass
class BuildSummary:
    """What a build did: documents added, documents already stored, triples added."""

    added: int = 0
    unchanged: int = 0
    triples: int = 0

    def __str__(self) -> str:
        return (
            f"{self.added} articles added ({self.triples} triples), "
            f"{self.unchanged} already stored"
        )

    def store(self, store: Store, document: Document, triples: list[Triple]) -> None:
        """Store the document with its triples, counting it as added or already stored."""
        if store.add(document, triples):
            self.added += 1
            self.triples += len(triples)
        else:
            self.unchanged += 1

    def interrupted(self) -> Interrupted:
        """The `Interrupted` that Ctrl-C ends a build with: what it stored, and what next."""
        return Interrupted(f"{self}; run the same build again to go on from there")


@dataclass
class ExtractSummary:
    """What an extraction wrote: triples, from how many articles."""

    articles: int = 0
    triples: int = 0

    def __str__(self) -> str:
        return f"{self.triples} triples from {self.articles} articles"

    def interrupted(self) -> Interrupted:
        """The `Interrupted` that Ctrl-C ends an extraction with: what it wrote."""
        return Interrupted(f"{self} read before the stop")


def jsonl_lines(triples: Iterable[Triple]) -> str:
    """The triples as JSONL, one a line, as `write_triples` writes them.

    >>> from kgraph.records import Action, Actor, ActorType
    >>> kim, lee = (Actor(name.lower(), name, name, ActorType.PERSON) for name in ("Kim", "Lee"))
    >>> triple = Triple("d", 0, "Kim met Lee.", kim, Action("met", "meet"), lee)
    >>> jsonl_lines([triple]).count("\\n"), jsonl_lines([])
    (1, '')
    """
    return "".join(json.dumps(triple.to_dict(), ensure_ascii=False) + "\n" for triple in triples)


def triples_of(
    doc: Doc, document: Document, lexicon: Lexicon | None = None, *, uncoded: bool = False
) -> list[Triple]:
    """The triples of one parsed document: its statements read, then resolved to actors.

    >>> from kgraph.nlp import load_pipeline
    >>> text = "Sergei Lavrov arrived on Wednesday. Lavrov met Kim Jong Un in Pyongyang."
    >>> triples = triples_of(load_pipeline()(text), Document("d", text))
    >>> [(t.subject.name, t.action.lemma, t.object.name) for t in triples]
    [('Sergei Lavrov', 'meet', 'Kim Jong Un')]
    """
    lexicon = lexicon or load_lexicon()
    return resolve(read(doc, lexicon), document, lexicon, uncoded=uncoded)


def _parseable(
    documents: Iterable[Document], nlp: Language, on_error: Callable[[ReadError], None] | None
) -> Iterator[Document]:
    """Documents spaCy can take; one longer than ``nlp.max_length`` is reported and skipped."""
    for document in documents:
        if len(document.text) > nlp.max_length:
            error = ReadError(
                document.origin or document.id,
                f"article of {len(document.text)} characters is longer than spaCy's "
                f"max_length ({nlp.max_length}); split it into shorter articles",
                kind="too long",
            )
            if on_error is None:
                raise error
            on_error(error)
            continue
        yield document


def extract_documents(
    documents: Iterable[Document],
    nlp: Language,
    *,
    batch_size: int = 32,
    n_process: int = 1,
    on_error: Callable[[ReadError], None] | None = None,
    lexicon: Lexicon | None = None,
    uncoded: bool = False,
) -> Iterator[tuple[Document, list[Triple]]]:
    """Yield each document with its triples, in input order, read with ``lexicon`` (the
    bundled one by default; `load_lexicon` puts a user's dictionaries on top); ``uncoded``
    keeps the statements of no PLOVER category (`kgraph.resolve.resolve`).

    >>> from kgraph.nlp import load_pipeline
    >>> pairs = extract_documents([Document("d", "Lavrov met Kim.")], load_pipeline())
    >>> [(t.subject.text, t.action.category, t.object.text) for _, ts in pairs for t in ts]
    [('Lavrov', 'CONSULT', 'Kim')]
    """
    lexicon = lexicon or load_lexicon()
    parsed = parse(
        nlp, _parseable(documents, nlp, on_error), batch_size=batch_size, n_process=n_process
    )
    for document, doc in parsed:
        yield document, triples_of(doc, document, lexicon, uncoded=uncoded)


def write_triples(
    documents: Iterable[Document],
    nlp: Language,
    output: IO[str],
    *,
    batch_size: int = 32,
    n_process: int = 1,
    on_error: Callable[[ReadError], None] | None = None,
    on_document: Callable[[Document], None] | None = None,
    lexicon: Lexicon | None = None,
    uncoded: bool = False,
) -> ExtractSummary:
    """Write the triples of ``documents`` to ``output`` as JSONL, one triple a line.

    ``on_document`` is called after each document, for progress.

    >>> import io
    >>> from kgraph.nlp import load_pipeline
    >>> out = io.StringIO()
    >>> print(write_triples([Document("d", "Lavrov met Kim.")], load_pipeline(), out))
    1 triples from 1 articles
    >>> json.loads(out.getvalue())["action"]["category"]
    'CONSULT'
    """
    summary = ExtractSummary()
    pairs = extract_documents(
        documents, nlp, batch_size=batch_size, n_process=n_process, on_error=on_error,
        lexicon=lexicon, uncoded=uncoded,
    )
    try:
        with closing(pairs):
            for document, triples in pairs:
                output.write(jsonl_lines(triples))
                summary.articles += 1
                summary.triples += len(triples)
                if on_document:
                    on_document(document)
    except KeyboardInterrupt:
        raise summary.interrupted() from None
    return summary


def build(
    documents: Iterable[Document],
    store: Store,
    nlp: Language,
    *,
    batch_size: int = 32,
    n_process: int = 1,
    on_error: Callable[[ReadError], None] | None = None,
    on_document: Callable[[Document], None] | None = None,
    lexicon: Lexicon | None = None,
    uncoded: bool = False,
) -> BuildSummary:
    """Extract triples from the documents the store lacks and store them with their triples.

    Each document is stored with its triples in one transaction as soon as it is parsed, so a
    build stopped at any point keeps what it stored and, run again, parses only the rest.
    ``n_process`` parses in that many processes (spaCy's ``n_process``). One build at a time
    writes to a database: while another holds its `build_lock`, this raises `DatabaseBusy`.
    ``on_document`` is called after each document, stored or not, for progress; ``lexicon``
    and ``uncoded`` are as `extract_documents` takes them. Ctrl-C raises
    `Interrupted`, saying how many documents were stored.

    >>> from kgraph.nlp import load_pipeline
    >>> nlp, talks = load_pipeline(), Document("talks", "Lavrov met Kim in Pyongyang.")
    >>> with Store(":memory:") as store:
    ...     build([talks], store, nlp), build([talks], store, nlp)
    (BuildSummary(added=1, unchanged=0, triples=1), BuildSummary(added=0, unchanged=1, triples=0))
    """
    summary = BuildSummary()

    def new(documents: Iterable[Document]) -> Iterator[Document]:
        for document in documents:
            if store.has(document):
                summary.unchanged += 1
                if on_document:
                    on_document(document)
            else:
                yield document

    pairs = extract_documents(
        new(documents), nlp, batch_size=batch_size, n_process=n_process, on_error=on_error,
        lexicon=lexicon, uncoded=uncoded,
    )
    try:
        # closing: if storing fails, spaCy's workers wind down now, not when pairs is collected
        with build_lock(store.path), closing(pairs):
            for document, triples in pairs:
                summary.store(store, document, triples)
                if on_document:
                    on_document(document)
    except KeyboardInterrupt:
        raise summary.interrupted() from None
    return summary
