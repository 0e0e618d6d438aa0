"""Resolution again over a database's stored readings, without parsing anything.

A build keeps each article's `Reading` (its statements and mentions, and the facts of the
text that resolution reads) beside its triples. `resolve_store` resolves every reading again
with the lexicon it is given (a new actor file, new dictionaries) and puts the triples it
gives in place of the stored ones. The analyst's decisions (`kgraph.decisions`) are kept
apart and apply to the triples as they are read, so they hold after it as before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..lexicon import Lexicon, load_lexicon
from ..lock import build_lock
from ..records import Document, Triple
from ..store import Store
from . import resolve

__all__ = ["ResolveSummary", "resolve_store"]


@dataclass
class ResolveSummary:
    """What a resolution did: articles resolved, triples before and after, and articles
    stored without a reading (by a kgraph that kept none), left as they were."""

    articles: int = 0
    before: int = 0
    after: int = 0
    without_reading: int = 0

    def __str__(self) -> str:
        said = (
            f"{self.articles} articles resolved again: {self.after} triples "
            f"(were {self.before})"
        )
        if self.without_reading:
            said += (
                f"; {self.without_reading} articles were stored without their readings "
                "and kept their triples (build them into a new database to resolve them)"
            )
        return said


def resolve_store(
    store: Store,
    lexicon: Lexicon | None = None,
    *,
    uncoded: bool = False,
    on_document: Callable[[Document], None] | None = None,
) -> ResolveSummary:
    """Resolve every stored reading again with ``lexicon`` and store the new triples, in one
    transaction (an interrupted resolution changes nothing). It holds the database's
    `build_lock`, so no build writes meanwhile. ``uncoded`` is as `kgraph.resolve.resolve`
    takes it; ``on_document`` is called after each article, for progress.

    >>> from kgraph.nlp import load_pipeline
    >>> from kgraph.pipeline import build
    >>> with Store(":memory:") as store:
    ...     _ = build([Document("talks", "Lavrov met Kim in Pyongyang.")], store, load_pipeline())
    ...     print(resolve_store(store))
    1 articles resolved again: 1 triples (were 1)
    """
    lexicon = lexicon or load_lexicon()
    summary = ResolveSummary(before=store.counts()["triples"])

    def resolved() -> Iterator[tuple[Document, list[Triple]]]:
        for document, reading in store.readings():
            if reading is None:
                summary.without_reading += 1
            else:
                summary.articles += 1
                yield document, resolve(reading, document, lexicon, uncoded=uncoded)
            if on_document:
                on_document(document)

    with build_lock(store.path):
        summary.after = store.upgrade().replace_triples(resolved())
    return summary
