"""How much faster is the batched Neo4j export than one transaction per row?

Generates one random graph (by default 2,000 actors and 20,000 relations), starts the test
suite's ArcadeDB Bolt server, and loads the graph into fresh databases on it: with
``write_neo4j``'s batches of ``UNWIND $rows ... MERGE`` and with ``batch_size=1``, the same
statements run one managed transaction per row. Untimed warm-up loads first let the server's
JIT compiler settle; then the kinds of load alternate for ``--rounds`` rounds and the medians
count. Prints rows per second for each, the time a row-by-row transaction takes, the time a
batched row takes, and the ratio; ``--sweep`` adds batched loads at other batch sizes. It names
the driver's Packstream encoder too: the pure-Python one, used when ``neo4j-rust-ext`` is
missing, is most of a batched load's client time.

    .venv/bin/python benchmarks/bench_neo4j_export.py [--batch-size 1000] [--sweep 500,10000]
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import neo4j
import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kgraph.neo4j.bolt import write_neo4j  # noqa: E402
from tests.neo4j_server import Neo4jServer, clear  # noqa: E402

from kgraph.ontology import CATEGORIES, load_lexicon  # noqa: E402

_LEMMAS = ("meet", "attack", "accuse", "praise", "sanction", "visit", "threaten", "aid")
_SECTORS = ("GOV", "MIL", "BUS", "MED", "REB", None)
_COUNTRIES = ("RUS", "PRK", "USA", "CHN", "UKR", "JPN", "KOR", "BRA", "MLI", "GEO", None)


def generate_graph(actors: int, relationships: int, seed: int = 0) -> nx.MultiDiGraph:
    """A graph shaped like kgraph's: actor nodes, edges keyed ``CATEGORY|lemma``."""
    rng = random.Random(seed)
    lexicon = load_lexicon()
    graph = nx.MultiDiGraph()
    for i in range(actors):
        name = f"Actor {i}"
        graph.add_node(
            f"actor-{i}",
            label=name,
            name=name,
            type=rng.choice(("PERSON", "ORG", "COUNTRY")),
            country=rng.choice(_COUNTRIES),
            sector=rng.choice(_SECTORS),
            aliases=[f"A{i}"],
            mentions=rng.randint(1, 50),
        )
    # MultiDiGraph.number_of_edges() walks every edge, so count here instead
    edges = 0
    while edges < relationships:
        u, v = rng.sample(range(actors), 2)
        category, lemma = rng.choice((*CATEGORIES, None)), rng.choice(_LEMMAS)
        day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        key = f"{category or ''}|{lemma}"
        if graph.has_edge(f"actor-{u}", f"actor-{v}", key):
            continue
        edges += 1
        graph.add_edge(
            f"actor-{u}",
            f"actor-{v}",
            key,
            label=f"{category}: {lemma}" if category else lemma,
            category=category,
            quad=lexicon.quad(category),
            lemma=lemma,
            weight=rng.randint(1, 9),
            first_seen=day,
            last_seen=day,
            doc_ids=[f"doc-{rng.randint(0, 5000)}"],
            evidence=[f"Actor {u} did something to Actor {v} on {day}."],
            triple_ids=[f"{rng.getrandbits(64):016x}"],
        )
    return graph


def load(server: BoltServer, graph: nx.MultiDiGraph, database: str, batch_size: int) -> float:
    """Seconds to export ``graph`` into a fresh ``database``, which is dropped afterwards."""
    server.create_database(database)
    try:
        with neo4j.GraphDatabase.driver(server.uri, auth=server.auth) as driver:
            began = time.perf_counter()
            summary = write_neo4j(graph, [], [], driver, database=database, batch_size=batch_size)
            seconds = time.perf_counter() - began
    finally:
        server.drop_database(database)
    created = summary.nodes_created + summary.relationships_created
    expected = graph.number_of_nodes() + graph.number_of_edges()
    if created != expected:
        raise SystemExit(f"{database}: created {created} nodes and relationships, not {expected}")
    return seconds


def packstream_encoder() -> str:
    """Which Packstream encoder the driver uses: Rust (neo4j-rust-ext) or pure Python."""
    rust = importlib.util.find_spec("neo4j._rust") is not None
    return "Rust (neo4j-rust-ext)" if rust else "pure Python (neo4j-rust-ext not installed)"


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, default=2000)
    parser.add_argument("--relationships", type=int, default=20000)
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3, help="timed loads of each kind")
    parser.add_argument("--warmups", type=int, default=4, help="untimed loads first")
    parser.add_argument(
        "--sweep",
        default="",
        help="also time batched loads at these comma-separated batch sizes, e.g. 500,2000,10000",
    )
    args = parser.parse_args()
    sizes = list(
        dict.fromkeys([args.batch_size, *(int(size) for size in args.sweep.split(",") if size)])
    )

    graph = generate_graph(args.actors, args.relationships)
    rows = graph.number_of_nodes() + graph.number_of_edges()
    names = (f"db{n}" for n in itertools.count())
    batched: dict[int, list[float]] = {size: [] for size in sizes}
    row_by_row: list[float] = []
    with tempfile.TemporaryDirectory() as root, BoltServer(Path(root)) as server:
        print(f"ArcadeDB Bolt server started in {server.startup_seconds:.1f} s")
        print(f"graph: {graph.number_of_nodes()} actors, {graph.number_of_edges()} relations")
        print(f"driver {neo4j.__version__}, Packstream encoder: {packstream_encoder()}")
        # The server's JIT compiler takes several loads to settle, or whichever run goes first
        # looks slow; then the kinds of load alternate, so a slow spell of a shared machine
        # hits them alike.
        for _ in range(args.warmups):
            load(server, graph, next(names), args.batch_size)
            load(server, graph.subgraph(list(graph)[:300]), next(names), 1)
        for _ in range(args.rounds):
            for size in sizes:
                batched[size].append(load(server, graph, next(names), size))
            row_by_row.append(load(server, graph, next(names), 1))
    one = statistics.median(row_by_row)
    print(f"median of {args.rounds} loads of {rows} rows each:")
    print(f"one transaction per row: {rows / one:,.0f} rows/s, {one / rows * 1e3:.2f} ms a row")
    for size, times in batched.items():
        seconds = statistics.median(times)
        print(
            f"batched, {size} rows a transaction: {rows / seconds:,.0f} rows/s,"
            f" {seconds / rows * 1e6:.0f} µs a row, {one / seconds:.1f}x faster"
        )


if __name__ == "__main__":
    main()
