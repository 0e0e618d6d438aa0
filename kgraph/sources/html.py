"""Web pages (``.html``, ``.htm``): one saved article a file, its text found by trafilatura.

`trafilatura <https://trafilatura.readthedocs.io>`_ drops navigation, adverts and footers,
favouring precision (a list of links read as text would become actors), and reads the page's
metadata: the title, the publication date (meta tags, JSON-LD, the URL; not dates guessed from
the text), the canonical URL and the site name, which becomes the source. A heading that
repeats the title is taken off the text, so the body starts at its dateline. The encoding
comes from the page itself. Not supported: pages that need JavaScript to show their text, and
pages holding several articles (only the main one is read).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kgraph.errors import ReadError
from kgraph.records import Document
from kgraph.sources.text import field_value

__all__ = ["parse_html", "read_html"]

# Only metadata dates: an "extensive" search would take the first date found in the text.
_DATE_OPTIONS = {"extensive_search": False, "original_date": True}


def read_html(path: Path, name: str) -> Iterator[Document | ReadError]:
    """Read one article from a saved web page; yield it, or a `ReadError` saying why not.

    ``name`` is how the caller named the file: it becomes the document's id and origin.

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "talks.html"
    >>> _ = path.write_text(
    ...     "<html><head><title>Talks resume</title>"
    ...     '<meta property="article:published_time" content="2024-03-12T09:00:00Z">'
    ...     "</head><body><nav>Home | World</nav><article><h1>Talks resume</h1>"
    ...     "<p>TOKYO — Tokyo and Seoul agreed to resume talks on Tuesday.</p></article>"
    ...     "</body></html>", encoding="utf-8")
    >>> document = next(read_html(path, "talks.html"))
    >>> document.title, document.date, document.text
    ('Talks resume', '2024-03-12', 'TOKYO — Tokyo and Seoul agreed to resume talks on Tuesday.')
    """
    yield parse_html(path.read_bytes(), name)


def parse_html(page: bytes | str, name: str) -> Document | ReadError:
    """The article of one web page as a `Document`, or a `ReadError` if it holds no text.

    >>> print(parse_html("<html><body><p> </p></body></html>", "empty.html"))
    empty.html: no article text found in the page
    """
    # Imported here: trafilatura takes half a second to load, and most corpora hold no HTML.
    import trafilatura

    found = trafilatura.bare_extraction(
        page, with_metadata=True, favor_precision=True, date_extraction_params=_DATE_OPTIONS
    )
    text = (found.text or "").strip() if found else ""
    title = field_value(found.title) if found else None
    if title and text.startswith(title):
        text = text[len(title) :].strip()
    if not text:
        return ReadError(name, "no article text found in the page", kind="no text")
    return Document(
        id=name,
        text=text,
        title=title,
        date=field_value(found.date),
        source=field_value(found.sitename),
        url=field_value(found.url),
        origin=name,
    )
