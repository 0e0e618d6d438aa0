"""What loading the generated lexicon costs a run at start-up, next to kgraph's own lexicon.

For each table of ``kgraph/lexicon/data/generated/`` and, as the baseline, for kgraph's
current hand-written lexicon (``kgraph.lexicon.events.load_events``), in one run:

1. reads the file into rows of strings (``kgraph.datafiles.rows``), the floor any loader pays;
2. loads the lookup table (`kgraph.lexicon.tables`), which parses what the rows hold.

Each measurement runs in a fresh Python process (the tables are cached per process), after
the imports a kgraph run has made anyway (kgraph, country_converter), and counts its fastest
of ``--rounds`` runs, so that load from other processes on a shared machine drops out.

    .venv/bin/python benchmarks/bench_lexicon_load.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "kgraph" / "lexicon" / "data" / "generated"

PRELUDE = (
    "import time, country_converter, kgraph.datafiles\n"
    "import kgraph.lexicon.tables, kgraph.lexicon.events\n"
)
TIMED = "start = time.perf_counter(); {call}; print(time.perf_counter() - start)\n"

TABLES = {
    "verbs.tsv": "kgraph.lexicon.tables.verbs()",
    "patterns.tsv": "kgraph.lexicon.tables.patterns()",
    "agents.tsv": "kgraph.lexicon.tables.agents()",
    "actors.tsv": "kgraph.lexicon.tables.actors()",
}
BASELINE = "kgraph.lexicon.events.load_events()"


def seconds(call: str, rounds: int) -> float:
    """The fastest of ``rounds`` fresh processes timing ``call``."""
    code = PRELUDE + TIMED.format(call=call)
    times = []
    for _ in range(rounds):
        result = subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
        )
        times.append(float(result.stdout))
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    rounds = parser.parse_args().rounds
    print(f"{'table':<28} {'MB':>6} {'rows':>7} {'read s':>8} {'load s':>8}")
    for name, call in TABLES.items():
        path = GENERATED / name
        rows = sum(1 for _ in path.open(encoding="utf-8")) - 1
        read = seconds(f'kgraph.datafiles.rows("kgraph.lexicon", "generated/{name}")', rounds)
        load = seconds(call, rounds)
        size = path.stat().st_size / 1e6
        print(f"{name:<28} {size:>6.2f} {rows:>7} {read:>8.3f} {load:>8.3f}")
    baseline = seconds(BASELINE, rounds)
    print(f"{'kgraph.lexicon.events (baseline)':<28} {'':>6} {'':>7} {'':>8} {baseline:>8.3f}")


if __name__ == "__main__":
    main()
