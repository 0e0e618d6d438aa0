"""The analyst's Cypher library: the ``.cypher`` files of ``cypher/``, listed, loaded and run.

The files are package data in ``kgraph/neo4j/cypher/`` (read with `importlib.resources`, so an
installed wheel has them too); the top-level ``cypher/`` of a checkout links to that folder.

Each file holds one query under a header of ``//`` comments: the question it answers, then
its parameters, each described and given a default on a ``:param`` line that Neo4j Browser
takes once the ``//`` is removed::

    // Who met whom? Pairs of actors that met ...
    // Parameters:
    //   limit: how many pairs to return
    // :param limit => 25
    MATCH (a:Actor)-[r:CONSULT]->(b:Actor) ...

A default is a Cypher literal: a quoted string, a number, true, false or null.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import neo4j
from neo4j.graph import Node, Relationship
from neo4j.graph import Path as GraphPath

from ..errors import KGraphError
from .connection import neo4j_errors

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = [
    "CYPHER_DIR",
    "Query",
    "QueryNotFound",
    "QueryParameterError",
    "display_value",
    "list_queries",
    "load_query",
    "parse_value",
    "run_query",
]

CYPHER_DIR = resources.files(__package__) / "cypher"
"""The queries kgraph ships: its package data folder ``kgraph/neo4j/cypher/``."""

_PARAM_LINE = re.compile(r"^:param\s+(\w+)\s*=>\s*(.+?)\s*;?$")
_DESCRIPTION_LINE = re.compile(r"^\s+(\w+):\s*(.+)$")
_STRING = re.compile(r"""^(['"])((?:\\.|(?!\1).)*)\1$""", re.DOTALL)
_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|.)", re.DOTALL)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}


class QueryNotFound(KGraphError):
    """No ``.cypher`` file has that name; the message lists the names there are."""


class QueryParameterError(KGraphError):
    """A parameter is not one the query takes, or its header gives it a malformed default."""


@dataclass(frozen=True)
class Query:
    """One query file: its name, the question it answers, its parameters and its Cypher."""

    name: str
    question: str
    cypher: str
    defaults: dict[str, Any] = field(default_factory=dict)
    descriptions: dict[str, str] = field(default_factory=dict)

    def parameters(self, given: dict[str, Any] | None = None) -> dict[str, Any]:
        """The defaults, overridden by ``given``; a name the query does not take is an error.

        >>> load_query("new_relations_since").parameters({"since": "2024-06-01"})
        {'since': '2024-06-01'}
        """
        unknown = sorted(set(given or {}) - set(self.defaults))
        if unknown:
            takes = ", ".join(self.defaults) or "no parameters"
            raise QueryParameterError(f"{self.name} takes {takes}, not {', '.join(unknown)}")
        return {**self.defaults, **(given or {})}


def _unescape(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        escape = match.group(1)
        if escape.startswith("u") and len(escape) == 5:
            return chr(int(escape[1:], 16))
        return _ESCAPES.get(escape, escape)

    # A surrogate pair written as two \u escapes joins into one character.
    joined = _ESCAPE.sub(replace, text)
    return joined.encode("utf-16", "surrogatepass").decode("utf-16")


def parse_value(text: str) -> Any:
    """Read a Cypher literal (string, number, boolean, null); anything else is a plain string.

    >>> parse_value("25"), parse_value("'it\\\\'s'"), parse_value("null"), parse_value("2024-01-01")
    (25, "it's", None, '2024-01-01')
    """
    text = text.strip()
    keywords = {"null": None, "true": True, "false": False}
    if text.lower() in keywords:
        return keywords[text.lower()]
    if match := _STRING.match(text):
        return _unescape(match.group(2))
    for number in (int, float):
        try:
            return number(text)
        except ValueError:
            pass
    return text


def _parse(name: str, source: str) -> Query:
    lines = source.splitlines()
    header = []
    while lines and lines[0].startswith("//"):
        header.append(lines.pop(0)[2:])
    question, defaults, descriptions = [], {}, {}
    in_parameters = False
    for line in header:
        if param := _PARAM_LINE.match(line.strip()):
            defaults[param.group(1)] = parse_value(param.group(2))
        elif line.strip().startswith("Parameters:"):
            in_parameters = True
        elif in_parameters and (described := _DESCRIPTION_LINE.match(line)):
            descriptions[described.group(1)] = described.group(2)
        elif not in_parameters:
            question.append(line.strip())
    missing = sorted(set(descriptions) ^ set(defaults))
    if missing:
        raise QueryParameterError(
            f"{name}.cypher: each parameter needs a description and a :param line: {missing}"
        )
    return Query(name, " ".join(question), "\n".join(lines).strip(), defaults, descriptions)


def _folder(directory: str | Path | Traversable) -> Path | Traversable:
    return Path(directory) if isinstance(directory, str) else directory


def list_queries(directory: str | Path | Traversable = CYPHER_DIR) -> list[Query]:
    """Every query in ``directory`` (by default the ones kgraph ships), by name.

    >>> [query.name for query in list_queries()][:2]
    ['actors_by_country_and_sector', 'country_pair_balance']
    """
    files = sorted(
        (entry for entry in _folder(directory).iterdir() if entry.name.endswith(".cypher")),
        key=lambda entry: entry.name,
    )
    return [_parse(entry.name.removesuffix(".cypher"), entry.read_text("utf-8")) for entry in files]


def load_query(name: str, directory: str | Path | Traversable = CYPHER_DIR) -> Query:
    """The query in ``directory/NAME.cypher`` (by default one that kgraph ships).

    >>> load_query("who_met_whom").defaults
    {'limit': 25}
    """
    entry = _folder(directory) / f"{name}.cypher"
    if not re.fullmatch(r"\w+", name) or not entry.is_file():
        names = ", ".join(query.name for query in list_queries(directory))
        raise QueryNotFound(f"no query named {name!r}; the queries are: {names}")
    return _parse(name, entry.read_text("utf-8"))


def run_query(
    driver: neo4j.Driver, query: Query, parameters: dict[str, Any] | None = None, *, database: str
) -> tuple[list[str], list[list[Any]]]:
    """Run a query in a read transaction; return its column names and rows.

    For example::

        with connect(uri, "neo4j", password) as driver:
            columns, rows = run_query(driver, load_query("who_met_whom"), {"limit": 5},
                                      database="neo4j")
    """
    values = query.parameters(parameters)
    with neo4j_errors("the server", database):
        records, _, keys = driver.execute_query(
            query.cypher, values, database_=database, routing_=neo4j.RoutingControl.READ
        )
    return list(keys), [list(record.values()) for record in records]


def _node_name(node: Node) -> str:
    return str(node.get("name") or node.get("id") or node.element_id)


def _relationship_label(relationship: Relationship) -> str:
    return str(relationship.get("label") or relationship.type)


def display_value(value: Any) -> str:
    """A value of a row as the terminal shows it: a node by its name, a relationship by its
    label, a path as a chain of both, nothing for null.

    >>> display_value(None), display_value(["meet", "invite"]), display_value(2)
    ('', "['meet', 'invite']", '2')
    """
    if value is None:
        return ""
    if isinstance(value, GraphPath):
        chain, at = _node_name(value.start_node), value.start_node
        for relationship in value.relationships:
            label = _relationship_label(relationship)
            forward = relationship.start_node is not None and relationship.start_node == at
            at = relationship.end_node if forward else relationship.start_node
            step = f" -[{label}]-> " if forward else f" <-[{label}]- "
            chain += step + _node_name(at) if at is not None else step
        return chain
    if isinstance(value, Node):
        return _node_name(value)
    if isinstance(value, Relationship):
        return _relationship_label(value)
    return str(value)
