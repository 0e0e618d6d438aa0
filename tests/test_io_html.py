"""Saved web pages as articles: the text without the page around it, the metadata from the page."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgraph.errors import ReadError
from kgraph.records import Document
from kgraph.sources import read_documents

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Russian foreign minister visits Pyongyang | Example News</title>
<meta property="og:title" content="Russian foreign minister visits Pyongyang">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="{date}">
<link rel="canonical" href="https://news.example.com/world/volkov-pyongyang">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Russian foreign minister visits Pyongyang</h1>
<p>PYONGYANG, Jan. 22, 2024 — Russian Foreign Minister Andrei Volkov arrived in Pyongyang on
Monday for a two-day visit, the first trip to North Korea by a senior Russian official.</p>
<p>Volkov held talks with North Korean Foreign Minister Ri Chol-su at a government guesthouse
on the edge of the capital, the state news agency reported.</p>
</article>
<footer>Copyright 2024 Example News. All rights reserved.</footer>
</body></html>
"""


def read(path: Path) -> tuple[list[Document], list[str]]:
    errors: list[ReadError] = []
    documents = list(read_documents([path], on_error=errors.append))
    return documents, [str(error) for error in errors]


@pytest.mark.parametrize("suffix", [".html", ".htm", ".HTML"])
def test_a_web_page_gives_its_article_text_title_date_url_and_site(tmp_path, suffix):
    path = tmp_path / f"visit{suffix}"
    path.write_text(PAGE.format(date="2024-01-23T09:30:00+09:00"), encoding="utf-8")
    [document], errors = read(path)
    assert errors == []
    assert document.title == "Russian foreign minister visits Pyongyang"
    assert document.date == "2024-01-23"
    assert document.source == "Example News"
    assert document.url == "https://news.example.com/world/volkov-pyongyang"
    assert document.text.startswith("PYONGYANG, Jan. 22, 2024 — Russian Foreign Minister")
    assert document.text.endswith("the state news agency reported.")
    for boilerplate in ("Home", "Sport", "Copyright"):
        assert boilerplate not in document.text


def test_a_page_without_a_date_in_its_metadata_is_dated_by_its_dateline(tmp_path):
    path = tmp_path / "visit.html"
    page = PAGE.replace('<meta property="article:published_time" content="{date}">\n', "")
    path.write_text(page, encoding="utf-8")
    [document], _ = read(path)
    assert document.date == "2024-01-22"


def test_a_page_in_another_encoding_is_read_by_its_declared_charset(tmp_path):
    path = tmp_path / "visit.html"
    page = PAGE.format(date="2024-01-23").replace("utf-8", "windows-1252")
    path.write_bytes(
        page.replace("—", "-")
        .replace("Volkov held", "Volkov, café guest, held")
        .encode("windows-1252")
    )
    [document], _ = read(path)
    assert "café guest" in document.text


def test_a_page_without_article_text_is_reported_and_skipped(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>Nothing</title></head><body></body></html>", "utf-8")
    assert read(path) == ([], [f"{path.as_posix()}: no article text found in the page"])


def test_web_pages_in_a_folder_are_read_with_the_other_articles(tmp_path):
    (tmp_path / "a.html").write_text(PAGE.format(date="2024-01-23"), encoding="utf-8")
    (tmp_path / "b.txt").write_text("Lavrov met Kim.\n", encoding="utf-8")
    documents, errors = read(tmp_path)
    assert [Path(d.id).name for d in documents] == ["a.html", "b.txt"]
    assert errors == []
