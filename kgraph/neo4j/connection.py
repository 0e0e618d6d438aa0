"""Connect to Neo4j 5 (or Aura) over Bolt: the URI checked, the password found, the driver made.

`connect` returns a driver that has logged in, found a server that speaks Bolt 5 and, when
asked, the database to use; every problem a user can meet on the way is one of the named
exceptions below, with a one-line message that says what to fix and never holds the password.
The messages name each setting the way the user gave it: an environment variable
(``NEO4J_URI``) by default, or the command-line option (``--uri``) when `Settings` says so.

Only Bolt URIs are taken (``neo4j://``, ``neo4j+s://``, ``bolt://``, ...): the driver would
also take ``http://`` for Neo4j's HTTP query API, which kgraph does not use.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urlsplit

import neo4j
from neo4j.exceptions import AuthError, ClientError, DriverError, Neo4jError, ServiceUnavailable

from ..errors import KGraphError

__all__ = [
    "BOLT_SCHEMES",
    "ENVIRONMENT",
    "AuthenticationFailed",
    "DatabaseNotFound",
    "InvalidURI",
    "Neo4jServerError",
    "PasswordMissing",
    "ServerUnavailable",
    "Settings",
    "UnsupportedServer",
    "check_server",
    "connect",
    "neo4j_errors",
    "neo4j_password",
]

BOLT_SCHEMES = ("neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc")
"""The URI schemes of Bolt, routed (``neo4j``) or direct (``bolt``), with TLS (``+s``, ``+ssc``)."""

_MIN_BOLT_VERSION = (5, 0)
_DATABASE_NOT_FOUND = "Neo.ClientError.Database.DatabaseNotFound"


class Neo4jServerError(KGraphError):
    """Talking to Neo4j failed; the message says why in one line."""


class InvalidURI(Neo4jServerError):
    """The URI is not a Bolt URI the driver can use."""


class PasswordMissing(Neo4jServerError):
    """No password in NEO4J_PASSWORD, and no terminal to ask for one on."""


class ServerUnavailable(Neo4jServerError):
    """No Bolt server answers at the URI: check it and that the server is running."""


class AuthenticationFailed(Neo4jServerError):
    """The server refused the username or password."""


class DatabaseNotFound(Neo4jServerError):
    """The server has no database of that name."""


class UnsupportedServer(Neo4jServerError):
    """The server does not speak Bolt 5, so it is not Neo4j 5 compatible."""


@dataclass(frozen=True)
class Settings:
    """What the user calls each setting, for messages: its environment variable or its option.

    >>> Settings(database="--database").database
    '--database'
    """

    uri: str = "NEO4J_URI"
    username: str = "NEO4J_USERNAME"
    database: str = "NEO4J_DATABASE"


ENVIRONMENT = Settings()
"""Every setting named by its environment variable."""


def neo4j_password(
    ask: Callable[[], str] | None = None, environ: Mapping[str, str] = os.environ
) -> str:
    """NEO4J_PASSWORD, else what ``ask`` (a hidden prompt at a terminal) returns.

    >>> neo4j_password(environ={"NEO4J_PASSWORD": "s3cret"})
    's3cret'
    >>> neo4j_password(environ={})
    Traceback (most recent call last):
    kgraph.neo4j.connection.PasswordMissing: no Neo4j password: set NEO4J_PASSWORD
    """
    password = environ.get("NEO4J_PASSWORD") or (ask() if ask is not None else "")
    if not password:
        raise PasswordMissing("no Neo4j password: set NEO4J_PASSWORD")
    return password


def _redacted(uri: str) -> str:
    """The URI without any user or password in it.

    >>> _redacted("neo4j+s://neo4j:secret@example.com:7687")
    'neo4j+s://example.com:7687'
    """
    parts = urlsplit(uri)
    host = parts.netloc.rpartition("@")[2]
    return parts._replace(netloc=host).geturl()


def _check_uri(uri: str, names: Settings) -> str:
    """The URI redacted for messages, once it is known to be a Bolt URI.

    >>> _check_uri("http://localhost:7474", ENVIRONMENT)
    Traceback (most recent call last):
    kgraph.neo4j.connection.InvalidURI: http://localhost:7474 is not a Bolt URI: set NEO4J_URI to \
