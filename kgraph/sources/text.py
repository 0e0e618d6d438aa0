"""Plain-text (``.txt``) and Markdown (``.md``) articles, and the UTF-8 decoding all readers share.

One file is one article. It may open with a front-matter block of ``key: value`` lines between
``---`` lines; ``title``, ``date``, ``source`` and ``url`` are read, other keys ignored. This is
not YAML: no nesting, lists or multi-line values. Without front matter, a short first line
followed by more text is taken as the title. Markdown is not rendered: only a leading ``# ``
is taken off the title line.
"""

from __future__ import annotations

import codecs
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from kgraph.errors import ReadError
from kgraph.records import Document

METADATA_FIELDS = ("title", "date", "source", "url")
"""The optional `Document` fields every format may carry."""

MAX_TITLE_LENGTH = 200
"""A longer first line is body text: scraped files often hold a whole article on one line."""

_FRONT_MATTER_FENCE = "---"

SNIFF_BYTES = 8192
"""How much of a file `binary_problem` looks at: text files have no NUL byte this early."""

_WIDE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)


class Columns(NamedTuple):
    """The names of the JSONL fields or CSV columns that hold an article's text, id and date."""

    text: str = "text"
    id: str = "id"
    date: str = "date"


DEFAULT_COLUMNS = Columns()


def field_value(value: Any) -> str | None:
    """Turn a metadata value from any format into a `Document` field: a string, or None if blank.

    >>> field_value(2024), field_value("  Tass "), field_value(""), field_value(None)
    ('2024', 'Tass', None, None)
    """
    if value is None:
        return None
    return str(value).strip() or None


def metadata(record: Mapping[str, Any], date_field: str = "date") -> dict[str, str | None]:
    """Pick the optional `Document` fields out of one record, made strings by `field_value`.

    ``date_field`` names the field that holds the date.

    >>> metadata({"title": "Talks", "date": 20240312, "author": "AP"})
    {'title': 'Talks', 'date': '20240312', 'source': None, 'url': None}
    >>> metadata({"published": "2024-03-12"}, date_field="published")["date"]
    '2024-03-12'
    """
    return {
        key: field_value(record.get(date_field if key == "date" else key))
        for key in METADATA_FIELDS
    }


def record_document(
    record: Mapping[str, Any], text: str, name: str, line: int, columns: Columns
) -> Document:
    """The article a JSONL line or CSV row holds; without an id, it is ``name:line``.

    >>> article = record_document({"title": "Talks"}, "Lavrov met Kim.", "news.csv", 2,
    ...                           DEFAULT_COLUMNS)
    >>> article.id, article.title
    ('news.csv:2', 'Talks')
    """
    origin = f"{name}:{line}"
    return Document(
        id=field_value(record.get(columns.id)) or origin,
        text=text,
        **metadata(record, date_field=columns.date),
        origin=origin,
    )


def utf8_problem(error: UnicodeDecodeError, line_start: int = 0) -> str:
    """Say where ``error`` happened, for the reason of a `ReadError`.

    ``line_start`` is the offset in ``error.object`` where the line holding the bad byte starts.

    >>> utf8_problem(UnicodeDecodeError("utf-8", b"caf\\xe9", 3, 4, "invalid continuation byte"))
    'not valid UTF-8 (byte 0xe9 at column 4); re-save the file as UTF-8'
    """
    byte = error.object[error.start]
    column = error.start - line_start + 1
    return f"not valid UTF-8 (byte 0x{byte:02x} at column {column}); re-save the file as UTF-8"


def binary_problem(path: Path, name: str) -> ReadError | None:
    """A `ReadError` if the file at ``path`` is binary or wide-character text, else None.

    Like git and grep, a NUL byte in the first `SNIFF_BYTES` marks a binary file (an image, a
    PDF, a zip renamed ``.txt``); UTF-8 text never holds one. Catching it here costs one line
    for the file instead of one per garbled "line" of it.

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "scan.txt"
    >>> _ = path.write_bytes(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00\\x00\\rIHDR")
    >>> print(binary_problem(path, "scan.txt"))
    scan.txt: binary file, not text (NUL byte at offset 8); kgraph reads UTF-8 text
    >>> _ = path.write_text("Talks", encoding="utf-16")
    >>> print(binary_problem(path, "scan.txt"))
    scan.txt: UTF-16 or UTF-32 text; re-save the file as UTF-8
    >>> _ = path.write_text("Lavrov met Kim.", encoding="utf-8")
    >>> binary_problem(path, "scan.txt") is None
    True
    """
    with path.open("rb") as stream:
        head = stream.read(SNIFF_BYTES)
    if head.startswith(_WIDE_BOMS):
        return ReadError(name, "UTF-16 or UTF-32 text; re-save the file as UTF-8", kind="not UTF-8")
    offset = head.find(b"\x00")
    if offset < 0:
        return None
    return ReadError(
        name,
        f"binary file, not text (NUL byte at offset {offset}); kgraph reads UTF-8 text",
        kind="binary",
    )


