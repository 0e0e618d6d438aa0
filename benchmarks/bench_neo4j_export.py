"""How fast does kgraph load a graph into Neo4j, against the ways around it?

Generates one random graph (by default 2,000 actors and 20,000 relations: 22,000 rows),
starts Neo4j 5 community with ``tests/neo4j/serve`` and loads the graph into its emptied
database four ways, in one run:

- kgraph's export (``write_neo4j``): batches of ``UNWIND $rows ... MERGE``, one managed
  transaction each, building its rows from the graph as it goes;
- the same export with ``batch_size=1``: one managed transaction per row;
- a raw-driver ceiling: the plainest ``UNWIND $rows MERGE`` of the same rows, made before
  the clock starts, from a loop over ``session.run`` with no kgraph code (the same
  uniqueness constraint first, so that its MATCHes find actors by index);
- ``kgraph export csv`` (``write_neo4j_csv``) and Neo4j's own ``neo4j-admin database import
  full`` of its files into a fresh home, which the server does not serve.

Untimed warm-up loads first let the server's JIT compiler settle; then the kinds of load
alternate for ``--rounds`` rounds, each round starting with another, and the medians count;
the imports come last. Prints rows per second for each and
the ratios the README quotes: batched against the ceiling (target at least 0.8) and against
row by row (target at least 20).

    .venv/bin/python benchmarks/bench_neo4j_export.py [--batch-size 5000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import neo4j
import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kgraph.lexicon import CATEGORIES, load_lexicon  # noqa: E402
from kgraph.neo4j.admin_csv import write_neo4j_csv  # noqa: E402
from kgraph.neo4j.bolt import write_neo4j  # noqa: E402
from tests.neo4j_server import Neo4jServer, clear, run_admin_command  # noqa: E402

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
            quad=lexicon.events.quad(category),
            lemma=lemma,
            weight=rng.randint(1, 9),
            first_seen=day,
            last_seen=day,
            doc_ids=[f"doc-{rng.randint(0, 5000)}"],
            evidence=[f"Actor {u} did something to Actor {v} on {day}."],
            triple_ids=[f"{rng.getrandbits(64):016x}"],
        )
    return graph


def _expect(created: int, graph: nx.MultiDiGraph, what: str) -> None:
    expected = graph.number_of_nodes() + graph.number_of_edges()
    if created != expected:
        raise SystemExit(f"{what}: created {created} nodes and relationships, not {expected}")


def load_kgraph(driver: neo4j.Driver, graph: nx.MultiDiGraph, batch_size: int) -> float:
    """Seconds for kgraph's export of ``graph`` into the emptied database."""
    clear(driver)
    began = time.perf_counter()
    summary = write_neo4j(graph, [], [], driver, database="neo4j", batch_size=batch_size)
    seconds = time.perf_counter() - began
    _expect(summary.nodes_created + summary.relationships_created, graph, "kgraph")
    return seconds


def raw_rows(graph: nx.MultiDiGraph) -> tuple[list[dict[str, Any]], dict[str, list[dict]]]:
    """The actor rows and the relation rows by type, as plain dicts, without kgraph."""
    actors = [
        {"id": node, "props": {k: v for k, v in data.items() if v is not None}}
        for node, data in graph.nodes(data=True)
    ]
    relations: dict[str, list[dict]] = defaultdict(list)
    for source, target, data in graph.edges(data=True):
        props = {k: v for k, v in data.items() if v is not None}
        row = {"source": source, "target": target, "lemma": data["lemma"], "props": props}
        relations[data["category"] or "RELATED_TO"].append(row)
    return actors, relations


def load_raw(
    driver: neo4j.Driver,
    rows: tuple[list[dict[str, Any]], dict[str, list[dict]]],
    graph: nx.MultiDiGraph,
    batch_size: int,
) -> float:
    """Seconds for the plainest batched load of the same rows: the ceiling of the driver."""
    clear(driver)
    actors, relations = rows
    statements = [("MERGE (n:Actor {id: row.id}) SET n += row.props", actors)] + [
        (
            "MATCH (s:Actor {id: row.source}) MATCH (t:Actor {id: row.target})"
            f" MERGE (s)-[r:{kind} {{lemma: row.lemma}}]->(t) SET r += row.props",
            kind_rows,
        )
        for kind, kind_rows in relations.items()
    ]
    created = 0
    began = time.perf_counter()
    with driver.session(database="neo4j") as session:
        session.run("CREATE CONSTRAINT FOR (n:Actor) REQUIRE n.id IS UNIQUE").consume()
        for body, kind_rows in statements:
            for start in range(0, len(kind_rows), batch_size):
                batch = kind_rows[start : start + batch_size]
                counters = session.run(f"UNWIND $rows AS row {body}", rows=batch).consume().counters
                created += counters.nodes_created + counters.relationships_created
    seconds = time.perf_counter() - began
    _expect(created, graph, "raw driver")
    return seconds


