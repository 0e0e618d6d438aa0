"""Write the graph as CSV files for ``neo4j-admin database import full``, the fastest bulk load.

The files hold the model of `kgraph.neo4j.model`, with the import tool's header
syntax (https://neo4j.com/docs/operations-manual/current/tools/neo4j-admin/neo4j-admin-import/):
``:ID(space)``, ``:LABEL``, ``:START_ID(space)``, ``:END_ID(space)``, ``:TYPE``, typed columns
(``weight:int``, ``negated:boolean``) and array columns (``aliases:string[]``) whose elements
are joined by one delimiter: ``;`` unless some element contains it, then ``|``, then U+001F.
`ImportFiles.command` is the import command for those files. The import tool builds a new
database and creates no constraints: ``schema.cypher`` holds them, to run afterwards.

Not supported: an empty string is written as an empty field, which the import tool reads as
no value.
"""

from __future__ import annotations

import csv
import shlex
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from ..errors import WriteError
from ..export import atomic_output
from ..records import Document, Triple
from .model import (
    ACTOR_PROPERTIES,
    ARTICLE_PROPERTIES,
    EVENT_PROPERTIES,
    RELATION_PROPERTIES,
    SCHEMA,
    actor_rows,
    article_rows,
    event_rows,
    relation_rows,
)

__all__ = ["ImportFiles", "write_neo4j_csv"]

_COLUMN_TYPES = {
    "aliases": "string[]",
    "mentions": "int",
    "negated": "boolean",
    "confidence": "float",
    "weight": "int",
    "doc_ids": "string[]",
    "evidence": "string[]",
    "triple_ids": "string[]",
}
"""The import type of each property that is not a string."""

_DELIMITERS = {";": "';'", "|": "'|'", "\x1f": "U+001F"}
"""Array delimiters in order of preference, and how the import command names each."""


@dataclass(frozen=True)
class ImportFiles:
    """The files written, and the array delimiter their array columns use."""

    nodes: tuple[Path, ...]
    relationships: tuple[Path, ...]
    schema: Path
    array_delimiter: str

    def command(self, database: str = "neo4j") -> str:
        """The shell command that imports the files into a new ``database``.

        >>> files = ImportFiles((Path("out/actors.csv"),), (Path("out/relations.csv"),),
        ...                     Path("out/schema.cypher"), ";")
        >>> print(files.command())
        neo4j-admin database import full neo4j --overwrite-destination --multiline-fields=true \\
          --array-delimiter=';' --nodes=out/actors.csv --relationships=out/relations.csv

        The database comes first: ``--nodes`` and ``--relationships`` take several files each,
        so a name after them would be read as one more file.
        """
        options = [
            "--overwrite-destination",
            "--multiline-fields=true",
            f"--array-delimiter={_DELIMITERS[self.array_delimiter]}",
            *(f"--nodes={shlex.quote(str(path))}" for path in self.nodes),
            *(f"--relationships={shlex.quote(str(path))}" for path in self.relationships),
        ]
        return (
            f"neo4j-admin database import full {shlex.quote(database)} {' '.join(options[:2])}"
            f" \\\n  {' '.join(options[2:])}"
        )


def _header(name: str) -> str:
    return f"{name}:{_COLUMN_TYPES[name]}" if name in _COLUMN_TYPES else name


def _field(value: Any, delimiter: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return delimiter.join(str(item) for item in value)
    return str(value)


def _fields(values: dict[str, Any], names: Iterable[str], delimiter: str) -> list[str]:
    return [_field(values.get(name), delimiter) for name in names]


def _pick_delimiter(rows: Iterable[dict[str, Any]]) -> str:
    """The first delimiter that no array element contains."""
    elements = {
        str(item)
        for row in rows
        for value in row.values()
        if isinstance(value, list)
        for item in value
    }
    for delimiter in _DELIMITERS:
        if not any(delimiter in element for element in elements):
            return delimiter
    raise ValueError("every array delimiter kgraph knows occurs in an array value")


def _write(path: Path, header: Sequence[str], lines: Iterable[Sequence[str]]) -> Path:
    with atomic_output(path, "w", newline="") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(lines)
    return path


def _node_file(
    path: Path,
    label: str,
    names: Sequence[str],
    rows: list[dict[str, Any]],
    delimiter: str,
) -> Path:
    header = [f"id:ID({label})", ":LABEL", *map(_header, names)]
    lines = ([row["id"], label, *_fields(row, names, delimiter)] for row in rows)
    return _write(path, header, lines)


def _relationship_files(
    directory: Path, relations: list[dict[str, Any]], events: list[dict[str, Any]], delimiter: str
) -> tuple[Path, ...]:
    """The files of the actors' relations and of the events' links to actors and articles."""
    relation_names = ("lemma", *RELATION_PROPERTIES)
    relation_lines = (
        [row["source"], row["target"], row["type"], *_fields(row, relation_names, delimiter)]
        for row in relations
    )
    event_actor_lines = (
        [row["id"], row[role], role.upper()] for row in events for role in ("subject", "object")
    )
    relation_header = [":START_ID(Actor)", ":END_ID(Actor)", ":TYPE", *map(_header, relation_names)]
    return (
        _write(directory / "relations.csv", relation_header, relation_lines),
        _write(
            directory / "event_actors.csv",
            [":START_ID(Event)", ":END_ID(Actor)", ":TYPE"],
            event_actor_lines,
        ),
        _write(
            directory / "event_articles.csv",
            [":START_ID(Event)", ":END_ID(Article)", ":TYPE"],
            ([row["id"], row["article"], "REPORTED_IN"] for row in events),
        ),
    )


def write_neo4j_csv(
    graph: nx.MultiDiGraph,
    documents: Iterable[Document],
    triples: Iterable[Triple],
    directory: str | Path,
) -> ImportFiles:
    """Write the import files into ``directory`` (created if missing) and say what they are.

    Each file is replaced atomically: an export that fails half-way leaves the previous files.

    For example::

        files = write_neo4j_csv(build_graph(store.triples()), store.documents(),
                                store.triples(), "out")
        print(files.command())
    """
    directory = Path(directory)
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise WriteError.because(directory, f"cannot write: {error.strerror or error}") from None
    actors, articles, events = (
        actor_rows(graph),
        article_rows(documents),
        event_rows(triples, graph),
    )
    relations = [
        row | {"type": kind} for kind, rows in relation_rows(graph).items() for row in rows
    ]
    delimiter = _pick_delimiter([*actors, *articles, *events, *relations])
    schema = directory / "schema.cypher"
    with atomic_output(schema, "w") as file:
        file.writelines(f"{statement};\n" for statement in SCHEMA)
    nodes = (
        ("actors.csv", "Actor", ACTOR_PROPERTIES, actors),
        ("articles.csv", "Article", ARTICLE_PROPERTIES, articles),
        ("events.csv", "Event", EVENT_PROPERTIES, events),
    )
    return ImportFiles(
        nodes=tuple(
            _node_file(directory / name, label, names, rows, delimiter)
            for name, label, names, rows in nodes
        ),
        relationships=_relationship_files(directory, relations, events, delimiter),
        schema=schema,
        array_delimiter=delimiter,
    )
