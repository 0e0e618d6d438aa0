"""A real Bolt server for the tests and the benchmark: ArcadeDB with its Neo4j Bolt plugin.

`arcadedb-embedded` runs ArcadeDB inside a JVM through JPype, and JPype allows one JVM per
process, so the server runs in a child process (this file run as a script) on free loopback
ports in a temporary folder. `BoltServer` starts it, waits until Bolt answers, creates
databases through ArcadeDB's HTTP API, and stops it::

    with BoltServer(tmp_path) as server:
        server.create_database("kg")
        driver = GraphDatabase.driver(server.uri, auth=server.auth)

The root password reaches the child through the environment, not its command line.
Nothing in kgraph depends on ArcadeDB; only the tests do.
"""

from __future__ import annotations

import base64
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import TracebackType
from typing import IO, final

import neo4j
from neo4j.exceptions import AuthError, ServiceUnavailable

__all__ = ["BoltServer", "BoltServerError"]

_PASSWORD_VARIABLE = "KGRAPH_TEST_BOLT_PASSWORD"
_BOLT_PLUGIN = "Bolt:com.arcadedb.bolt.BoltProtocolPlugin"
_STARTUP_TIMEOUT = 120.0


class BoltServerError(RuntimeError):
    """The ArcadeDB Bolt server did not start, or refused a command."""


def _free_port() -> int:
    """A TCP port on the loopback interface that nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@final
class BoltServer:
    """ArcadeDB's Bolt server in a child process, rooted in ``root``.

    ``startup_seconds`` is how long the server took until Bolt answered.
    """

    username = "root"

    def __init__(self, root: Path, password: str = "kgraph-test-password") -> None:
        self.root = Path(root)
        self.password = password
        self.http_port = _free_port()
        self.bolt_port = _free_port()
        self.uri = f"bolt://127.0.0.1:{self.bolt_port}"
        self.startup_seconds = 0.0
        self._process: subprocess.Popen[str] | None = None
        self._stderr: IO[str] | None = None

    @property
    def auth(self) -> tuple[str, str]:
        """The (username, password) pair the driver logs in with."""
        return (self.username, self.password)

    def __enter__(self) -> BoltServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def start(self) -> None:
        """Start the child process and wait until Bolt answers a login and HTTP listens."""
        self.root.mkdir(parents=True, exist_ok=True)
        began = time.monotonic()
        self._stderr = (self.root / "server.err").open("w")
        self._process = subprocess.Popen(
            [
                sys.executable,
                __file__,
                str(self.root),
                str(self.http_port),
                str(self.bolt_port),
            ],
            cwd=self.root,  # ArcadeDB writes its log folder into the working directory
            env={**os.environ, _PASSWORD_VARIABLE: self.password},
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=self._stderr,
            text=True,
        )
        self._wait_for_bolt(began + _STARTUP_TIMEOUT)
        self.startup_seconds = time.monotonic() - began

    def _wait_for_bolt(self, deadline: float) -> None:
        while True:
            if self._process is None or self._process.poll() is not None:
                raise BoltServerError(f"ArcadeDB exited during startup:\n{self._stderr_tail()}")
            try:
                # Bolt listens before HTTP, through which databases are created: wait for both.
                socket.create_connection(("127.0.0.1", self.http_port), timeout=1).close()
                with neo4j.GraphDatabase.driver(self.uri, auth=self.auth) as driver:
                    driver.verify_connectivity()
                return
            except (ServiceUnavailable, AuthError, OSError):
                if time.monotonic() > deadline:
                    self.stop()
                    raise BoltServerError(f"Bolt did not answer on {self.uri}") from None
                time.sleep(0.2)

    def _stderr_tail(self) -> str:
        return "\n".join((self.root / "server.err").read_text().splitlines()[-20:])

    def create_database(self, name: str) -> None:
        """Create an empty database that Bolt clients then name with ``database_=name``."""
        self._server_command(f"create database {name}")

    def drop_database(self, name: str) -> None:
        """Drop a database and its files."""
        self._server_command(f"drop database {name}")

    def _server_command(self, command: str) -> None:
        token = base64.b64encode(f"{self.username}:{self.password}".encode()).decode()
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.http_port}/api/v1/server",
            data=json.dumps({"command": command}).encode(),
            headers={
                "Authorization": f"Basic {token}",
                "Content-Type": "application/json",
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                answer = json.load(response)
        except urllib.error.HTTPError as error:
            raise BoltServerError(f"{command!r} failed: {error.read().decode()}") from None
        if answer.get("result") != "ok":
            raise BoltServerError(f"{command!r} failed: {answer}")

    def stop(self) -> None:
        """Ask the child to stop the server; kill it if it has not exited in 30 seconds."""
        process, self._process = self._process, None
        if process is None:
            return
        if process.stdin is not None:
            process.stdin.close()  # the child stops the server at end of input
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if self._stderr is not None:
            self._stderr.close()


def _serve(root: str, http_port: int, bolt_port: int) -> None:
    """The child process: run the server until standard input closes."""
    from arcadedb_embedded.server import ArcadeDBServer

    server = ArcadeDBServer(
        root_path=root,
        root_password=os.environ[_PASSWORD_VARIABLE],
        config={
            "host": "127.0.0.1",
            "http_port": http_port,
            "server_plugins": _BOLT_PLUGIN,
            "bolt_port": bolt_port,
        },
    )
    server.start()
    try:
        sys.stdin.read()
    finally:
        server.stop()


if __name__ == "__main__":
    _serve(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
