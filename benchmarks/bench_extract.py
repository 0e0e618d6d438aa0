"""How fast is kgraph's extraction next to bare spaCy, and does its memory stay flat?

Generates a corpus from the example articles (``tests/corpus.py``: a few example sentences
each, fixed seed) and, in one run:

1. parses it with a bare ``nlp.pipe`` and extracts it with kgraph's ``extract_documents``, the
   same model, batch size and documents, and prints words per second for both and their ratio;
2. extracts it with one worker process and with two (``n_process=2``) and prints the speed-up;
3. runs ``kgraph build`` on 1,000 and on 10,000 such articles, each in a fresh process, and
   prints each one's peak resident memory (``ru_maxrss`` from ``os.wait4``) and their ratio.

The runs compared take turns chunk by chunk (100 articles in 1., 1,000 in 2., where starting
the workers must not weigh), and each chunk counts its fastest of ``--rounds`` runs, so that
load from other processes on a shared machine falls on both alike and passing load drops out.
Words are the whitespace-separated words of the article texts. Words per CPU-second of this
process are printed too; with two workers the parsing runs in other processes, so there are
none.

    .venv/bin/python benchmarks/bench_extract.py [--articles 2000] [--rounds 3] [--rss 1000 10000]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from spacy.language import Language

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kgraph.nlp import load_pipeline  # noqa: E402
from kgraph.pipeline import extract_documents  # noqa: E402
from kgraph.records import Document  # noqa: E402
from tests.corpus import generate_articles, write_jsonl  # noqa: E402

BATCH_SIZE = 32

Run = Callable[[Language, Sequence[Document]], None]


def words(documents: Iterable[Document]) -> int:
    return sum(len(document.text.split()) for document in documents)


def bare_spacy(nlp: Language, documents: Sequence[Document], workers: int = 1) -> None:
    for _ in nlp.pipe((d.text for d in documents), batch_size=BATCH_SIZE, n_process=workers):
        pass


def kgraph(nlp: Language, documents: Sequence[Document], workers: int = 1) -> None:
    for _ in extract_documents(documents, nlp, batch_size=BATCH_SIZE, n_process=workers):
        pass


def kgraph_two_workers(nlp: Language, documents: Sequence[Document]) -> None:
    kgraph(nlp, documents, workers=2)


def timed(run: Callable[[], None]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (of this process) that ``run`` takes."""
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - wall, time.process_time() - cpu


def throughput(
    nlp: Language, documents: list[Document], runs: dict[str, Run], chunk: int, rounds: int
) -> list[tuple[float, float]]:
    """Wall-clock and CPU seconds of each of ``runs`` over ``documents``, in order.

    Chunk by chunk, the runs take turns ``rounds`` times; each chunk counts its fastest.
    """
    totals = [(0.0, 0.0)] * len(runs)
    for start in range(0, len(documents), chunk):
        part = documents[start : start + chunk]
        best = [(float("inf"), float("inf"))] * len(runs)
        for _ in range(rounds):
            for index, run in enumerate(runs.values()):
                wall, cpu = timed(lambda: run(nlp, part))  # noqa: B023
                best[index] = (min(best[index][0], wall), min(best[index][1], cpu))
        totals = [(t[0] + b[0], t[1] + b[1]) for t, b in zip(totals, best, strict=True)]
    return totals


def peak_rss(articles: int, folder: Path) -> int:
    """Peak resident memory in KiB of one ``kgraph build`` of ``articles`` articles."""
    corpus = folder / f"news-{articles}.jsonl"
    write_jsonl(corpus, generate_articles(articles, seed=1, sentences=(2, 4)))
    command = "from kgraph.cli import app; app()"
    database = folder / f"kgraph-{articles}.db"
    build = subprocess.Popen(
        [sys.executable, "-c", command, "build", str(corpus), "--db", str(database), "--quiet"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    # The resource usage of that one child, however many runs came before it.
    _, status, usage = os.wait4(build.pid, 0)
    build.returncode = os.waitstatus_to_exitcode(status)
    if build.returncode:
        raise SystemExit(f"kgraph build of {articles} articles failed ({build.returncode})")
    return usage.ru_maxrss  # KiB on Linux


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000, help="corpus for throughput")
    parser.add_argument("--rounds", type=int, default=3, help="runs of each chunk; best counts")
    parser.add_argument(
        "--rss",
        type=int,
        nargs=2,
        default=[1000, 10000],
        metavar=("SMALL", "LARGE"),
        help="article counts of the two builds whose peak memory is compared",
    )
    args = parser.parse_args(argv)

    nlp = load_pipeline()
    documents = list(generate_articles(args.articles))
    total = words(documents)
    print(f"corpus: {len(documents)} articles, {total} words (examples/, seed 0)")
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at the start")
    warm_up = list(generate_articles(100, seed=99))  # loads kgraph's tables, fills caches
    for run in (bare_spacy, kgraph, kgraph_two_workers):
        run(nlp, warm_up)

    one_process = {"bare nlp.pipe": bare_spacy, "kgraph extraction": kgraph}
    (bare, bare_cpu), (ours, ours_cpu) = throughput(nlp, documents, one_process, 100, args.rounds)
    print(f"{'':24} {'words/s':>9} {'words/CPU-s':>12}")
    print(f"{'bare nlp.pipe':24} {total / bare:9.0f} {total / bare_cpu:12.0f}")
    print(f"{'kgraph extraction':24} {total / ours:9.0f} {total / ours_cpu:12.0f}")
    print(f"{'ratio kgraph/spaCy':24} {bare / ours:9.3f} {bare_cpu / ours_cpu:12.3f}  (>= 0.85)")

    workers = {"one": kgraph, "two": kgraph_two_workers}
    (one, _), (two, _) = throughput(nlp, documents, workers, 1000, args.rounds)
    print(f"{'kgraph, 1 worker':24} {total / one:9.0f}")
    print(f"{'kgraph, 2 workers':24} {total / two:9.0f}")
    print(f"{'speed-up of 2 over 1':24} {one / two:9.2f}")

    with tempfile.TemporaryDirectory() as folder:
        small, large = (peak_rss(count, Path(folder)) for count in args.rss)
    print(f"peak RSS, {args.rss[0]:>6} articles: {small / 1024:7.1f} MiB")
    print(f"peak RSS, {args.rss[1]:>6} articles: {large / 1024:7.1f} MiB")
    print(f"ratio large/small:       {large / small:7.3f}   (target <= 1.10)")
    print(f"load average {os.getloadavg()[0]:.2f} at the end")


if __name__ == "__main__":
    main()
