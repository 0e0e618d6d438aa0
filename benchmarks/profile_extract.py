"""Where kgraph's time goes after spaCy has parsed: a profile of the rules on news-like text.

Parses ``--articles`` articles of `tests.corpus.news_articles` (made-up names in each) once,
then, under cProfile (standard library), reads their statements and resolves them to actors
(`kgraph.pipeline.triples_of`) and writes them as JSONL, as ``kgraph extract`` does; the
lexicon is loaded and warmed on other articles first, so that loading does not count. Prints
the parse's and the rules' seconds and the functions of kgraph that take most of the rules'
time, by their own time and with what they call.

    .venv/bin/python benchmarks/profile_extract.py [--articles 300] [--top 15]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))  # after PYTHONPATH: a baseline tree there is the kgraph run

from kgraph.lexicon import load_lexicon  # noqa: E402
from kgraph.nlp import load_pipeline, parse  # noqa: E402
from kgraph.pipeline import jsonl_lines, triples_of  # noqa: E402
from tests.corpus import news_articles  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--only", default=r"kgraph/", help="functions whose file matches")
    args = parser.parse_args()
    nlp, lexicon = load_pipeline(), load_lexicon()
    for document, doc in parse(nlp, news_articles(50, seed=99)):  # loads and warms the tables
        jsonl_lines(triples_of(doc, document, lexicon))
    start = time.perf_counter()
    parsed = list(parse(nlp, news_articles(args.articles, seed=3)))
    parsing = time.perf_counter() - start
    profile = cProfile.Profile()
    start = time.perf_counter()
    profile.enable()
    out = io.StringIO()
    for document, doc in parsed:
        out.write(jsonl_lines(triples_of(doc, document, lexicon)))
    profile.disable()
    rules = time.perf_counter() - start
    print(f"{args.articles} articles: parse {parsing:.2f} s, rules and JSON {rules:.2f} s "
          f"under the profiler ({rules / parsing:.1%} of the parse)")
    for order in ("tottime", "cumulative"):
        stats = pstats.Stats(profile, stream=sys.stdout).sort_stats(order)
        print(f"\n--- kgraph's functions by {order}")
        stats.print_stats(args.only, args.top)


if __name__ == "__main__":
    main()
