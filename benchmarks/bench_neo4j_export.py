"""How much faster is the batched Neo4j export than one transaction per row?

Generates one random graph (by default 2,000 actors and 20,000 relations), starts the test
suite's ArcadeDB Bolt server, and loads the graph twice into fresh databases on it: with
``write_neo4j``'s batches of ``UNWIND $rows ... MERGE`` and with ``batch_size=1``, the same
statements run one managed transaction per row, after an untimed warm-up load that lets the
server's JIT compiler settle. Prints rows per second for both and the ratio.

    .venv/bin/python benchmarks/bench_neo4j_export.py [--relationships 20000] [--batch-size 1000]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import neo4j
import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kgraph.export.neo4j import write_neo4j  # noqa: E402
from kgraph.ontology import CATEGORIES, load_lexicon  # noqa: E402
from tests.bolt_server import BoltServer  # noqa: E402

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
    """Seconds to export ``graph`` into a fresh ``database``."""
    server.create_database(database)
    with neo4j.GraphDatabase.driver(server.uri, auth=server.auth) as driver:
        began = time.perf_counter()
        summary = write_neo4j(graph, [], [], driver, database=database, batch_size=batch_size)
        seconds = time.perf_counter() - began
    created = summary.nodes_created + summary.relationships_created
    expected = graph.number_of_nodes() + graph.number_of_edges()
    if created != expected:
        raise SystemExit(f"{database}: created {created} nodes and relationships, not {expected}")
    return seconds


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, default=2000)
    parser.add_argument("--relationships", type=int, default=20000)
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--warmups", type=int, default=2, help="untimed loads first")
    args = parser.parse_args()

    graph = generate_graph(args.actors, args.relationships)
    rows = graph.number_of_nodes() + graph.number_of_edges()
    with tempfile.TemporaryDirectory() as root, BoltServer(Path(root)) as server:
        print(f"ArcadeDB Bolt server started in {server.startup_seconds:.1f} s")
        print(f"graph: {graph.number_of_nodes()} actors, {graph.number_of_edges()} relations")
        # The server's JIT compiler needs a warm-up, or whichever run goes first looks slow.
        for round_ in range(args.warmups):
            load(server, graph, f"warmup{round_}", args.batch_size)
            load(server, graph.subgraph(list(graph)[:300]), f"warmuprows{round_}", 1)
        batched = load(server, graph, "batched", args.batch_size)
        print(f"batched ({args.batch_size} rows a transaction): {rows / batched:,.0f} rows/s")
        row_by_row = load(server, graph, "rowbyrow", 1)
        print(f"one transaction per row: {rows / row_by_row:,.0f} rows/s")
    print(f"batched is {row_by_row / batched:.1f}x faster ({rows} rows)")


if __name__ == "__main__":
    main()