class Utf8Lines:
    """The lines of a binary stream decoded as UTF-8, numbered from 1; bad lines are set aside.

    A line that is not valid UTF-8 is still yielded, with U+FFFD for the bad bytes, so that a
    parser keeps its place (a CSV row may span lines); its `ReadError` waits in ``problems``
    under its line number for the parser to report in place of the record. A byte-order mark
    at the start is dropped. ``str`` lines (an already decoded stream) pass through unchanged.

    >>> lines = Utf8Lines([b'{"a": 1}\\n', b"caf\\xe9\\n"], "in.jsonl")
    >>> list(lines)
    ['{"a": 1}\\n', 'caf\\ufffd\\n']
    >>> str(lines.problems[2])
    'in.jsonl:2: not valid UTF-8 (byte 0xe9 at column 4); re-save the file as UTF-8'
    """

    def __init__(self, source: Iterable[bytes | str], name: str) -> None:
        self.name = name
        self.problems: dict[int, ReadError] = {}
        self._source = iter(source)
        self._decoded = 0
        self._ahead: deque[str] = deque()

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        if self._ahead:
            return self._ahead.popleft()
        return self._decode(next(self._source))

    def first_character(self) -> str:
        """The first non-whitespace character still to come, or "" at the end; nothing is consumed.

        >>> lines = Utf8Lines(["\\n", "  {}\\n"], "stdin")
        >>> lines.first_character(), list(lines)
        ('{', ['\\n', '  {}\\n'])
        """
        for line in self._ahead:
            if line.strip():
                return line.lstrip()[0]
        for raw in self._source:
            line = self._decode(raw)
            self._ahead.append(line)
            if line.strip():
                return line.lstrip()[0]
        return ""

    def _decode(self, raw: bytes | str) -> str:
        self._decoded += 1
        if isinstance(raw, str):
            line = raw
        else:
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as error:
                self.problems[self._decoded] = ReadError(
                    self.name, utf8_problem(error), self._decoded, kind="not UTF-8"
                )
                line = raw.decode("utf-8", errors="replace")
        return line.removeprefix("\ufeff") if self._decoded == 1 else line


def read_text(path: Path, name: str, *, markdown: bool = False) -> Iterator[Document | ReadError]:
    """Read one article from a ``.txt`` or ``.md`` file; yield it, or a `ReadError` saying why not.

    ``name`` is how the caller named the file: it becomes the document's id and origin.

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "talks.md"
    >>> _ = path.write_text("# Talks resume\\n\\nTokyo and Seoul agreed.\\n", encoding="utf-8")
    >>> document = next(read_text(path, "talks.md", markdown=True))
    >>> document.title, document.text
    ('Talks resume', 'Tokyo and Seoul agreed.')
    """
    data = path.read_bytes()
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line_start = data.rfind(b"\n", 0, error.start) + 1
        line = data.count(b"\n", 0, error.start) + 1
        yield ReadError(name, utf8_problem(error, line_start), line, kind="not UTF-8")
        return
    yield parse_text(content, name, markdown=markdown)


def parse_text(content: str, name: str, *, markdown: bool = False) -> Document | ReadError:
    """Split one article's text into front matter, title and body.

    >>> document = parse_text("---\\ntitle: Talks\\ndate: 2024-03-12\\n---\\nThey met.", "a.txt")
    >>> document.title, document.date, document.text
    ('Talks', '2024-03-12', 'They met.')
    >>> parse_text("Talks\\nThey met.", "a.txt").title
    'Talks'
    >>> print(parse_text(" \\n", "a.txt"))
    a.txt: empty file
    """
    # Like Python's text mode: "\r\n" and "\r" end lines too, so offsets never see a "\r".
    lines = content.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    front_matter, body = _split_front_matter(lines)
    if front_matter is not None:
        text = "\n".join(body).strip()
        if not text:
            return ReadError(name, "no text after the front matter", kind="no text")
        return Document(id=name, text=text, **front_matter, origin=name)
    text = "\n".join(lines).strip()
    if not text:
        return ReadError(name, "empty file", kind="empty")
    first, _, rest = text.partition("\n")
    title = first.strip()
    if markdown:
        title = title.removeprefix("# ").strip()
    if title and len(title) <= MAX_TITLE_LENGTH and rest.strip():
        return Document(id=name, text=rest.strip(), title=title, origin=name)
    return Document(id=name, text=text, origin=name)


def _split_front_matter(lines: list[str]) -> tuple[dict[str, str | None] | None, list[str]]:
    """Return the front-matter fields (None without a closed block) and the lines after it."""
    if not lines or lines[0].rstrip() != _FRONT_MATTER_FENCE:
        return None, lines
    ends = (n for n, line in enumerate(lines) if n and line.rstrip() == _FRONT_MATTER_FENCE)
    end = next(ends, None)
    if end is None:
        # An opening "---" never closed is a Markdown rule or a dash line, not front matter.
        return None, lines
    fields: dict[str, str] = {}
    for line in lines[1:end]:
        key, colon, value = line.partition(":")
        if colon:
            fields[key.strip().lower()] = _unquote(value.strip())
    return metadata(fields), lines[end + 1 :]


def _unquote(value: str) -> str:
    """Drop one pair of matching quotes, as YAML writers put around titles with a colon."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value