def load_admin_import(graph: nx.MultiDiGraph, folder: Path) -> tuple[float, float]:
    """Seconds to write the CSV export, and seconds for neo4j-admin to import it."""
    began = time.perf_counter()
    files = write_neo4j_csv(graph, [], [], folder / "csv")
    written = time.perf_counter()
    imported = run_admin_command(files.command(), folder / "home", cwd=folder)
    done = time.perf_counter()
    if imported.returncode != 0:
        raise SystemExit(f"neo4j-admin failed:\n{imported.stdout}{imported.stderr}")
    report = next(line for line in imported.stdout.splitlines() if "IMPORT DONE" in line)
    print(f"  neo4j-admin: {report.strip()}")
    return written - began, done - written


def packstream_encoder() -> str:
    """Which Packstream encoder the driver uses: Rust (neo4j-rust-ext) or pure Python."""
    rust = importlib.util.find_spec("neo4j._rust") is not None
    return "Rust (neo4j-rust-ext)" if rust else "pure Python (neo4j-rust-ext not installed)"


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, default=2000)
    parser.add_argument("--relationships", type=int, default=20000)
    parser.add_argument("--batch-size", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=3, help="timed loads of each kind")
    parser.add_argument("--warmups", type=int, default=2, help="untimed loads of each kind first")
    parser.add_argument(
        "--sweep", default="", help="also time batched loads at these batch sizes, e.g. 500,5000"
    )
    args = parser.parse_args()
    sizes = [int(size) for size in args.sweep.split(",") if size]

    graph = generate_graph(args.actors, args.relationships)
    rows = graph.number_of_nodes() + graph.number_of_edges()
    plain = raw_rows(graph)
    small = graph.subgraph(list(graph)[:300])
    times: dict[str, list[float]] = defaultdict(list)
    os.environ.setdefault("KGRAPH_NEO4J_HEAP", "2g")
    scratch = tempfile.mkdtemp()
    with (
        Neo4jServer() as server,
        neo4j.GraphDatabase.driver(server.uri, auth=server.auth) as driver,
    ):
        records, _, _ = driver.execute_query("CALL dbms.components()", database_="neo4j")
        [kernel] = records
        print(
            f"{kernel['name']} {kernel['versions'][0]} {kernel['edition']}, started in"
            f" {server.startup_seconds:.1f} s; driver {neo4j.__version__},"
            f" Packstream encoder: {packstream_encoder()}"
        )
        print(f"graph: {graph.number_of_nodes()} actors, {graph.number_of_edges()} relations")
        loads: dict[str, Callable[[], float]] = {
            "batched": lambda: load_kgraph(driver, graph, args.batch_size),
            "raw": lambda: load_raw(driver, plain, graph, args.batch_size),
            "row by row": lambda: load_kgraph(driver, graph, 1),
            **{
                f"batched, {size} rows a batch": lambda size=size: load_kgraph(driver, graph, size)
                for size in sizes
            },
        }
        for _ in range(args.warmups):
            load_kgraph(driver, graph, args.batch_size)
            load_raw(driver, plain, graph, args.batch_size)
            load_kgraph(driver, small, 1)
        kinds = list(loads)
        for round_ in range(args.rounds):
            # each round starts with another kind, so that none always follows the same one
            for kind in kinds[round_ % len(kinds) :] + kinds[: round_ % len(kinds)]:
                times[kind].append(loads[kind]())
        clear(driver)
    # after the server's loads: the import's store files, written back to disk in the
    # background, would slow whichever load came next
    for round_ in range(args.rounds):
        written, imported = load_admin_import(graph, Path(scratch) / str(round_))
        times["csv written"].append(written)
        times["neo4j-admin import"].append(imported)
    shutil.rmtree(scratch)

    report(times, rows, args)


def report(times: dict[str, list[float]], rows: int, args: argparse.Namespace) -> None:
    """Print the median of each kind of load and the ratios of the targets."""
    medians = {kind: statistics.median(values) for kind, values in times.items()}
    medians["csv export + import"] = medians["csv written"] + medians["neo4j-admin import"]
    print(f"median of {args.rounds} loads of {rows} rows each ({args.batch_size} rows a batch):")
    for kind in [kind for kind in medians if kind != "csv written"]:
        seconds = medians[kind]
        print(
            f"  {kind}: {rows / seconds:,.0f} rows/s, {seconds:.2f} s,"
            f" {seconds / rows * 1e6:.0f} µs a row"
        )
    batched = medians["batched"]
    print(f"batched / raw ceiling: {medians['raw'] / batched:.2f} (target >= 0.8)")
    print(f"batched / row by row: {medians['row by row'] / batched:.1f}x (target >= 20)")
    print(f"csv export + import / batched: {batched / medians['csv export + import']:.1f}x")

if __name__ == "__main__":
    main()
