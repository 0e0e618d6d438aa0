"""The actors a user lists (an actor file, a PETRARCH actor dictionary) in resolution.

A named mention that a user's list names, by its name or an alias, is that listed actor:
its name, type, and the country and sector the list gives (else the ones the text gives).
A listed name is never merged into another name of the document, and what the list says of
it wins over what its other mentions say. Resolution does this, not extraction, so that a
new actor file applies to stored readings (``kgraph resolve``) as it does to a new build.
"""

from __future__ import annotations

from dataclasses import replace

from ..lexicon.actor_file import ListedActor
from ..lexicon.actors import NamedActors
from ..records import Mention

__all__ = ["as_listed", "listed_attributes"]


def as_listed(
    mentions: dict[Mention, Mention], known: NamedActors
) -> tuple[dict[Mention, Mention], dict[str, ListedActor]]:
    """Each mention as the user's lists name it, and the listed actors by name.

    >>> from kgraph.lexicon.places import Places
    >>> kim = Mention(0, 0, 3, "Kim", "Kim", "PERSON", None, None, None, True)
    >>> as_listed({kim: kim}, NamedActors(Places()))[1]
    {}
    """
    listed: dict[str, ListedActor] = {}
    said = {}
    for original, mention in mentions.items():
        actor = known.listed(mention.name) if mention.named else None
        if actor is not None:
            listed[actor.name] = actor
            mention = replace(
                mention,
                name=actor.name,
                type=actor.type,
                country=actor.country or mention.country,
                sector=actor.sector or mention.sector,
            )
        said[original] = mention
    return said, listed


def listed_attributes(
    merged: dict[str, dict[str, str | None]], listed: dict[str, ListedActor]
) -> None:
    """Put what the lists say of each listed actor over what its mentions said."""
    for name, actor in listed.items():
        attributes = merged[name]
        attributes["type"] = actor.type
        attributes["country"] = actor.country or attributes["country"]
        attributes["sector"] = actor.sector or attributes["sector"]
