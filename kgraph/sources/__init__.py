"""Read articles from files, directories and stdin as `Document`s: kgraph's first stage.

`read_documents` picks a reader by file extension (`SUPPORTED_EXTENSIONS`); each format has its
module: `kgraph.sources.text` (``.txt``, ``.md``), `kgraph.sources.html` (``.html``,
``.htm``), `kgraph.sources.jsonl` (``.jsonl``, ``.ndjson``) and `kgraph.sources.tabular`
(``.csv``, ``.tsv``). `kgraph.sources.dates` makes every article's date ISO, from its metadata
or its dateline (`kgraph.sources.datelines`). Every problem with the input becomes a
`ReadError` that names the file and line, and reading goes on with the next record or file.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TypedDict

from kgraph.errors import ReadError
from kgraph.records import Document
from kgraph.sources.dates import dated
from kgraph.sources.html import read_html
from kgraph.sources.jsonl import parse_jsonl, read_jsonl
from kgraph.sources.tabular import read_table
from kgraph.sources.text import (
    DEFAULT_COLUMNS,
    Columns,
    Utf8Lines,
    binary_problem,
    parse_text,
    read_text,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack  # in typing from Python 3.11

__all__ = [
    "STDIN",
    "SUPPORTED_EXTENSIONS",
    "ArticleFile",
    "ReadOptions",
    "count_articles",
    "read_documents",
    "read_sources",
]

STDIN = "-"
"""The input that means standard input."""

_STDIN_NAME = "stdin"

_FORMATS = {
    ".txt": "text",
    ".md": "markdown",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
}

SUPPORTED_EXTENSIONS = tuple(sorted(_FORMATS))
"""The file extensions `read_documents` reads, lower case; matching ignores case."""

_DELIMITERS = {"csv": ",", "tsv": "\t"}

_ONE_ARTICLE = {"text", "markdown", "html"}
"""The formats whose files hold one article each."""


class ArticleFile(NamedTuple):
    """A file of one article, not read yet: its absolute path, and its name as given.

    The name is what the article's id and error messages say, wherever the file is read.

    >>> article = ArticleFile.of(Path("examples/2024-03-12-japan-korea-talks.md"))
    >>> article.name, os.path.isabs(article.path)
    ('examples/2024-03-12-japan-korea-talks.md', True)
    >>> article.read().date
    '2024-03-12'
    """

    path: str
    name: str

    @classmethod
    def of(cls, path: Path, name: str | None = None) -> ArticleFile:
        """The file at ``path``, named ``name`` (by default, as ``path`` is written)."""
        return cls(os.path.abspath(path), name or path.as_posix())

    def read(self) -> Document | ReadError:
        """The article, dated as `read_documents` dates it, or what is wrong with the file."""
        for item in _read_file(Path(self.path), self.name, Columns()):
            return dated(item) if isinstance(item, Document) else item
        return ReadError(self.name, "empty file", kind="empty")  # no reader yields nothing


def read_documents(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    on_error: Callable[[ReadError], None] | None = None,
    text_column: str = "text",
    id_column: str = "id",
    date_column: str = "date",
    strict: bool = False,
) -> Iterator[Document]:
    """Yield the articles in ``inputs``, in order, skipping and reporting whatever cannot be read.

    Each input is a file, read by its extension; a directory, whose files are read depth first
    in name order (hidden files and folders, README files and symlinked folders are skipped, and
    a file of a type kgraph cannot read is reported as such); or ``"-"``, standard input, read
    as JSONL if it starts with ``{`` and as one plain-text article with id ``stdin`` otherwise.
    ``text_column``, ``id_column`` and ``date_column`` name the fields that hold the text, the
    id and the date in JSONL, CSV and TSV records.

    Dates are ISO (``YYYY-MM-DD``): a metadata date is converted (`kgraph.sources.dates.iso_date`);
    without one, or with one that cannot be read for sure, the article's dateline gives it
    ("PYONGYANG, Oct. 19, 2023 — ..."), else the article has no date.

    Each problem (a missing file, an unknown extension, a folder or file without read permission,
    a binary file, bytes that are not UTF-8, an empty file, a bad JSON line or CSV row, a record
    without text, a CSV without its text column) is passed to ``on_error`` as a `ReadError`,
    and reading goes on; with ``strict=True`` the first one is raised instead. Files are read
    lazily, a record at a time.

    >>> errors = []
    >>> documents = list(read_documents(["examples", "missing.txt"], on_error=errors.append))
    >>> len(documents), documents[0].date
    (11, '2024-01-22')
    >>> [str(error) for error in errors]
    ['missing.txt: no such file or directory']
    """
    if isinstance(inputs, str | os.PathLike):
        # A lone path would be read as a list of one-letter paths.
        raise TypeError(f"inputs must be a list of paths, not one path: use [{inputs!r}]")
    columns = Columns(text_column, id_column, date_column)
    return _documents(inputs, on_error, strict, columns)


class ReadOptions(TypedDict, total=False):
    """The keyword arguments of `read_documents`, which `read_sources` takes too."""

    on_error: Callable[[ReadError], None] | None
    text_column: str
    id_column: str
    date_column: str
    strict: bool


def read_sources(
    inputs: Iterable[str | os.PathLike[str]], **options: Unpack[ReadOptions]
) -> Iterator[Document | ArticleFile]:
    """As `read_documents`, but a file of one article (text, Markdown, a web page) is yielded
    unread, as an `ArticleFile`, for another process to read: a cluster's worker that sees the
    same folders. Files of many records (JSONL, CSV, TSV) and stdin are read here.

    >>> sources = list(read_sources(["examples"]))
    >>> len(sources), sum(isinstance(source, ArticleFile) for source in sources)
    (11, 8)
    """
    columns = Columns(
        options.get("text_column", DEFAULT_COLUMNS.text),
        options.get("id_column", DEFAULT_COLUMNS.id),
        options.get("date_column", DEFAULT_COLUMNS.date),
    )
    on_error, strict = options.get("on_error"), options.get("strict", False)
    return _documents(inputs, on_error, strict, columns, whole_files=False)


def count_articles(inputs: Iterable[str | os.PathLike[str]]) -> int | None:
    """How many articles ``inputs`` hold, as far as that is known before reading them: files
    of one article count one, a JSONL file its lines with text; None once an input is stdin,
    a CSV or a TSV (whose rows may span lines). Folders are walked, files are not parsed.

    >>> count_articles(["examples"]), count_articles(["examples", "-"])
    (11, None)
    """
    total = 0
    for given in inputs:
        if given == STDIN:
            return None
        for file in _readable_files(Path(given)):
            kind = _FORMATS[file.suffix.lower()]
            if kind in _DELIMITERS:
                return None
            total += _lines(file) if kind == "jsonl" else 1
    return total


def _readable_files(path: Path) -> Iterator[Path]:
    """The files of a known type that reading ``path`` reads (nothing when it is missing)."""
    if path.is_dir():
        yield from (entry[0] for entry in _walk(path, "") if not isinstance(entry, ReadError))
    elif path.suffix.lower() in _FORMATS:
        yield path


def _lines(path: Path) -> int:
    """The lines of ``path`` that hold more than blanks, read in blocks (no JSON parsed)."""
    try:
        with path.open("rb") as file:
            return sum(1 for line in file if line.strip())
    except OSError:
        return 0


def _documents(
    inputs: Iterable[str | os.PathLike[str]],
    on_error: Callable[[ReadError], None] | None,
    strict: bool,
    columns: Columns,
    *,
    whole_files: bool = True,
) -> Iterator[Document | ArticleFile]:
    for item in _read_inputs(inputs, columns, whole_files):
        if isinstance(item, Document):
            yield dated(item)
        elif isinstance(item, ArticleFile):
            yield item
        elif strict:
            raise item
        elif on_error is not None:
            on_error(item)


def _read_inputs(
    inputs: Iterable[str | os.PathLike[str]], columns: Columns, whole_files: bool = True
) -> Iterator[Document | ArticleFile | ReadError]:
    for given in inputs:
        if given == STDIN:
            yield from _read_stdin(columns)
            continue
        path = Path(given)
        name = path.as_posix()
        if path.is_dir():
            yield from _read_directory(path, name, columns, whole_files)
        elif not path.exists():
            yield ReadError(name, "no such file or directory", kind="not found")
        elif path.suffix.lower() not in _FORMATS:
            yield _unknown_type(path, name)
        else:
            yield from _file(path, name, columns, whole_files)


def _unknown_type(path: Path, name: str) -> ReadError:
    kind = f"'{path.suffix}'" if path.suffix else "(no extension)"
    known = ", ".join(SUPPORTED_EXTENSIONS)
    return ReadError(name, f"unknown file type {kind}; kgraph reads {known}", kind="unknown type")


def _read_directory(
    directory: Path, name: str, columns: Columns, whole_files: bool
) -> Iterator[Document | ArticleFile | ReadError]:
    found = False
    for entry in _walk(directory, name):
        found = True
        if isinstance(entry, ReadError):
            yield entry
        else:
            yield from _file(*entry, columns, whole_files)
    if not found:
        known = ", ".join(SUPPORTED_EXTENSIONS)
        yield ReadError(
            name, f"no files to read in this directory; kgraph reads {known}", kind="empty"
        )


def _walk(directory: Path, name: str) -> Iterator[tuple[Path, str] | ReadError]:
    """The readable files under ``directory`` with their names, depth first in name order.

    A folder that cannot be listed (no read permission) and a file of an unknown type are each
    one `ReadError`; their siblings are still read.
    """
    try:
        with os.scandir(directory) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as error:
        yield ReadError(name, f"cannot read: {error.strerror or error}", kind="unreadable")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        entry_name = f"{name}/{entry.name}"
        path = Path(entry.path)
        if entry.is_dir():
            # Like os.walk: a symlinked folder may point back up the tree and never end.
            if not entry.is_symlink():
                yield from _walk(path, entry_name)
        # A corpus folder's README describes the corpus; it is not an article.
        elif path.stem.lower() == "readme":
            continue
        elif path.suffix.lower() in _FORMATS:
            yield path, entry_name
        else:
            # named, so that a PDF among the articles is not left out unseen
            yield _unknown_type(path, entry_name)


def _file(
    path: Path, name: str, columns: Columns, whole_files: bool
) -> Iterator[Document | ArticleFile | ReadError]:
    """The file's articles, or the file itself unread if it holds one and ``whole_files`` is
    False."""
    if whole_files or _FORMATS[path.suffix.lower()] not in _ONE_ARTICLE:
        yield from _read_file(path, name, columns)
    else:
        yield ArticleFile.of(path, name)


def _read_file(path: Path, name: str, columns: Columns) -> Iterator[Document | ReadError]:
    kind = _FORMATS[path.suffix.lower()]
    try:
        problem = binary_problem(path, name)
        if problem:
            yield problem
        elif kind in ("text", "markdown"):
            yield from read_text(path, name, markdown=kind == "markdown")
        elif kind == "html":
            yield from read_html(path, name)
        elif kind == "jsonl":
            yield from read_jsonl(path, name, columns)
        else:
            yield from read_table(path, name, delimiter=_DELIMITERS[kind], columns=columns)
    except OSError as error:
        yield ReadError(name, f"cannot read: {error.strerror or error}", kind="unreadable")


def _read_stdin(columns: Columns) -> Iterator[Document | ReadError]:
    # Bytes where there are any, so that a bad byte costs one line rather than the whole stream.
    lines = Utf8Lines(getattr(sys.stdin, "buffer", sys.stdin), _STDIN_NAME)
    first = lines.first_character()
    if not first:
        yield ReadError(_STDIN_NAME, "empty input", kind="empty")
    elif first == "{":
        yield from parse_jsonl(lines, columns)
    else:
        text = "".join(lines)
        if lines.problems:
            yield next(iter(lines.problems.values()))
        else:
            yield parse_text(text, _STDIN_NAME)
