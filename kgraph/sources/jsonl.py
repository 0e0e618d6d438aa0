"""JSON Lines articles (``.jsonl``, ``.ndjson``): one JSON object per line, https://jsonlines.org.

Each object holds an article's text under ``text``; ``id``, ``title``, ``date``, ``source`` and
``url`` are optional, other keys are ignored, and blank lines are skipped. A line is read, parsed
and yielded before the next is read, so files of any size stream.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kgraph.errors import ReadError
from kgraph.records import Document
from kgraph.sources.text import DEFAULT_COLUMNS, Columns, Utf8Lines, record_document

# How a parsed JSON value is named in an error message: by its JSON type, not its Python one.
_JSON_TYPES = {
    dict: "an object",
    list: "an array",
    str: "a string",
    int: "a number",
    float: "a number",
    bool: "true or false",
    type(None): "null",
}


def read_jsonl(
    path: Path, name: str, columns: Columns = DEFAULT_COLUMNS
) -> Iterator[Document | ReadError]:
    """Yield one `Document` per line of a JSONL file, or a `ReadError` for a line that is not one.

    ``name`` is how the caller named the file; a record without an id gets ``name:line``.
    ``columns`` names the fields that hold the text, the id and the date.

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "news.jsonl"
    >>> _ = path.write_text('{"id": 7, "text": "Lavrov met Kim."}\\n[]\\n', encoding="utf-8")
    >>> document, error = read_jsonl(path, "news.jsonl")
    >>> document.id, document.text
    ('7', 'Lavrov met Kim.')
    >>> print(error)
    news.jsonl:2: expected a JSON object, found an array
    """
    with path.open("rb") as stream:
        yield from parse_jsonl(Utf8Lines(stream, name), columns)


def parse_jsonl(
    lines: Utf8Lines, columns: Columns = DEFAULT_COLUMNS
) -> Iterator[Document | ReadError]:
    """Yield one `Document` or `ReadError` per non-blank line of ``lines``.

    >>> lines = Utf8Lines(['{"text": "Kim met Lavrov."}\\n'], "stdin")
    >>> next(parse_jsonl(lines)).id
    'stdin:1'
    """
    empty = True
    for number, line in enumerate(lines, start=1):
        if number in lines.problems:
            empty = False
            yield lines.problems.pop(number)
        elif line.strip():
            empty = False
            yield _parse_line(line, lines.name, number, columns)
    if empty:
        yield ReadError(lines.name, "empty file", kind="empty")


def _parse_line(line: str, name: str, number: int, columns: Columns) -> Document | ReadError:
    """Turn one JSON line into a `Document`, or say what is wrong with it."""
    try:
        # Without its line break, an error at the end of the line is placed on this line.
        record = json.loads(line.rstrip("\r\n"))
    except json.JSONDecodeError as error:
        return ReadError(
            name, f"invalid JSON: {error.msg} at column {error.colno}", number, kind="malformed"
        )
    if not isinstance(record, dict):
        return ReadError(
            name, f"expected a JSON object, found {_json_type(record)}", number, kind="malformed"
        )
    text_field = columns.text
    text = record.get(text_field)
    if text is None:
        return ReadError(name, f'no "{text_field}" field', number, kind="no text")
    if not isinstance(text, str):
        return ReadError(
            name, f'"{text_field}" is {_json_type(text)}, not a string', number, kind="malformed"
        )
    if not text.strip():
        return ReadError(name, f'"{text_field}" is empty', number, kind="no text")
    return record_document(record, text, name, number, columns)


def _json_type(value: Any) -> str:
    return _JSON_TYPES[type(value)]
