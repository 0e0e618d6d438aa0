"""Resolution: the mentions of one document's statements to actors, and the triples.

Resolution runs after extraction and needs no parse: it reads the `Reading` extraction gave,
so new actor lists can be applied to stored readings without parsing again.

>>> from kgraph.extract import read
>>> from kgraph.nlp import load_pipeline
>>> from kgraph.records import Document
>>> text = "Sergei Lavrov arrived on Wednesday. Lavrov met Kim Jong Un in Pyongyang."
>>> triples = resolve(read(load_pipeline()(text)), Document("d", text))
>>> [(t.subject.name, t.action.lemma, t.object.name) for t in triples]
[('Sergei Lavrov', 'meet', 'Kim Jong Un')]
"""

from __future__ import annotations

from dataclasses import replace

from ..lexicon import Lexicon, load_lexicon
from ..records import Document, Reading, Statement, Triple, content_hash
from .aliases import actors_of, share_country

__all__ = ["resolve"]


def resolve(reading: Reading, document: Document, lexicon: Lexicon | None = None) -> list[Triple]:
    """The triples of one document: each statement with its mentions resolved to actors."""
    lexicon = lexicon or load_lexicon()
    found = [_shared_country(s) for s in reading.statements]
    mentions = [m for s in found for m in (s.subject, s.object, s.attributed_to) if m]
    actors = actors_of(
        [*mentions, *reading.names],
        lexicon.actors,
        reading.person_names,
        scope=content_hash(document.id)[:8],
    )
    triples = (
        Triple(
            doc_id=document.id,
            sentence_index=s.sentence_index,
            sentence=s.sentence,
            subject=actors[s.subject],
            action=s.action,
            object=actors[s.object],
            date=document.date,
            source=document.source,
            url=document.url,
            attributed_to=actors[s.attributed_to].name if s.attributed_to else None,
            confidence=_confidence(s),
        )
        for s in found
    )
    return list(dict.fromkeys(triples))


def _shared_country(statement: Statement) -> Statement:
    subject, obj = share_country(statement.subject, statement.object)
    return replace(statement, subject=subject, object=obj)


def _confidence(statement: Statement) -> float:
    """Higher where parse and lexicon agree: a category, named actors, a direct object."""
    score = 0.4
    score += 0.25 if statement.action.category else 0.0
    score += 0.1 * statement.subject.named + 0.1 * statement.object.named
    score += 0.1 if statement.direct else 0.0
    score -= 0.1 if statement.action.modality != "asserted" else 0.0
    return round(min(score, 0.95), 2)
