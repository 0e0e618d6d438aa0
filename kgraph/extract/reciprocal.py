"""Reciprocal events: actors who act on each other.

Coordinated subjects of a reciprocal verb ("X and Y discussed"), a description of several
("the two leaders discussed"), and the partner of a reciprocal verb or of its event noun
("X met with Y", "X clashed with Y", "X held talks with Y", "X traded fire with Y"), who acts
on the subject as the subject on them. Reciprocal nouns with their own participants are
`nouns`'s.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..records import Mention
from .actors import ActorFinder
from .labels import OBJECT_DEPS, prep_object

__all__ = ["each_other", "partners"]


def each_other(finder: ActorFinder, verb: Token, subjects: list[Mention]) -> list[Mention]:
    """The coordinated subjects of a reciprocal verb, each the other's target: "Poland and
    Lithuania discussed the border", "the two leaders discussed"; none where the verb is not
    reciprocal or one acts."""
    # one phrase of several states acts as one side: "diplomats from France and Germany
    # discussed" is no talk between them
    spans = {(s.start, s.end) for s in subjects}
    several = len(spans) > 1 or (len(subjects) == 1 and subjects[0].count > 1)
    return subjects if several and _reciprocal(finder, verb) else []


def _reciprocal(finder: ActorFinder, verb: Token) -> bool:
    """Whether a verb is reciprocal ("traded fire"), or a light verb with a reciprocal event
    noun ("had a meeting", "held talks")."""
    events = finder.lexicon.events
    if verb.lemma_ in events.reciprocal_verbs:
        return True
    return verb.lemma_.lower() in events.light_verbs and any(
        c.dep_ in OBJECT_DEPS and events.reciprocal_noun(c.lemma_) for c in verb.children
    )


def partners(finder: ActorFinder, verb: Token) -> list[Mention]:
    """Whom a reciprocal verb, or the event noun of a light verb, joins with the subject:
    "met with Y", "held talks with Y"; none for a verb that is not reciprocal ("sent aid with
    Y") or that governs the event ("demanded a truce with Y")."""
    if not _reciprocal(finder, verb):
        return []
    light = verb.lemma_.lower() in finder.lexicon.events.light_verbs
    for head in [verb, *(c for c in verb.children if light and c.dep_ in OBJECT_DEPS)]:
        # "traded fire with Y": the partner may hang on the verb or on its event noun
        partner = prep_object(head, "with")
        if partner is not None:
            return finder.actors(partner)
    return []
