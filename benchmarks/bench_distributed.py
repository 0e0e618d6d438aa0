"""What does a Dask cluster cost next to one process and to spaCy's workers on one machine?

Generates a folder of articles, one ``.txt`` file each (``tests/corpus.py``: 3 to 8 sentences
drawn with a fixed seed from the examples, and from the dev split of ``../shared/eval/`` and
the seed article where they are, for a vocabulary that is not the examples' alone), and in one
run extracts it three ways, taking turns ``--rounds`` times and keeping each way's best:

1. one process: `kgraph.pipeline.write_triples`, the pipeline loaded beforehand;
2. ``--workers 2``: the same with two spaCy worker processes;
3. ``--cluster local:2``: `kgraph.distributed.write_triples` on a `LocalCluster` of two worker
   processes started beforehand; the files travel as paths. Each run registers the worker
   plugin, so the workers load the pipeline and lexicon first.

Each run's words per second are counted twice: over the whole call, and steady, from the
second article or partition finished to the last (what a long corpus sees; the start-up of
spaCy's workers and of the plugin is left out, and each worker's first partition with it).

It checks that the three write the same lines once sorted, and prints words per second, the
cluster's rate against ``--workers 2`` (target: at least 0.85) and its overhead per article
against an even split of one process's work over two. Then it times whole ``kgraph extract``
processes of each kind, as a user runs them, start-up included; and what the client spends on
each article of a build (storing it with its triples), the one cost that more workers do not
share. Last, it projects the time for a million such articles on 1, 8 and 64 cores.

    .venv/bin/python benchmarks/bench_distributed.py [--articles 2000] [--partition-sizes 64]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kgraph import distributed  # noqa: E402
from kgraph.distributed import Cluster  # noqa: E402
from kgraph.nlp import load_pipeline  # noqa: E402
from kgraph.pipeline import BuildSummary, extract_documents, write_triples  # noqa: E402
from kgraph.sources import read_documents, read_sources  # noqa: E402
from kgraph.store import Store  # noqa: E402
from tests.corpus import example_sentences, generate_articles  # noqa: E402

SHARED = ROOT.parent / "shared"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘])")
MILLION = 1_000_000


def sentence_pool() -> tuple[tuple[str, ...], str]:
    """The examples' sentences, with the eval dev split's and the seed's where they are."""
    pool = list(example_sentences())
    named = ["examples/"]
    dev = SHARED / "eval" / "plover_gsr_dev.jsonl"
    if dev.exists():
        lines = dev.read_text(encoding="utf-8").splitlines()
        pool += [json.loads(line)["text"] for line in lines if line.strip()]
        named.append("the eval dev split")
    seed = SHARED / "seed" / "lavrov-pyongyang.txt"
    if seed.exists():
        pool += [s for s in _SENTENCE_END.split(seed.read_text(encoding="utf-8")) if s.strip()]
        named.append("the seed")
    return tuple(pool), ", ".join(named)


def write_corpus(folder: Path, articles: int) -> int:
    """One ``.txt`` file an article under ``folder``; returns how many words they hold."""
    pool, named = sentence_pool()
    words = 0
    for article in generate_articles(articles, pool=pool):
        text = f"{article.title}\n\n{article.text}\n"
        (folder / f"{article.id}.txt").write_text(text, encoding="utf-8")
        words += len(article.text.split())
    print(f"corpus: {articles} text files, {words} words, sentences of {named} (seed 0)")
    return words


class Run:
    """One timed run: its lines, its wall time, and when its articles finished."""

    def __init__(self) -> None:
        self.marks: list[tuple[float, int]] = []
        self.done = 0

    def finished(self, articles: int = 1) -> None:
        self.done += articles if isinstance(articles, int) else 1
        self.marks.append((time.perf_counter(), self.done))

    def timed(self, run: Callable[[Run], str]) -> Run:
        start = time.perf_counter()
        self.lines = sorted(run(self).splitlines())
        self.seconds = time.perf_counter() - start
        return self

    def steady(self) -> float:
        """Articles per second from the second finished (by then each of two workers has
        finished its first partition) to the last."""
        (first, before), (last, done) = self.marks[min(1, len(self.marks) - 2)], self.marks[-1]
        return (done - before) / (last - first)


def local(folder: Path, nlp: object, workers: int, run: Run) -> str:
    output = io.StringIO()
    write_triples(
        read_documents([folder]), nlp, output, n_process=workers, on_document=run.finished
    )
    return output.getvalue()


def on_cluster(folder: Path, address: str, partition_size: int, run: Run) -> str:
    output = io.StringIO()
    distributed.write_triples(
        read_sources([folder]), output, Cluster(address, partition_size=partition_size),
        on_progress=run.finished,
    )
    return output.getvalue()


