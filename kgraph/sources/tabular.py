"""CSV (``.csv``) and tab-separated (``.tsv``) articles: one article per row below a header row.

The header names the columns: ``text`` holds the article (the caller may name another column),
``id``, ``title``, ``date``, ``source`` and ``url`` are optional and other columns are ignored.
Quoting follows Python's `csv` "excel" dialect (RFC 4180), so a quoted field may span lines;
``.tsv`` files use the same quoting with a tab between fields. Rows stream one at a time.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from kgraph.errors import ReadError
from kgraph.records import Document
from kgraph.sources.text import DEFAULT_COLUMNS, Columns, Utf8Lines, record_document

# csv's default field limit (128 KiB) is below a long article. The limit is a C long, which is
# 32 bits on Windows, so sys.maxsize would overflow there.
_FIELD_SIZE_LIMIT = 2**31 - 1


def read_table(
    path: Path, name: str, *, delimiter: str = ",", columns: Columns = DEFAULT_COLUMNS
) -> Iterator[Document | ReadError]:
    """Yield a `Document` for each row of a CSV or TSV file, or a `ReadError` saying why not.

    ``name`` is how the caller named the file; a row without an id gets ``name:line``, the line
    the row starts on. ``columns`` names the columns that hold the text, the id and the date.

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "news.tsv"
    >>> _ = path.write_text("text\\tdate\\nLavrov met Kim.\\t2023-10-19\\n", encoding="utf-8")
    >>> [(row.id, row.date) for row in read_table(path, "news.tsv", delimiter="\\t")]
    [('news.tsv:2', '2023-10-19')]
    """
    # The limit is process-wide state of the csv module: set it when a table is read, not on import.
    csv.field_size_limit(_FIELD_SIZE_LIMIT)
    with path.open("rb") as stream:
        yield from parse_table(Utf8Lines(stream, name), delimiter=delimiter, columns=columns)


def parse_table(
    lines: Utf8Lines, *, delimiter: str = ",", columns: Columns = DEFAULT_COLUMNS
) -> Iterator[Document | ReadError]:
    """Yield one `Document` or `ReadError` per non-blank row of ``lines`` after the header.

    >>> lines = Utf8Lines(["title,body\\n", "Talks,They met.\\n", "Empty,\\n"], "news.csv")
    >>> document, error = parse_table(lines, columns=Columns(text="body"))
    >>> document.title, str(error)
    ('Talks', 'news.csv:3: no text in column "body"')
    """
    name = lines.name
    # csv.reader rather than DictReader: DictReader skips blank lines unseen, and the line
    # numbers in errors and ids would drift from the file's.
    reader = csv.reader(lines, delimiter=delimiter)
    try:
        header = next((row for row in reader if row), None)
    except csv.Error as error:
        yield ReadError(name, f"invalid header row: {error}", reader.line_num, kind="malformed")
        return
    if lines.problems:
        yield next(iter(lines.problems.values()))
        return
    if header is None:
        yield ReadError(name, "empty file", kind="empty")
        return
    header = [column.strip() for column in header]
    if columns.text not in header:
        found = ", ".join(repr(column) for column in header)
        yield ReadError(
            name, f'no column named "{columns.text}"; the header has {found}', kind="no text"
        )
        return
    rows = 0
    end = reader.line_num
    while True:
        start = end + 1
        row: list[str] | ReadError
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            row = ReadError(name, f"invalid row: {error}", start, kind="malformed")
        end = reader.line_num
        problems = [lines.problems.pop(n) for n in range(start, end + 1) if n in lines.problems]
        if problems:
            yield from problems
        elif isinstance(row, ReadError):
            yield row
        elif row:
            yield _parse_row(row, header, name, start, columns)
        else:
            continue  # a blank line
        rows += 1
    if rows == 0:
        yield ReadError(name, "no rows after the header", kind="empty")


def _parse_row(
    row: list[str], header: list[str], name: str, line: int, columns: Columns
) -> Document | ReadError:
    """Turn one row into a `Document`, or say what is wrong with it."""
    extra = row[len(header) :]
    # Trailing empty fields are a common spreadsheet export habit; anything else in them means an
    # unquoted delimiter shifted the row, and its "text" would be the wrong field.
    if any(field.strip() for field in extra):
        return ReadError(
            name,
            f"{len(row)} fields but the header has {len(header)}; "
            "quote fields that contain the delimiter",
            line,
            kind="malformed",
        )
    record = dict(zip(header, row, strict=False))
    text = record.get(columns.text, "")
    if not text.strip():
        return ReadError(name, f'no text in column "{columns.text}"', line, kind="no text")
    return record_document(record, text, name, line, columns)
