"""A news corpus of any size for the resume tests and the benchmark, made from the examples.

Each article is a few sentences drawn at random (with a fixed seed) from the bundled example
articles: real news prose for spaCy and the clause rules, with unique ids and titles, so no
two articles share a content hash. The vocabulary is the examples', so a long run does not
grow spaCy's string store as a real year of news would (see the README's Performance section).

`news_articles` is closer to news: its sentences come from the examples, the seed article and
the dev split of ``../shared/eval/``, and in each article about half of the capitalised words
inside a sentence (names, mostly) are replaced by made-up names, so that every article brings
names that no list and no earlier article has, as news does.
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

__all__ = [
    "example_sentences",
    "generate_articles",
    "made_up_name",
    "news_articles",
    "news_sentences",
    "write_jsonl",
]

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"

# A sentence ends at . ! or ? followed by a space and a capital or an opening quote.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘])")


@cache
def example_sentences() -> tuple[str, ...]:
    """The sentences of the example articles, in order.

    >>> len(example_sentences()) > 100
    True
    """
    return _sentences([EXAMPLES])


def _sentences(paths: list[Path]) -> tuple[str, ...]:
    return tuple(
        sentence
        for document in read_documents(paths)
        for paragraph in document.text.split("\n")
        for sentence in _SENTENCE_END.split(paragraph.strip())
        if sentence
    )


@cache
def news_sentences() -> tuple[str, ...]:
    """The sentences of the examples, of the seed article and of the dev split, where those
    two are beside the checkout.

    >>> len(news_sentences()) >= len(example_sentences())
    True
    """
    found = [SHARED / "seed", SHARED / "eval" / "plover_gsr_dev.jsonl"]
    return _sentences([EXAMPLES, *(path for path in found if path.exists())])


_ONSETS = ("b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "kh")
_VOWELS = ("a", "e", "i", "o", "u", "ai", "ou")
_NAME_WORD = re.compile(r"(?<=\s)[A-Z][a-z]+")


def made_up_name(rng: random.Random) -> str:
    """A capitalised word of two to four syllables that no dictionary is likely to hold.

    >>> made_up_name(random.Random(3))
    'Kidrai'
    """
    syllables = rng.randint(2, 4)
    return "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(syllables)).title()


def _renamed(sentence: str, names: dict[str, str], rng: random.Random) -> str:
    """``sentence`` with about half of its inner capitalised words made-up names, the same
    word the same name throughout one article (``names``)."""

    def rename(match: re.Match[str]) -> str:
        word = match[0]
        if word not in names:
            names[word] = made_up_name(rng) if rng.random() < 0.5 else word
        return names[word]

    return _NAME_WORD.sub(rename, sentence)


def news_articles(
    count: int, *, seed: int = 0, sentences: tuple[int, int] = (3, 8)
) -> Iterator[Document]:
    """``count`` articles of `news_sentences`, each with made-up names of its own.

    >>> first = next(news_articles(1, seed=2))
    >>> first.id, first.text == next(news_articles(1, seed=2)).text
    ('news-0', True)
    """
    rng = random.Random(seed)
    pool = news_sentences()
    for number in range(count):
        names: dict[str, str] = {}
        chosen = [_renamed(s, names, rng) for s in rng.sample(pool, rng.randint(*sentences))]
        yield Document(
            id=f"news-{number}",
            title=f"News {number}",
            date=f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            text=" ".join(chosen),
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
