"""What does a Dask cluster cost next to one process and to spaCy's workers on one machine?

Generates a folder of articles, one ``.txt`` file each (``tests/corpus.py``: 3 to 8 sentences
drawn with a fixed seed from the examples, and from the dev split of ``../shared/eval/`` and
the seed article where they are, for a vocabulary that is not the examples' alone), and in one
run extracts it three ways:

1. one process: `kgraph.pipeline.write_triples`, the pipeline loaded beforehand;
2. ``--workers 2``: the same with two spaCy worker processes (started for each chunk);
3. ``--cluster local:2``: a `LocalCluster` of two worker processes, started beforehand, with
   kgraph's worker plugin loaded once, and the client's loop of `kgraph.distributed.write_triples`
   (partitions of file paths in flight, results streamed back); its start-up (cluster, and
   the plugin's pipeline and lexicon on every worker) is timed apart.

The three take turns chunk by chunk (``--chunk`` articles), ``--rounds`` times, and each chunk
counts each one's fastest run, so that load from other processes on a shared machine falls on
all alike and passing load drops out.

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

from distributed import Client  # noqa: E402
from spacy.language import Language  # noqa: E402

from kgraph import distributed  # noqa: E402
from kgraph.distributed import Cluster  # noqa: E402
from kgraph.distributed.run import registered  # noqa: E402
from kgraph.distributed.tasks import Tasks, partitioned  # noqa: E402
from kgraph.distributed.worker import Extractor  # noqa: E402
from kgraph.nlp import load_pipeline  # noqa: E402
from kgraph.pipeline import BuildSummary, extract_readings, write_triples  # noqa: E402
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


Extraction = Callable[[list[Path]], str]


def local(nlp: Language, workers: int) -> Extraction:
    def run(files: list[Path]) -> str:
        output = io.StringIO()
        write_triples(read_documents(files), nlp, output, n_process=workers)
        return output.getvalue()

    return run


def on_cluster(client: Client, extractor: Extractor, partition_size: int) -> Extraction:
    """What `kgraph.distributed.write_triples` does once connected and registered."""

    def run(files: list[Path]) -> str:
        tasks = Tasks(client, extractor.name, (32, False), True, None)
        partitions = partitioned(read_sources(files), partition_size, None, None)
        return "".join(finished.jsonl for finished in tasks.stream(partitions))

    return run


def turns(files: list[Path], runs: dict[str, Extraction], chunk: int, rounds: int
          ) -> tuple[dict[str, float], dict[str, list[str]]]:
    """Seconds of each run over ``files``, chunk by chunk its fastest, and its sorted lines."""
    seconds = dict.fromkeys(runs, 0.0)
    lines: dict[str, list[str]] = {name: [] for name in runs}
    for start in range(0, len(files), chunk):
        part = files[start : start + chunk]
        best: dict[str, float] = {}
        outputs: dict[str, str] = {}
        for _ in range(rounds):
            for name, run in runs.items():
                began = time.perf_counter()
                outputs[name] = run(part)
                best[name] = min(best.get(name, float("inf")), time.perf_counter() - began)
        for name in runs:
            seconds[name] += best[name]
            lines[name] += outputs[name].splitlines()
    return seconds, {name: sorted(found) for name, found in lines.items()}


def whole_process(folder: Path, *options: str) -> float:
    """Wall seconds of one ``kgraph extract FOLDER`` process, start-up included."""
    with tempfile.TemporaryDirectory() as out:
        command = [sys.executable, "-c", "from kgraph.cli import app; app()", "extract",
                   str(folder), "-o", f"{out}/triples.jsonl", "--quiet", *options]
        start = time.perf_counter()
        subprocess.run(command, cwd=ROOT, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
        return time.perf_counter() - start


def store_cost(folder: Path, nlp: object) -> float:
    """Seconds the client spends storing one article with its triples and reading, as a
    build does."""
    extracted = list(extract_readings(read_documents([folder]), nlp))
    with tempfile.TemporaryDirectory() as out, Store(Path(out) / "kgraph.db") as store:
        summary = BuildSummary()
        start = time.perf_counter()
        for found in extracted:
            summary.store(store, found)
        return (time.perf_counter() - start) / len(extracted)


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
    parser.add_argument("--chunk", type=int, default=1000, help="articles the runs take turns on")
    parser.add_argument("--rounds", type=int, default=2, help="runs of each chunk; best counts")
    parser.add_argument("--partition-sizes", default=str(distributed.PARTITION_SIZE),
                        help="comma-separated: one cluster run per size")
    parser.add_argument("--no-processes", action="store_true", help="skip whole processes")
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.partition_sizes.split(",")]

    nlp = load_pipeline()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "corpus"
        folder.mkdir()
        words = write_corpus(folder, args.articles)
        files = sorted(folder.iterdir())
        print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at the start")
        local(nlp, 1)(files[:50])  # warm-up: loads kgraph's tables, fills caches

        began = time.perf_counter()
        with distributed.connect(Cluster("local:2")) as client:
            cluster_up = time.perf_counter() - began
            extractor = Extractor.of(None, (), None)
            with registered(client, extractor):
                start_up = time.perf_counter() - began
                runs = {"one process": local(nlp, 1), "--workers 2": local(nlp, 2)}
                for size in sizes:
                    runs[f"--cluster local:2, {size}"] = on_cluster(client, extractor, size)
                seconds, lines = turns(files, runs, args.chunk, args.rounds)
        print(f"cluster start-up: {start_up:.1f} s ({cluster_up:.1f} s to start it, its fork "
              "server loading the lexicon once; the rest the plugin, on both workers)")
        report(seconds, lines, words, args.articles, sizes)
        if not args.no_processes:
            whole_processes(folder, words, args.rounds)
        client_cost = store_cost(folder, nlp)
    one = seconds["one process"]
    efficiency = one / (2 * seconds[f"--cluster local:2, {sizes[0]}"])
    project(words / one, efficiency, words / args.articles, start_up, client_cost)
    print(f"load average {os.getloadavg()[0]:.2f} at the end")


def whole_processes(folder: Path, words: int, rounds: int) -> None:
    """The three as whole ``kgraph extract`` processes, taking turns; the fastest counts."""
    kinds = {"one process": (), "--workers 2": ("--workers", "2"),
             "--cluster local:2": ("--cluster", "local:2")}
    best: dict[str, float] = {}
    for _ in range(rounds):
        for name, options in kinds.items():
            best[name] = min(best.get(name, float("inf")), whole_process(folder, *options))
    print("\nwhole kgraph extract processes, start-up included:")
    for name, seconds in best.items():
        print(f"{name:24} {seconds:7.1f} s {words / seconds:9.0f} words/s")
    print(f"--cluster local:2 / --workers 2: {best['--workers 2'] / best['--cluster local:2']:.3f}")


def report(seconds: dict[str, float], lines: dict[str, list[str]], words: int, articles: int,
           sizes: list[int]) -> None:
    """Words per second of each run, the cluster against the others, and the check."""
    reference = lines["one process"]
    print(f"{'run':28} {'seconds':>8} {'words/s':>9}")
    for name, took in seconds.items():
        print(f"{name:28} {took:8.1f} {words / took:9.0f}")
        if lines[name] != reference:
            raise SystemExit(f"{name} wrote other triples than one process")
    one, two = seconds["one process"], seconds["--workers 2"]
    for size in sizes:
        cluster = seconds[f"--cluster local:2, {size}"]
        overhead = (cluster - one / 2) / articles
        print(f"partitions of {size}: cluster / --workers 2 = {two / cluster:.3f} (target >= 0.85)"
              f"; {overhead * 1000:+.2f} ms an article over half of one process's time")
    print(f"all runs wrote the same {len(reference)} triples, once sorted")


if __name__ == "__main__":
    main()
