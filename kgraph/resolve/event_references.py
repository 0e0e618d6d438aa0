"""The actor of an act an event noun refers back to: in "Barrot threatened Iran with
sanctions. Araghchi rejected the threat." Araghchi rejects Barrot. The act is the latest of
the noun's category ("the threat" a threat; "the decision" or "the move" any coded act) told
in the sentences just before, by another actor than the one who answers it; a reference no
act fits is left out, never given a guessed actor."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from ..lexicon.events import Events
from ..records import ActorType, Mention, Statement

__all__ = ["referred_events"]

# how many sentences back an act may be told: a reply follows the act it answers closely
_REACH = 2


def referred_events(statements: Sequence[Statement], events: Events) -> Iterator[Statement]:
    """The statements, each whose object is an act told before with that act's actor in
    its place; one whose act is found nowhere near is left out."""
    for index, statement in enumerate(statements):
        if statement.object.type != ActorType.EVENT:
            yield statement
            continue
        actor = _actor_of_act(statements[:index], statement, events)
        if actor is not None:
            yield replace(statement, object=actor)


def _actor_of_act(
    earlier: Sequence[Statement], reply: Statement, events: Events
) -> Mention | None:
    categories = events.referred_categories(reply.object.name) or frozenset()
    for before in reversed(earlier):
        distance = reply.sentence_index - before.sentence_index
        if distance > _REACH:
            return None
        if (
            distance > 0
            and before.action.category in categories
            and not before.action.negated
            and before.subject.type != ActorType.EVENT
            and before.subject.name != reply.subject.name
        ):
            return before.subject
    return None