neo4j://HOST:7687 or bolt://HOST:7687 (+s for TLS, as Aura's neo4j+s://); 7474 is Neo4j's HTTP port
    """
    where = _redacted(uri)
    parts = urlsplit(uri)
    if parts.scheme.lower() not in BOLT_SCHEMES or not parts.hostname:
        http = "; 7474 is Neo4j's HTTP port" if ":7474" in parts.netloc else ""
        raise InvalidURI(
            f"{where} is not a Bolt URI: set {names.uri} to neo4j://HOST:7687 or "
            f"bolt://HOST:7687 (+s for TLS, as Aura's neo4j+s://){http}"
        )
    return where


def _reason(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


@contextmanager
def neo4j_errors(
    where: str, database: str | None = None, names: Settings = ENVIRONMENT
) -> Iterator[None]:
    """Turn the driver errors a user can act on into the named exceptions of this module.

    ``where`` says which server (never with a password), ``database`` which database was named.
    """
    try:
        yield
    except AuthError:
        raise AuthenticationFailed(
            f"Neo4j at {where} refused the login: check {names.username} and NEO4J_PASSWORD"
        ) from None
    except ServiceUnavailable as error:
        raise ServerUnavailable(
            f"cannot reach Neo4j at {where}: {_reason(error).rstrip(':')};"
            f" check {names.uri} and that the server is running"
        ) from None
    except ClientError as error:
        if error.code == _DATABASE_NOT_FOUND:
            raise DatabaseNotFound(
                f"Neo4j at {where} has no database {database!r}: check {names.database}"
            ) from None
        raise Neo4jServerError(f"Neo4j at {where} rejected a statement: {error.message}") from None
    except (Neo4jError, DriverError) as error:
        raise Neo4jServerError(f"Neo4j at {where} failed: {_reason(error)}") from None


def check_server(
    driver: neo4j.Driver, where: str = "the server", names: Settings = ENVIRONMENT
) -> str:
    """Log in, check that the server speaks Bolt 5 or later, and return its agent string."""
    with neo4j_errors(where, names=names):
        driver.verify_connectivity()
        info = driver.get_server_info()
    if tuple(info.protocol_version) < _MIN_BOLT_VERSION:
        version = ".".join(map(str, info.protocol_version))
        raise UnsupportedServer(
            f"{info.agent} at {where} speaks Bolt {version}; kgraph needs Neo4j 5 or later"
        )
    return info.agent


def connect(
    uri: str,
    username: str,
    password: str,
    *,
    database: str | None = None,
    names: Settings = ENVIRONMENT,
) -> neo4j.Driver:
    """A driver for ``uri`` that has logged in to a Neo4j 5 compatible server.

    Every Bolt URI scheme works (``neo4j://``, ``neo4j+s://``, ``bolt://``, ...). With
    ``database`` it also checks that the server has that database, so that a typo fails before
    anything is sent. Close the driver when done, e.g.
    ``with connect(uri, "neo4j", password, database="neo4j") as driver: ...``.
    """
    where = _check_uri(uri, names)
    try:
        driver = neo4j.GraphDatabase.driver(uri, auth=(username, password))
    except (ValueError, DriverError) as error:
        reason = _reason(error).replace(uri, where)  # the driver quotes the URI whole
        raise InvalidURI(f"cannot use Neo4j URI {where}: {reason}") from None
    try:
        check_server(driver, where, names)
        if database is not None:
            with neo4j_errors(where, database, names):
                driver.execute_query("RETURN 1", database_=database)
    except Neo4jServerError:
        driver.close()
        raise
    return driver
