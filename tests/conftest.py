"""Shared fixtures: one spaCy pipeline and one Bolt server per session, paths to the data.

The Bolt server (ArcadeDB in a child process) lives in ``tests/bolt_server.py``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import neo4j
import pytest
from spacy.language import Language

from kgraph import Store, build, read_documents
from kgraph.nlp import load_pipeline
from tests.bolt_server import BoltServer

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "lavrov-pyongyang.txt"

_database_numbers = itertools.count()


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The English pipeline, loaded once for the whole test session."""
    return load_pipeline()


@pytest.fixture(scope="session")
def bolt_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BoltServer]:
    """One ArcadeDB Bolt server for the whole session, stopped at its end."""
    with BoltServer(tmp_path_factory.mktemp("arcadedb")) as server:
        yield server


@pytest.fixture
def neo4j_database(bolt_server: BoltServer) -> str:
    """The name of a fresh, empty database on the session's Bolt server."""
    name = f"kgtest{next(_database_numbers)}"
    bolt_server.create_database(name)
    return name


@pytest.fixture(scope="session")
def neo4j_driver(bolt_server: BoltServer) -> Iterator[neo4j.Driver]:
    """A driver logged in to the session's Bolt server."""
    with neo4j.GraphDatabase.driver(bolt_server.uri, auth=bolt_server.auth) as driver:
        yield driver


@pytest.fixture(scope="session")
def examples_db(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example corpus built into a database once, for tests that only read it."""
    path = tmp_path_factory.mktemp("examples") / "kgraph.db"
    with Store(path) as store:
        build(read_documents([EXAMPLES]), store, nlp)
    return path
