"""Helpers for the extraction tests: a text in, its triples or their short rows out."""

from __future__ import annotations

from spacy.language import Language

from kgraph.pipeline import triples_of
from kgraph.records import Document, Triple


def triples(nlp: Language, text: str) -> list[Triple]:
    """The triples kgraph finds in one test text."""
    return triples_of(nlp(text), Document("test", text))


def rows(nlp: Language, text: str) -> set[tuple[str, str, str | None, str]]:
    """Each triple as (subject name, lemma, category, object name)."""
    return {(t.subject.name, t.action.lemma, t.action.category, t.object.name)
            for t in triples(nlp, text)}


def dyads(nlp: Language, text: str) -> set[tuple[str, str | None, str]]:
    """Each triple as (subject name, category, object name)."""
    return {(s, category, o) for s, _, category, o in rows(nlp, text)}
