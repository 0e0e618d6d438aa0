"""Reciprocal events: actors who act on each other ("X and Y discussed")."""

from __future__ import annotations

from spacy.tokens import Token

from ..records import Mention
from .actors import ActorFinder

__all__ = ["each_other"]


def each_other(finder: ActorFinder, verb: Token, subjects: list[Mention]) -> list[Mention]:
    """The coordinated subjects of a reciprocal verb, each the other's target: "Poland and
    Lithuania discussed the border", "the two leaders discussed"; none where the verb is not
    reciprocal or one acts."""
    several = len(subjects) > 1 or (len(subjects) == 1 and subjects[0].count > 1)
    if several and verb.lemma_ in finder.lexicon.events.reciprocal_verbs:
        return subjects
    return []
