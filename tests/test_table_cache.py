"""The lexicon's derived tables kept between runs give what building them gives, and a cache
that cannot be used only costs the time of building again."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgraph.lexicon import table_cache
from kgraph.lexicon.actors import NamedActors
from kgraph.lexicon.places import Places


def _tables() -> tuple[object, ...]:
    """The three cached tables, as a fresh lexicon reads them."""
    actors, places = NamedActors(Places()), Places()
    return actors._index, actors._phoenix_organisations, places._demonyms


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KGRAPH_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_a_cached_table_is_the_built_one(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stored = _tables()  # built and written
    assert len(list(folder.glob("*.pickle"))) == 3
    read = _tables()  # read back
    monkeypatch.setenv("KGRAPH_CACHE", "off")
    built = _tables()
    assert read == built == stored
    assert NamedActors(Places()).person("Putin").name == "Vladimir Putin"


def test_caching_off_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KGRAPH_CACHE", "off")
    assert table_cache.cache_folder() is None
    assert table_cache.cached("anything", lambda: [1, 2]) == [1, 2]


def test_a_cut_short_file_is_built_again(folder: Path) -> None:
    assert table_cache.cached("numbers", lambda: list(range(1000))) == list(range(1000))
    [path] = folder.glob("numbers-*.pickle")
    path.write_bytes(path.read_bytes()[:100])
    assert table_cache.cached("numbers", lambda: list(range(1000))) == list(range(1000))
    assert table_cache.cached("numbers", lambda: ["not built"]) == list(range(1000))


def test_a_folder_that_cannot_be_written_leaves_the_run_uncached(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("KGRAPH_CACHE", str(blocked / "cache"))
    assert table_cache.cached("numbers", lambda: [3]) == [3]
    assert table_cache.cached("numbers", lambda: [4]) == [4]  # nothing stored, built again


def test_new_sources_replace_the_old_files(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    table_cache.cached("numbers", lambda: [1])
    table_cache.cached("letters", lambda: ["a"])
    monkeypatch.setattr(table_cache, "sources_key", lambda: "changed")
    assert table_cache.cached("numbers", lambda: [2]) == [2]  # a new key: built again
    names = sorted(path.name for path in folder.iterdir())
    assert len(names) == 2
    assert names[1] == "numbers-changed.pickle"
    assert names[0].startswith("letters-")


def test_the_key_follows_the_sources() -> None:
    table_cache.sources_key.cache_clear()
    key = table_cache.sources_key()
    assert len(key) == 32
    assert table_cache.sources_key() == key