def whole_process(folder: Path, *options: str) -> float:
    """Wall seconds of one ``kgraph extract FOLDER`` process, start-up included."""
    with tempfile.TemporaryDirectory() as out:
        command = [sys.executable, "-c", "from kgraph.cli import app; app()", "extract",
                   str(folder), "-o", f"{out}/triples.jsonl", "--quiet", *options]
        start = time.perf_counter()
        subprocess.run(command, cwd=ROOT, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
        return time.perf_counter() - start


def store_cost(folder: Path, nlp: object) -> float:
    """Seconds the client spends storing one article with its triples, as a build does."""
    pairs = list(extract_documents(read_documents([folder]), nlp))
    with tempfile.TemporaryDirectory() as out, Store(Path(out) / "kgraph.db") as store:
        summary = BuildSummary()
        start = time.perf_counter()
        for document, triples in pairs:
            summary.store(store, document, triples)
        return (time.perf_counter() - start) / len(pairs)


def project(per_core: float, efficiency: float, words: float, start_up: float,
            client: float) -> None:
    """The time for a million articles of ``words`` words on 1, 8 and 64 cores."""
    print(f"\nprojected time for {MILLION:,} such articles ({words:.0f} words each):")
    print(f"{'cores':>6} {'how':<34} {'time':>9}")
    one = MILLION * words / per_core
    print(f"{1:>6} {'one process':<34} {one / 3600:8.1f}h")
    for cores in (8, 64):
        parse = MILLION * words / (cores * per_core * efficiency) + start_up
        limit = max(parse, MILLION * client)
        bound = "  (the client's storing bounds it)" if limit > parse else ""
        print(f"{cores:>6} {f'cluster, {cores} workers of 1 thread':<34} {limit / 3600:8.1f}h"
              f"{bound}")
    print(f"client storing {client * 1000:.2f} ms an article: at most {1 / client:,.0f} "
          "articles/s into one SQLite store")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=1, help="turns of the three; best counts")
    parser.add_argument("--partition-sizes", default=str(distributed.PARTITION_SIZE),
                        help="comma-separated: the cluster runs once per size")
    parser.add_argument("--no-processes", action="store_true", help="skip whole processes")
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.partition_sizes.split(",")]

    nlp = load_pipeline()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "corpus"
        folder.mkdir()
        words = write_corpus(folder, args.articles)
        print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at the start")
        local(folder, nlp, 1, Run())  # warm-up: loads kgraph's tables, fills caches

        with distributed.connect(Cluster("local:2")) as client:
            address = client.scheduler.address
            runs: dict[str, Callable[[Run], str]] = {
                "one process": lambda run: local(folder, nlp, 1, run),
                "--workers 2": lambda run: local(folder, nlp, 2, run),
            }
            for size in sizes:
                runs[f"--cluster local:2, {size}"] = (
                    lambda run, size=size: on_cluster(folder, address, size, run)
                )
            best: dict[str, Run] = {}
            for _ in range(args.rounds):
                for name, run in runs.items():
                    timed = Run().timed(run)
                    if name not in best or timed.steady() > best[name].steady():
                        best[name] = timed
        report(best, words, args.articles, sizes)

        one = best["one process"]
        cluster = best[f"--cluster local:2, {sizes[0]}"]
        efficiency = cluster.steady() / (2 * one.steady())
        start_up = cluster.seconds - args.articles / cluster.steady()
        if not args.no_processes:
            print("\nwhole kgraph extract processes, start-up included:")
            for name, options in [("one process", ()), ("--workers 2", ("--workers", "2")),
                                  ("--cluster local:2", ("--cluster", "local:2"))]:
                seconds = whole_process(folder, *options)
                print(f"{name:24} {seconds:7.1f} s {words / seconds:9.0f} words/s")
        client = store_cost(folder, nlp)
    per_core = one.steady() * words / args.articles
    project(per_core, efficiency, words / args.articles, start_up, client)
    print(f"load average {os.getloadavg()[0]:.2f} at the end")


def report(best: dict[str, Run], words: int, articles: int, sizes: list[int]) -> None:
    """Words per second of each run, the cluster against the others, and the check."""
    per_article = words / articles
    reference = best["one process"].lines
    print(f"{'run':28} {'seconds':>8} {'words/s':>9} {'steady':>9}")
    for name, run in best.items():
        print(f"{name:28} {run.seconds:8.1f} {words / run.seconds:9.0f} "
              f"{run.steady() * per_article:9.0f}")
        if run.lines != reference:
            raise SystemExit(f"{name} wrote other triples than one process")
    one, two = best["one process"].steady(), best["--workers 2"].steady()
    for size in sizes:
        cluster = best[f"--cluster local:2, {size}"]
        overhead = 1 / cluster.steady() - 1 / (2 * one)
        print(f"partitions of {size}: cluster/--workers 2 = {cluster.steady() / two:.3f} steady "
              f"(target >= 0.85), {best['--workers 2'].seconds / cluster.seconds:.3f} whole call"
              f"; overhead {overhead * 1000:+.2f} ms an article over half of one process's time")
    print(f"all runs wrote the same {len(reference)} triples, once sorted")


if __name__ == "__main__":
    main()
