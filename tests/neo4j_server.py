"""Neo4j 5 community for the tests and the benchmark: ``tests/neo4j/serve`` in a child process.

The launcher (a few lines of Java that Maven builds on first use, see ``tests/neo4j/``) starts
Neo4j on free loopback ports in a temporary folder, prints its Bolt URI once Bolt answers and
serves until its stdin closes. `Neo4jServer` starts it and waits for that line::

    with Neo4jServer() as server:
        driver = GraphDatabase.driver(server.uri, auth=server.auth)

Community Neo4j has one user database, ``neo4j``: `clear` empties it, schema included, so
that each test starts from nothing. `cypher_shell` runs Neo4j's own cypher-shell, and
``tests/neo4j/neo4j-admin`` is its neo4j-admin (with ``NEO4J_HOME`` set), from Maven too.
Nothing in kgraph depends on Neo4j or Java; only the tests and the benchmark do.
"""

from __future__ import annotations

import os
import queue
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from typing import IO, final

import neo4j

__all__ = [
    "NEO4J_TOOLS",
    "SERVE",
    "Neo4jServer",
    "Neo4jServerError",
    "clear",
    "cypher_shell",
    "run_admin_command",
]

NEO4J_TOOLS = Path(__file__).resolve().parent / "neo4j"
SERVE = NEO4J_TOOLS / "serve"
CYPHER_SHELL = NEO4J_TOOLS / "cypher-shell"
# The first start builds the server with mvn, fetching it from Maven Central: minutes, not seconds.
_STARTUP_TIMEOUT = 900.0


class Neo4jServerError(RuntimeError):
    """The launcher failed to build or start Neo4j; the message is its stderr."""


@final
class Neo4jServer:
    """Neo4j served by ``tests/neo4j/serve``; ``home`` serves that Neo4j home instead of a new one.

    ``startup_seconds`` is how long it took until Bolt answered.
    """

    username = "neo4j"
    database = "neo4j"

    def __init__(self, password: str = "kgraph-test-password", home: Path | None = None) -> None:
        self.password = password
        self.home = home
        self.uri = ""
        self.http_uri = ""
        self.startup_seconds = 0.0
        self._process: subprocess.Popen[str] | None = None
        self._stderr: IO[str] | None = None

    @property
    def auth(self) -> tuple[str, str]:
        """The (username, password) pair the driver logs in with."""
        return (self.username, self.password)

    def __enter__(self) -> Neo4jServer:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def start(self) -> None:
        """Start the launcher and read the Bolt and HTTP addresses it prints once Bolt answers."""
        began = time.monotonic()
        self._stderr = tempfile.TemporaryFile("w+")
        self._process = subprocess.Popen(
            [SERVE, *(["--home", str(self.home)] if self.home else [])],
            env={**os.environ, "NEO4J_PASSWORD": self.password},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
        )
        self.uri = self._line(began + _STARTUP_TIMEOUT)
        self.http_uri = self._line(began + _STARTUP_TIMEOUT)
        self.startup_seconds = time.monotonic() - began

    def _line(self, deadline: float) -> str:
        """The launcher's next line of stdout, read in a thread so that a hung start times out."""
        assert self._process is not None and self._process.stdout is not None
        lines: queue.Queue[str] = queue.Queue()
        reader = threading.Thread(
            target=lambda stdout: lines.put(stdout.readline()),
            args=(self._process.stdout,),
            daemon=True,
        )
        reader.start()
        try:
            line = lines.get(timeout=max(0.0, deadline - time.monotonic())).strip()
        except queue.Empty:
            line = ""
        if not line:
            self.stop()
            raise Neo4jServerError(f"tests/neo4j/serve did not start Neo4j: {self._errors()}")
        return line

    def _errors(self) -> str:
        if self._stderr is None:
            return ""
        self._stderr.seek(0)
        return self._stderr.read().strip() or "it printed nothing in time"

    def stop(self) -> None:
        """Close the launcher's stdin, so that it stops Neo4j; kill it after 60 seconds."""
        process, self._process = self._process, None
        if process is None:
            return
        if process.stdin is not None:
            process.stdin.close()
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()


def clear(driver: neo4j.Driver, database: str = "neo4j") -> None:
    """Delete every node, relationship, constraint and index (but the built-in token lookups)."""
    driver.execute_query("MATCH (n) DETACH DELETE n", database_=database)
    constraints, _, _ = driver.execute_query("SHOW CONSTRAINTS YIELD name", database_=database)
    for record in constraints:
        driver.execute_query(f"DROP CONSTRAINT `{record['name']}`", database_=database)
    indexes, _, _ = driver.execute_query(
        "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name", database_=database
    )
    for record in indexes:
        driver.execute_query(f"DROP INDEX `{record['name']}`", database_=database)


def cypher_shell(server: Neo4jServer, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run Neo4j's own ``cypher-shell`` against ``server``; the password goes by environment."""
    return subprocess.run(
        [CYPHER_SHELL, "-a", server.uri, "-u", server.username, *map(str, args)],
        env={**os.environ, "NEO4J_PASSWORD": server.password},
        capture_output=True,
        text=True,
    )


def run_admin_command(command: str, home: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run a shell command line that calls ``neo4j-admin`` (as ``kgraph export csv`` prints it)
    with Neo4j's own neo4j-admin first on the PATH, working on the Neo4j home ``home``; ``cwd``
    is where it leaves its ``import.report``."""
    return subprocess.run(
        ["bash", "-c", command],
        cwd=cwd,
        env={**os.environ, "PATH": f"{NEO4J_TOOLS}:{os.environ['PATH']}", "NEO4J_HOME": str(home)},
        capture_output=True,
        text=True,
    )
