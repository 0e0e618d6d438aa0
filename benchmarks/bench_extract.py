"""How fast is kgraph's extraction next to bare spaCy, as a user runs it, and does its memory
stay flat?

The corpus is news-like (``tests/corpus.py``'s `news_articles`: sentences of the examples, the
seed article and the dev split of ``../shared/eval/``, each article with made-up names of its
own, fixed seed), so that lookups cost what they cost on news. In one run:

1. ``startup``: ``kgraph --help`` and ``kgraph stats`` on the examples' database, each a whole
   process, median of ``--startup-runs``, beside a Python that only starts (``python -c pass``);
2. ``process``: ``kgraph extract FILE -o OUT`` against a bare-spaCy script over the same JSONL
   file (the same model and batch size, its texts through ``nlp.pipe``, nothing written), each
   a whole process, taking turns ``--process-runs`` times; it prints both medians, their
   ratio, and each one's peak resident memory;
3. ``inprocess``: after loading, a bare ``nlp.pipe`` against kgraph's ``extract_documents``,
   the same documents, taking turns on chunks of 100 articles, each chunk counting its fastest
   of ``--rounds`` runs, so that passing load from other processes falls on both alike;
4. ``workers``: one worker process against two, the same way on chunks of 1,000;
5. ``rss``: ``kgraph build`` of 1,000 and of 10,000 articles, each in a fresh process, and each
   one's peak resident memory (``ru_maxrss`` from ``os.wait4``) and their ratio.

Words are the whitespace-separated words of the article texts. ``--only`` runs some of them.

    .venv/bin/python benchmarks/bench_extract.py [--only startup process] [--articles 2000]
        [--process-articles 1200] [--process-runs 5] [--rounds 3] [--rss 1000 10000]
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from spacy.language import Language

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))  # after PYTHONPATH: a baseline tree there is the kgraph run

from kgraph.nlp import MODEL_NAMES, load_pipeline  # noqa: E402
from kgraph.pipeline import extract_documents  # noqa: E402
from kgraph.records import Document  # noqa: E402
from tests.corpus import news_articles, write_jsonl  # noqa: E402

BATCH_SIZE = 32
KGRAPH = Path(sys.executable).with_name("kgraph")  # the command as installed in the venv
SECTIONS = ("startup", "process", "inprocess", "workers", "rss")

# What a user of bare spaCy runs: load the model, read the JSONL, parse every text.
BARE_SPACY = """\
import importlib, json, sys
path, model, batch_size = sys.argv[1:]
nlp = importlib.import_module(model).load()
with open(path, encoding="utf-8") as lines:
    texts = (json.loads(line)["text"] for line in lines)
    for _ in nlp.pipe(texts, batch_size=int(batch_size)):
        pass
"""

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


def run_process(command: list[str]) -> tuple[float, int]:
    """Wall-clock seconds and peak resident memory (KiB) of one run of ``command``."""
    start = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL)
    # The resource usage of that one child, however many runs came before it.
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"{' '.join(command)} failed ({os.waitstatus_to_exitcode(status)})")
    return seconds, usage.ru_maxrss  # KiB on Linux


def peak_rss(articles: int, folder: Path) -> int:
    """Peak resident memory in KiB of one ``kgraph build`` of ``articles`` articles."""
    corpus = folder / f"news-{articles}.jsonl"
    write_jsonl(corpus, news_articles(articles, seed=1, sentences=(2, 4)))
    database = folder / f"kgraph-{articles}.db"
    return run_process([str(KGRAPH), "build", str(corpus), "--db", str(database), "--quiet"])[1]


def model_name() -> str:
    """The model module kgraph loads by default, for the bare-spaCy script to load too."""
    return next(name for name in MODEL_NAMES if importlib.util.find_spec(name))


def median_runs(commands: dict[str, list[str]], runs: int) -> dict[str, tuple[float, int]]:
    """Each command's median seconds and its largest peak memory, the commands taking turns."""
    seconds: dict[str, list[float]] = {name: [] for name in commands}
    peaks: dict[str, int] = dict.fromkeys(commands, 0)
    for _ in range(runs):
        for name, command in commands.items():
            wall, peak = run_process(command)
            seconds[name].append(wall)
            peaks[name] = max(peaks[name], peak)
    return {name: (statistics.median(seconds[name]), peaks[name]) for name in commands}


def startup(runs: int, folder: Path) -> None:
    """Section 1: the start-up of ``kgraph --help`` and ``kgraph stats``."""
    database = folder / "examples.db"
    run_process([str(KGRAPH), "build", str(ROOT / "examples"), "--db", str(database), "-q"])
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "kgraph --help": [str(KGRAPH), "--help"],
        "kgraph stats (examples)": [str(KGRAPH), "stats", "--db", str(database)],
    }
    for name, (seconds, _) in median_runs(commands, runs).items():
        print(f"{name:28} {seconds:7.3f} s")


