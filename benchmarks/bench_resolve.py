"""How long does ``kgraph resolve`` take next to the build it spares, and what does keeping the
readings cost the database?

Generates a news-like corpus (``tests/corpus.py``'s `news_articles`: sentences of the examples
and the eval's dev split, with made-up names), and in one run:

1. builds it into a database (parse, extract, resolve, store), the pipeline loaded before;
2. resolves the stored readings again with the same lexicon (`resolve_store`), and again with
   an actor file of 200 made-up people (the lexicon loaded before each), each ``--rounds``
   times, keeping the fastest;
3. prints the database's size, and how much of it the readings take (SQLite's ``dbstat``,
   else the size of a copy without them).

It checks that the resolution with the same lexicon gives the build's triples, so the two
timings are of the same work but the parse.

    .venv/bin/python benchmarks/bench_resolve.py [--articles 1000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kgraph.lexicon import load_lexicon  # noqa: E402
from kgraph.nlp import load_pipeline  # noqa: E402
from kgraph.pipeline import build  # noqa: E402
from kgraph.resolve.stored import resolve_store  # noqa: E402
from kgraph.store import Store  # noqa: E402
from tests.corpus import made_up_name, news_articles  # noqa: E402


def fastest(rounds: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def readings_share(db: Path) -> tuple[int, int]:
    """The database's size in bytes, and that of the same database without its readings."""
    copy = db.with_name("without-readings.db")
    shutil.copy(db, copy)
    with closing(sqlite3.connect(copy)) as connection:
        connection.execute("DELETE FROM readings")
        connection.commit()
        connection.execute("VACUUM")
    return db.stat().st_size, copy.stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    options = parser.parse_args()
    nlp = load_pipeline()
    documents = list(news_articles(options.articles, seed=7))
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "kgraph.db"
        people = Path(folder) / "people.csv"
        rng = random.Random(5)
        rows = [f"{made_up_name(rng)} {made_up_name(rng)},,GBR,GOV,PERSON" for _ in range(200)]
        people.write_text("name,aliases,country,sector,type\n" + "\n".join(rows) + "\n",
                          encoding="utf-8")
        with Store(db) as store:
            load_lexicon()
            start = time.perf_counter()
            summary = build(documents, store, nlp)
            built = time.perf_counter() - start
            triples = sorted(t.id for t in store.triples())
            bundled = load_lexicon()
            same = fastest(options.rounds, lambda: resolve_store(store, bundled))
            assert sorted(t.id for t in store.triples()) == triples, "resolve changed triples"
            listed = load_lexicon(actors=[people])
            with_file = fastest(options.rounds, lambda: resolve_store(store, listed))
        with closing(sqlite3.connect(db)) as connection:
            connection.execute("VACUUM")
        size, without = readings_share(db)
    words = sum(len(d.text.split()) for d in documents)
    print(f"{summary} ({words:,} words)")
    print(f"build (parse, extract, resolve, store): {built:8.2f} s")
    print(f"resolve, the same lexicon:              {same:8.2f} s  ({built / same:.0f}x faster)")
    print(f"resolve, an actor file of 200 people:   {with_file:8.2f} s  "
          f"({built / with_file:.0f}x faster)")
    print(f"database: {size / 1e6:.1f} MB, of which readings {(size - without) / 1e6:.1f} MB "
          f"({(size - without) / size:.0%})")


if __name__ == "__main__":
    main()
