"""A news corpus of any size for the resume tests and the benchmark, made from the examples.

Each article is a few sentences drawn at random (with a fixed seed) from the bundled example
articles: real news prose for spaCy and the clause rules, with unique ids and titles, so no
two articles share a content hash. The vocabulary is the examples', so a long run does not
grow spaCy's string store as a real year of news would (see the README's Performance section).
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from kgraph.records import Document
from kgraph.sources import read_documents

__all__ = ["example_sentences", "generate_articles", "write_jsonl"]

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

# A sentence ends at . ! or ? followed by a space and a capital or an opening quote.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘])")


@cache
def example_sentences() -> tuple[str, ...]:
    """The sentences of the example articles, in order.

    >>> len(example_sentences()) > 100
    True
    """
    return tuple(
        sentence
        for document in read_documents([EXAMPLES])
        for paragraph in document.text.split("\n")
        for sentence in _SENTENCE_END.split(paragraph.strip())
        if sentence
    )


def generate_articles(
    count: int,
    *,
    seed: int = 0,
    sentences: tuple[int, int] = (3, 8),
    pool: tuple[str, ...] | None = None,
) -> Iterator[Document]:
    """``count`` articles of between ``sentences[0]`` and ``sentences[1]`` example sentences
    (or sentences of ``pool``, to vary the vocabulary).

    >>> [(d.id, d.title) for d in generate_articles(2)]
    [('article-0', 'Article 0'), ('article-1', 'Article 1')]
    >>> list(generate_articles(3, seed=7)) == list(generate_articles(3, seed=7))
    True
    """
    rng = random.Random(seed)
    pool = pool or example_sentences()
    for number in range(count):
        chosen = rng.sample(pool, rng.randint(*sentences))
        yield Document(
            id=f"article-{number}",
            title=f"Article {number}",
            date=f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            text=" ".join(chosen),
        )


def write_jsonl(path: Path, documents: Iterator[Document]) -> int:
    """Write ``documents`` as JSONL that `kgraph.sources` reads back; return how many words."""
    words = 0
    with path.open("w", encoding="utf-8") as handle:
        for document in documents:
            record = {
                "id": document.id,
                "title": document.title,
                "date": document.date,
                "text": document.text,
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            words += len(document.text.split())
    return words
