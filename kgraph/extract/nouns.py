"""Events held in nouns, with their own participants: "Lavrov's talks with Kim", "a US attack
on Iraq"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from .actions import Reading, noun_category
from .actors import ActorFinder
from .findings import Finding, findings
from .targets import prepositional_targets

__all__ = ["event_noun"]


def event_noun(finder: ActorFinder, noun: Token) -> Iterator[Finding]:
    """An event noun whose possessor acts on its prepositional target ("X's attack on Y")."""
    category = noun_category(noun, finder.lexicon.events)
    if not category:
        return
    subjects = [a for c in noun.children if c.dep_ == "poss" for a in finder.actors(c)]
    reading = Reading(noun.text, noun.lemma_.lower(), category, False, "asserted")
    yield from findings(subjects, reading, prepositional_targets(finder, noun))
