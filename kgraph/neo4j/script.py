"""Write the graph as one Cypher script that ``cypher-shell -f`` runs and Neo4j Browser accepts.

The script holds the model of `kgraph.neo4j.model` as the Bolt export writes it:
the schema statements first, then ``UNWIND [<rows>] AS row MERGE ...`` statements, nodes
before relationships, each ending in ``;``. Running it twice changes nothing. Values are
written as Cypher literals by `cypher_literal`, which quotes every string, so no text from an
article can end a literal or a statement. Not supported: NaN and infinite floats (Cypher has no
literal for them) and strings holding lone surrogates (they cannot be written as UTF-8).

Cypher syntax: https://neo4j.com/docs/cypher-manual/current/syntax/expressions/
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import IO, Any

import networkx as nx

from ..export import Target, open_output
from ..records import Document, Triple
from .model import SCHEMA, model_batches, unwind

__all__ = ["cypher_literal", "write_cypher"]

# ";" is escaped too, so that even a tool that splits a script on every ";" splits it right.
_ESCAPES = {
    "\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t", ";": "\\u003b",
}  # fmt: skip


def _escape_char(char: str) -> str:
    if char in _ESCAPES:
        return _ESCAPES[char]
    if unicodedata.category(char)[0] in "CZ" and char != " ":
        # Control, format, unassigned and separator characters would be invisible or break
        # lines in the script: write them as UTF-16 escapes, a surrogate pair above U+FFFF.
        data = char.encode("utf-16-be")
        return "".join(f"\\u{data[i] << 8 | data[i + 1]:04x}" for i in range(0, len(data), 2))
    return char


def _quote_string(text: str) -> str:
    return "'" + "".join(_escape_char(char) for char in text) + "'"


# in a quoted name Neo4j reads two backslashes as they are, and a backslash before "u" as the
# start of a unicode escape; that backslash is written as its own escape
_NAME_BACKSLASHES = re.compile(r"\\\\|\\u")


def _quote_key(key: str) -> str:
    quoted = _NAME_BACKSLASHES.sub(
        lambda m: m.group() if m.group() == "\\\\" else "\\u005Cu", key.replace("`", "``")
    )
    return "`" + quoted + "`"


def cypher_literal(value: Any) -> str:
    r"""The Cypher literal of a string, number, boolean, None, list or string-keyed dict.

    >>> print(cypher_literal({"name": "Kim's talks; day 2", "weight": 2, "ids": ["a\nb"]}))
    {`name`: 'Kim\'s talks\u003b day 2', `weight`: 2, `ids`: ['a\nb']}
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"Cypher has no literal for the float {value}")
        return repr(value)
    if isinstance(value, str):
        return _quote_string(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(cypher_literal(item) for item in value) + "]"
    if isinstance(value, dict):
        return (
            "{"
            + ", ".join(f"{_quote_key(str(k))}: {cypher_literal(v)}" for k, v in value.items())
            + "}"
        )
    raise TypeError(f"cannot write a {type(value).__name__} as a Cypher literal: {value!r}")


def _statements(
    graph: nx.MultiDiGraph,
    documents: Iterable[Document],
    triples: Iterable[Triple],
    batch_size: int,
) -> Iterator[str]:
    """The script's statements, written out one at a time; a bad batch size fails at once."""
    chunks = [
        (batch.body, rows)
        for batch in model_batches(graph, documents, triples)
        for rows in batch.chunks(batch_size)
    ]
    merges = (
        unwind(body, "[\n  " + ",\n  ".join(map(cypher_literal, rows)) + "\n]")
        for body, rows in chunks
    )
    return itertools.chain(SCHEMA, merges)


def write_cypher(
    graph: nx.MultiDiGraph,
    documents: Iterable[Document],
    triples: Iterable[Triple],
    path: Target,
    *,
    batch_size: int = 500,
) -> int:
    """Write the script to ``path``, a path (replaced atomically) or an open file (UTF-8 to
    a binary one); return how many statements it has.

    >>> import io, networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("kim-jong-un", name="Kim Jong Un", type="PERSON")
    >>> out = io.StringIO()
    >>> write_cypher(g, [], [], out)
    7
    >>> print(out.getvalue().split(";\\n\\n")[6])
    UNWIND [
      {`id`: 'kim-jong-un', `name`: 'Kim Jong Un', `type`: 'PERSON'}
    ] AS row
    MERGE (n:Actor {id: row.id})
    SET n.name = row.name,
        n.type = row.type,
        n.country = row.country,
        n.sector = row.sector,
        n.aliases = row.aliases,
        n.mentions = row.mentions
    """
    statements = _statements(graph, documents, triples, batch_size)
    with open_output(path, binary=False) as file:
        return _write_statements(statements, file)


def _write_statements(statements: Iterable[str], file: IO[str]) -> int:
    count = 0
    file.write("// kgraph export: run with `cypher-shell -f FILE` or paste into Neo4j Browser.\n")
    for statement in statements:
        file.write(f"{statement};\n\n")
        count += 1
    return count
