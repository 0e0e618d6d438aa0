"""Shared fixtures. The Bolt server logic lives in ``tests/bolt_server.py``."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import neo4j
import pytest

from tests.bolt_server import BoltServer

_database_numbers = itertools.count()


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
