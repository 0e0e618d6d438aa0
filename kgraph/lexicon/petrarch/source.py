"""The lines of a PETRARCH-format dictionary file, without their comments.

Every dictionary format of PETRARCH2 (verbs, agents, actors) shares the same outer layer,
described in its ``dictionaries.rst``: ``#`` starts a comment that runs to the end of the line
(TABARI's ``;`` too: older files use it), ``<!-- ... -->`` is a comment that may span lines,
and blank lines are skipped. The readers take a path or an open text file and report a
malformed line as a `DictionaryError` naming the file and line: raised at once by default
(strict, as the converter reads the bundled dictionaries), or handed to an ``on_error``
callback and skipped (lenient, as kgraph reads a user's own dictionaries).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TextIO

from ...errors import ReadError

__all__ = ["DictionaryError", "ErrorHandler", "Line", "Source", "dictionary_lines", "report"]

Source = str | os.PathLike[str] | TextIO
"""Where a reader reads from: a path, or a text file open for reading."""

ErrorHandler = Callable[["DictionaryError"], None]
"""Called with each malformed line in lenient reading; the line is then skipped."""

_LINE_COMMENT = re.compile(r"[#;]")
_XML_OPEN, _XML_CLOSE = "<!", "-->"


class DictionaryError(ReadError):
    """A dictionary line that does not follow its format; the message names file and line.

    >>> print(DictionaryError("verbs.txt", "the code [08!] is not a CAMEO code", 12))
    verbs.txt:12: the code [08!] is not a CAMEO code
    """

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        super().__init__(path, reason, line, kind="malformed")


@dataclass(frozen=True)
class Line:
    """One line of a dictionary with its comments removed: its number (from 1) and text.

    ``text`` keeps its leading whitespace (an actor's date restrictions start with a tab)
    and loses its trailing whitespace.
    """

    number: int
    text: str


def report(error: DictionaryError, on_error: ErrorHandler | None) -> None:
    """Raise ``error`` when reading strictly (no handler), else hand it to the handler.

    >>> seen = []
    >>> report(DictionaryError("a.txt", "bad", 3), seen.append)
    >>> [str(error) for error in seen]
    ['a.txt:3: bad']
    """
    if on_error is None:
        raise error
    on_error(error)


def source_name(source: Source) -> str:
    """The name a message uses for ``source``: its path, else the open file's name.

    >>> import io
    >>> source_name("dictionaries/CAMEO.2.0.txt"), source_name(io.StringIO())
    ('dictionaries/CAMEO.2.0.txt', '<stream>')
    """
    if isinstance(source, (str, os.PathLike)):
        return os.fspath(source)
    name = getattr(source, "name", None)
    return name if isinstance(name, str) else "<stream>"


@contextmanager
def _opened(source: Source) -> Iterator[TextIO]:
    if isinstance(source, (str, os.PathLike)):
        name = os.fspath(source)
        try:
            with open(name, encoding="utf-8") as file:
                yield file
        except FileNotFoundError:
            raise ReadError(name, "no such dictionary file", kind="not found") from None
        except IsADirectoryError:
            raise ReadError(name, "is a folder, not a dictionary file") from None
        except UnicodeDecodeError as error:
            raise ReadError(
                name, f"not UTF-8 (byte {error.start}); save it as UTF-8", kind="not UTF-8"
            ) from None
    else:
        yield source


def dictionary_lines(source: Source) -> Iterator[Line]:
    """The non-blank lines of ``source`` with comments removed, numbered from 1.

    >>> import io
    >>> text = "# header\\nHALT  # oy 2006\\n\\n<!-- a comment\\nover lines -->\\n\\t[RUSGOV]\\n"
    >>> [(line.number, line.text) for line in dictionary_lines(io.StringIO(text))]
    [(2, 'HALT'), (6, '\\t[RUSGOV]')]
    """
    in_comment = False
    with _opened(source) as file:
        for number, raw in enumerate(file, start=1):
            text, in_comment = _strip_comments(raw.rstrip("\r\n"), in_comment)
            text = text.rstrip()
            if text.strip():
                yield Line(number, text)


def _strip_comments(text: str, in_comment: bool) -> tuple[str, bool]:
    """``text`` without comments, and whether an XML comment is still open after it."""
    kept = []
    while text:
        if in_comment:
            end = text.find(_XML_CLOSE)
            if end < 0:
                return "".join(kept), True
            text, in_comment = text[end + len(_XML_CLOSE) :], False
            continue
        start = text.find(_XML_OPEN)
        line_comment = _LINE_COMMENT.search(text)
        if line_comment and (start < 0 or line_comment.start() < start):
            kept.append(text[: line_comment.start()])
            break
        if start < 0:
            kept.append(text)
            break
        kept.append(text[:start])
        text, in_comment = text[start + len(_XML_OPEN) :], True
    return "".join(kept), in_comment
