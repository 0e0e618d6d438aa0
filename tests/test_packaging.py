"""The built wheel carries what an installed kgraph reads at run time: the analyst's queries."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from kgraph.lexicon.convert import GENERATED
from kgraph.neo4j.queries import list_queries

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built from a copy of the checkout, so the build leaves nothing behind in it."""
    source = tmp_path_factory.mktemp("source") / "kgraph"
    shutil.copytree(
        ROOT,
        source,
        symlinks=True,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "out", "build", "target", "*.egg-info", "__pycache__", ".*_cache"
        ),
    )
    out = tmp_path_factory.mktemp("wheel")
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "-w", str(out), "--no-deps", "-q"],
        capture_output=True,
        text=True,
    )
    assert built.returncode == 0, built.stderr
    (path,) = out.glob("kgraph-*.whl")
    return path


def test_the_wheel_has_every_query(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    shipped = {Path(name).stem for name in names if name.startswith("kgraph/neo4j/cypher/")}
    assert shipped == {query.name for query in list_queries()}
    assert all(
        name.endswith(".cypher") for name in names if name.startswith("kgraph/neo4j/cypher/")
    )


def run_from_wheel(wheel: Path, folder: Path, code: str) -> str:
    """What ``code`` prints, run with kgraph imported from the wheel in an empty ``folder``."""
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=folder,
        env={**os.environ, "PYTHONPATH": str(wheel)},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_queries_load_from_the_installed_wheel(wheel: Path, tmp_path: Path) -> None:
    # Python imports a pure-Python wheel as a zip file: no checkout, no cypher/ folder around.
    code = (
        "import kgraph.neo4j.queries as q; print(q.__file__, q.load_query('who_met_whom').defaults)"
    )
    printed = run_from_wheel(wheel, tmp_path, code)
    assert printed == f"{wheel / 'kgraph' / 'neo4j' / 'queries.py'} {{'limit': 25}}\n"


def test_the_wheel_has_the_generated_lexicon(wheel: Path, tmp_path: Path) -> None:
    folder = "kgraph/lexicon/data/generated/"
    names = zipfile.ZipFile(wheel).namelist()
    shipped = sorted(name[len(folder) :] for name in names if name.startswith(folder))
    assert shipped == sorted(path.name for path in GENERATED.iterdir())
    code = "from kgraph.lexicon import tables; print(tables.verbs()['call off'][0].category)"
    assert run_from_wheel(wheel, tmp_path, code) == "SANCTION\n"


def test_the_wheel_has_the_gazetteer(wheel: Path, tmp_path: Path) -> None:
    folder = "kgraph/lexicon/data/geonames/"
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {f"{folder}cities.tsv", f"{folder}capitals.tsv", f"{folder}README.md"} <= names
    code = (
        "from kgraph.lexicon.places import Places; p = Places(); "
        "print(p.place_country('Basra'), p.country_of('Pyongyang'))"
    )
    assert run_from_wheel(wheel, tmp_path, code) == "IRQ PRK\n"