def whole_process(articles: int, runs: int, folder: Path) -> None:
    """Section 2: ``kgraph extract`` against bare spaCy, each a whole process."""
    corpus = folder / "news.jsonl"
    total = write_jsonl(corpus, news_articles(articles, seed=2))
    print(f"whole processes: {articles} articles, {total} words, {runs} runs each, by turns")
    commands = {
        "bare spaCy script": [
            sys.executable, "-c", BARE_SPACY, str(corpus), model_name(), str(BATCH_SIZE)
        ],
        "kgraph extract": [
            str(KGRAPH), "extract", str(corpus), "-o", str(folder / "out.jsonl"), "--quiet"
        ],
    }
    (bare, bare_peak), (ours, our_peak) = median_runs(commands, runs).values()
    line("", "median s", "words/s", "peak MiB")
    line("bare spaCy script", f"{bare:.2f}", f"{total / bare:.0f}", f"{bare_peak / 1024:.1f}")
    line("kgraph extract", f"{ours:.2f}", f"{total / ours:.0f}", f"{our_peak / 1024:.1f}")
    line("ratio kgraph/spaCy", f"{bare / ours:.3f}", "(target >= 0.95)")


def line(label: str, *cells: str) -> None:
    """One line of a section's table: a label and right-aligned cells."""
    print(f"{label:24}" + "".join(f" {cell:>12}" for cell in cells))


def in_process(nlp: Language, documents: list[Document], rounds: int) -> None:
    """Section 3: kgraph's extraction against bare ``nlp.pipe``, after loading."""
    total = words(documents)
    one_process = {"bare nlp.pipe": bare_spacy, "kgraph extraction": kgraph}
    (bare, bare_cpu), (ours, ours_cpu) = throughput(nlp, documents, one_process, 100, rounds)
    print(f"in one process: {len(documents)} articles, {total} words")
    line("", "words/s", "words/CPU-s")
    line("bare nlp.pipe", f"{total / bare:.0f}", f"{total / bare_cpu:.0f}")
    line("kgraph extraction", f"{total / ours:.0f}", f"{total / ours_cpu:.0f}")
    line("ratio kgraph/spaCy", f"{bare / ours:.3f}", f"{bare_cpu / ours_cpu:.3f}", "(>= 0.97)")


def two_workers(nlp: Language, documents: list[Document], rounds: int) -> None:
    """Section 4: one worker process against two."""
    total = words(documents)
    workers = {"one": kgraph, "two": kgraph_two_workers}
    (one, _), (two, _) = throughput(nlp, documents, workers, 1000, rounds)
    line("kgraph, 1 worker", f"{total / one:.0f}")
    line("kgraph, 2 workers", f"{total / two:.0f}")
    line("speed-up of 2 over 1", f"{one / two:.2f}")


def memory(counts: list[int], folder: Path) -> None:
    """Section 5: the peak memory of two builds."""
    small, large = (peak_rss(count, folder) for count in counts)
    print(f"peak RSS, {counts[0]:>6} articles: {small / 1024:7.1f} MiB")
    print(f"peak RSS, {counts[1]:>6} articles: {large / 1024:7.1f} MiB")
    print(f"ratio large/small:       {large / small:7.3f}   (target <= 1.10)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", choices=SECTIONS, default=SECTIONS)
    parser.add_argument("--articles", type=int, default=2000, help="corpus in one process")
    parser.add_argument("--rounds", type=int, default=3, help="runs of each chunk; best counts")
    parser.add_argument("--process-articles", type=int, default=1200, help="whole-process corpus")
    parser.add_argument("--process-runs", type=int, default=5, help="whole-process runs each")
    parser.add_argument("--startup-runs", type=int, default=9, help="start-up runs each")
    parser.add_argument(
        "--rss",
        type=int,
        nargs=2,
        default=[1000, 10000],
        metavar=("SMALL", "LARGE"),
        help="article counts of the two builds whose peak memory is compared",
    )
    args = parser.parse_args(argv)
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at the start")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        if "startup" in args.only:
            startup(args.startup_runs, folder)
        if "process" in args.only:
            whole_process(args.process_articles, args.process_runs, folder)
        if {"inprocess", "workers"} & set(args.only):
            nlp = load_pipeline()
            documents = list(news_articles(args.articles))
            warm_up = list(news_articles(100, seed=99))  # loads kgraph's tables, fills caches
            for run in (bare_spacy, kgraph, kgraph_two_workers):
                run(nlp, warm_up)
            if "inprocess" in args.only:
                in_process(nlp, documents, args.rounds)
            if "workers" in args.only:
                two_workers(nlp, documents, args.rounds)
        if "rss" in args.only:
            memory(args.rss, folder)
    print(f"load average {os.getloadavg()[0]:.2f} at the end")


if __name__ == "__main__":
    main()
