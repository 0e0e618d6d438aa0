"""Triples from parsed documents: clause rules, then mentions resolved within the document.

>>> from kgraph.nlp import load_pipeline
>>> from kgraph.records import Document
>>> nlp = load_pipeline()
>>> text = "Sergei Lavrov arrived on Wednesday. Lavrov met Kim Jong Un in Pyongyang."
>>> triples = extract(nlp(text), Document("d", text))
>>> [(t.subject.name, t.action.lemma, t.object.name) for t in triples]
[('Sergei Lavrov', 'meet', 'Kim Jong Un')]
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from ..ontology import Lexicon, load_lexicon
from ..records import Action, Document, Triple, content_hash
from ..resolve.aliases import resolve, share_country
from .clauses import Statement, statements
from .mentions import Mention, mention_at

__all__ = ["extract"]

_PERSON_ENTS = frozenset({"PERSON"})
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "ROOT"})


def _confidence(statement: Statement) -> float:
    """Higher where parse and lexicon agree: a category, named actors, a direct object."""
    score = 0.4
    score += 0.25 if statement.category else 0.0
    score += 0.1 * statement.subject.named + 0.1 * statement.object.named
    score += 0.1 if statement.direct else 0.0
    score -= 0.1 if statement.modality != "asserted" else 0.0
    return round(min(score, 0.95), 2)


def _named_mentions(doc: Doc) -> list[Mention]:
    """Every named actor of the document, for what its other mentions leave unsaid: the
    country of "Volkov" comes from "Russian Foreign Minister Andrei Volkov" earlier."""
    return [
        mention
        for token in doc
        if token.pos_ == "PROPN" and token.dep_ in _NOMINAL_DEPS
        for mention in [mention_at(token)]
        if mention and mention.named
    ]


def extract(doc: Doc, document: Document, lexicon: Lexicon | None = None) -> list[Triple]:
    """The actor-action-actor triples of one parsed document, in document order."""
    lexicon = lexicon or load_lexicon()
    found: list[tuple[int, Span, Statement]] = []
    previous: dict[str, Mention] = {}
    for index, sent in enumerate(doc.sents):
        for s in statements(sent, lexicon, previous):
            subject, obj = share_country(s.subject, s.object)
            found.append((index, sent, replace(s, subject=subject, object=obj)))
    mentions = [m for _, _, s in found for m in (s.subject, s.object, s.attributed_to) if m]
    names = [e.text for e in doc.ents if e.label_ in _PERSON_ENTS]
    actors = resolve([*mentions, *_named_mentions(doc)], names, scope=content_hash(document.id)[:8])
    triples = []
    for index, sent, s in found:
        triples.append(
            Triple(
                doc_id=document.id,
                sentence_index=index,
                sentence=sent.text.strip(),
                subject=actors[s.subject],
                action=Action(
                    text=s.text,
                    lemma=s.lemma,
                    category=s.category,
                    quad=lexicon.quad(s.category),
                    negated=s.negated,
                    modality=s.modality,
                ),
                object=actors[s.object],
                date=document.date,
                source=document.source,
                url=document.url,
                attributed_to=actors[s.attributed_to].name if s.attributed_to else None,
                confidence=_confidence(s),
            )
        )
    return list(dict.fromkeys(triples))
