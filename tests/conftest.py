"""Shared fixtures: one spaCy pipeline and one Neo4j server per session, paths to the data.

The Neo4j server (Neo4j 5 community, started by ``tests/neo4j/serve``) is driven from
``tests/neo4j_server.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import neo4j
import pytest
from spacy.language import Language

from kgraph import Store, build, read_documents
from kgraph.nlp import load_pipeline
from tests.neo4j_server import Neo4jServer, clear

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "lavrov-pyongyang.txt"


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The English pipeline, loaded once for the whole test session."""
    return load_pipeline()


@pytest.fixture(scope="session")
def neo4j_server() -> Iterator[Neo4jServer]:
    """One Neo4j server for the whole session, stopped at its end."""
    with Neo4jServer() as server:
        yield server


@pytest.fixture(scope="session")
def neo4j_driver(neo4j_server: Neo4jServer) -> Iterator[neo4j.Driver]:
    """A driver logged in to the session's Neo4j server."""
    with neo4j.GraphDatabase.driver(neo4j_server.uri, auth=neo4j_server.auth) as driver:
        yield driver


@pytest.fixture
def neo4j_database(neo4j_driver: neo4j.Driver) -> str:
    """The name of the server's one database (community Neo4j has one), emptied for the test."""
    clear(neo4j_driver)
    return "neo4j"


@pytest.fixture(scope="session")
def examples_db(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example corpus built into a database once, for tests that only read it."""
    path = tmp_path_factory.mktemp("examples") / "kgraph.db"
    with Store(path) as store:
        build(read_documents([EXAMPLES]), store, nlp)
    return path
