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
from typing import IO, TYPE_CHECKING, NamedTuple, TypedDict

from spacy.language import Language
from spacy.tokens import Doc

from .errors import Interrupted, ReadError
from .extract import read
from .lexicon import Lexicon, load_lexicon
from .lock import build_lock
from .nlp import parse
from .records import Document, Reading, Triple
from .resolve import resolve
from .store import Store

if TYPE_CHECKING:
    from typing_extensions import Unpack  # in typing from Python 3.11

__all__ = [
    "BuildSummary",
    "ExtractSummary",
    "Extracted",
    "Options",
    "ParseOptions",
    "build",
    "extract_documents",
    "extract_readings",
    "jsonl_lines",
    "triples_of",
    "write_triples",
]


class ParseOptions(TypedDict, total=False):
    """What `extract_documents` takes beside its documents and pipeline.

    ``batch_size``, the documents spaCy parses at once (32); ``n_process``, the processes
    that parse (spaCy's ``n_process``, 1); ``on_error``, called with each document too long
    to parse (without it, the first is raised); ``lexicon``, the tables the rules read (the
    bundled one by default; `load_lexicon` puts a user's dictionaries on top); ``uncoded``,
    to keep the statements of no PLOVER category (`kgraph.resolve.resolve`).
    """

    batch_size: int
    n_process: int
    on_error: Callable[[ReadError], None] | None
    lexicon: Lexicon | None
    uncoded: bool


class Options(ParseOptions, total=False):
    """What `write_triples` and `build` take: `ParseOptions`, and ``on_document``, called
    after each document (stored or not), for progress."""

    on_document: Callable[[Document], None] | None


class Extracted(NamedTuple):
    """One document with its triples and the reading they were resolved from, which the
    store keeps so that `kgraph.resolve.stored` can resolve it again without a parse."""

    document: Document
    triples: list[Triple]
    reading: Reading


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

    def store(self, store: Store, extracted: Extracted) -> None:
        """Store the document with its triples and reading, counting it as added or already
        stored."""
        if store.add(extracted.document, extracted.triples, extracted.reading):
            self.added += 1
            self.triples += len(extracted.triples)
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
    documents: Iterable[Document], nlp: Language, **options: Unpack[ParseOptions]
) -> Iterator[tuple[Document, list[Triple]]]:
    """Yield each document with its triples, in input order; ``options`` as `ParseOptions`
    says.

    >>> from kgraph.nlp import load_pipeline
    >>> pairs = extract_documents([Document("d", "Lavrov met Kim.")], load_pipeline())
    >>> [(t.subject.text, t.action.category, t.object.text) for _, ts in pairs for t in ts]
    [('Lavrov', 'CONSULT', 'Kim')]
    """
    readings = extract_readings(documents, nlp, **options)
    with closing(readings):
        for document, triples, _ in readings:
            yield document, triples


def extract_readings(
    documents: Iterable[Document], nlp: Language, **options: Unpack[ParseOptions]
) -> Iterator[Extracted]:
    """As `extract_documents`, with each document's `Reading` too, for the store to keep.

    >>> from kgraph.nlp import load_pipeline
    >>> [found] = extract_readings([Document("d", "Lavrov met Kim.")], load_pipeline())
    >>> [s.action.lemma for s in found.reading.statements], len(found.triples)
    (['meet'], 1)
    """
    lexicon = options.get("lexicon") or load_lexicon()
    parsed = parse(
        nlp,
        _parseable(documents, nlp, options.get("on_error")),
        batch_size=options.get("batch_size", 32),
        n_process=options.get("n_process", 1),
    )
    uncoded = options.get("uncoded", False)
    for document, doc in parsed:
        reading = read(doc, lexicon)
        yield Extracted(document, resolve(reading, document, lexicon, uncoded=uncoded), reading)


def write_triples(
    documents: Iterable[Document],
    nlp: Language,
    output: IO[str],
    **options: Unpack[Options],
) -> ExtractSummary:
    """Write the triples of ``documents`` to ``output`` as JSONL, one triple a line;
    ``options`` as `Options` says.

    >>> import io
    >>> from kgraph.nlp import load_pipeline
    >>> out = io.StringIO()
    >>> print(write_triples([Document("d", "Lavrov met Kim.")], load_pipeline(), out))
    1 triples from 1 articles
    >>> json.loads(out.getvalue())["action"]["category"]
    'CONSULT'
    """
    summary = ExtractSummary()
    on_document = options.get("on_document")
    pairs = extract_documents(documents, nlp, **_parsing(options))
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
    **options: Unpack[Options],
) -> BuildSummary:
    """Extract triples from the documents the store lacks and store them with their triples.

    Each document is stored with its triples in one transaction as soon as it is parsed, so a
    build stopped at any point keeps what it stored and, run again, parses only the rest.
    ``n_process`` parses in that many processes (spaCy's ``n_process``). One build at a time
    writes to a database: while another holds its `build_lock`, this raises `DatabaseBusy`.
    ``options`` as `Options` says. Ctrl-C raises `Interrupted`, saying how many documents
    were stored.

    >>> from kgraph.nlp import load_pipeline
    >>> nlp, talks = load_pipeline(), Document("talks", "Lavrov met Kim in Pyongyang.")
    >>> with Store(":memory:") as store:
    ...     build([talks], store, nlp), build([talks], store, nlp)
    (BuildSummary(added=1, unchanged=0, triples=1), BuildSummary(added=0, unchanged=1, triples=0))
    """
    summary = BuildSummary()
    on_document = options.get("on_document")

    def new(documents: Iterable[Document]) -> Iterator[Document]:
        for document in documents:
            if store.has(document):
                summary.unchanged += 1
                if on_document:
                    on_document(document)
            else:
                yield document

    extracted = extract_readings(new(documents), nlp, **_parsing(options))
    try:
        # closing: if storing fails, spaCy's workers wind down now, not when it is collected
        with build_lock(store.path), closing(extracted):
            for found in extracted:
                summary.store(store, found)
                if on_document:
                    on_document(found.document)
    except KeyboardInterrupt:
        raise summary.interrupted() from None
    return summary


def _parsing(options: Options) -> ParseOptions:
    """``options`` but the progress callback, which is the caller's."""
    parsing = {key: value for key, value in options.items() if key != "on_document"}
    return parsing  # type: ignore[return-value]
