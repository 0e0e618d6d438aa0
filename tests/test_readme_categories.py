"""The README's table of the 16 PLOVER categories: each example gives the triple it names.

The table is read from the README itself, so a row that kgraph stops coding as shown fails
here rather than misleading a reader.
"""

from __future__ import annotations

import re

import pytest
from spacy.language import Language

from kgraph.pipeline import extract_documents
from kgraph.records import Category, Document, Quad

from .conftest import ROOT

ROW = re.compile(r"^\| ([A-Z]+) \| ([a-z ]+) \| (.+?) \| (.+?) → (.+?)(, and back)? \|$")


def table() -> list[tuple[str, ...]]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return [match.groups() for line in readme.splitlines() if (match := ROW.match(line))]


ROWS = table()


def test_the_table_has_each_category_once_under_its_quad_class() -> None:
    assert [row[0] for row in ROWS] == [category.value for category in Category]
    quads = {quad.value.replace("_", " ") for quad in Quad}
    assert {row[1] for row in ROWS} == quads


@pytest.mark.parametrize(
    ("category", "sentence", "subject", "target", "both_ways"),
    [pytest.param(row[0], row[2], row[3], row[4], bool(row[5]), id=row[0]) for row in ROWS],
)
def test_each_example_gives_its_triple(
    nlp: Language, category: str, sentence: str, subject: str, target: str, both_ways: bool
) -> None:
    [(_, triples)] = extract_documents([Document("readme", sentence)], nlp)
    found = {(t.subject.name, t.action.category, t.object.name) for t in triples}
    back = {(target, category, subject)} if both_ways else set()
    assert found == {(subject, category, target)} | back
