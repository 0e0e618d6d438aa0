"""Reported speech: what a speaker's words make an event of.

A verb of speech is no event itself: its complement is (the clause rules read it, with the
speaker as ``attributed_to``). What a speaker says another must do is a demand on them:
"declared that China must drop its claim" is a REQUEST of China.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from .actions import Reading
from .actors import ActorFinder
from .findings import Finding, findings
from .labels import SUBJECT_DEPS
from .subjects import subjects

__all__ = ["OBLIGATION_AUX", "obligations"]

OBLIGATION_AUX = frozenset({"must", "should"})


def obligations(finder: ActorFinder, verb: Token) -> Iterator[Finding]:
    """A statement of what another must do is a demand: "declared that China must drop"."""
    for clause in verb.children:
        auxiliaries = {c.lower_ for c in clause.children if c.dep_ == "aux"}
        if clause.dep_ != "ccomp" or not auxiliaries & OBLIGATION_AUX:
            continue
        targets = [a for c in clause.children if c.dep_ in SUBJECT_DEPS
                   for a in finder.actors(c)]
        reading = Reading(verb.text, verb.lemma_.lower(), "REQUEST", False, "requested")
        yield from findings(subjects(finder, verb), reading, targets)
