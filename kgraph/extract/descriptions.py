"""What a phrase says of its actor beyond the name: a power and no body ("cede
authority"), only a place where something happens ("in Cabo Delgado"), and how many actors
a plural description names ("the two leaders"), and a group of every side, no one actor
("ministers from both countries")."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon.agents import Role
from ..records import Mention
from .countries import PLACE_ENTS

__all__ = ["abstract", "actor_count", "mere_place", "of_every_side"]

# how many actors a plural description names: "the two leaders", "both sides"
_COUNTS = {"two": 2, "both": 2}
# the words that make a group one of every side: "ministers from both countries"
_EVERY = frozenset({"both", "all", "each"})
_ORIGIN_PREPS = frozenset({"from", "of"})
_LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "across", "throughout", "around"})
# what before a noun makes it a thing counted or owned: "the authority", "its leadership"
_DETERMINING_DEPS = frozenset({"det", "poss", "nummod", "amod", "compound", "nmod", "predet"})
# bodies English names without an article: "urged parliament to", "called police"
_BARE_BODIES = frozenset(
    {"police", "parliament", "government", "military", "congress", "cabinet", "senate"}
)


def abstract(head: Token) -> bool:
    """Whether a role noun object is the power it names, not a body: a singular with nothing
    before it, "cede authority", "assume leadership"."""
    return (
        head.dep_ == "dobj"
        and head.tag_ == "NN"
        and head.lower_ not in _BARE_BODIES
        and not any(c.dep_ in _DETERMINING_DEPS for c in head.children)
    )


def mere_place(head: Token, mention: Mention) -> bool:
    """Whether a name no list knows is only where something happens: a place entity after a
    preposition of place, or coordinated with one ("seized positions at Diaca, Roma and
    Nantili", "operating in Cabo Delgado")."""
    first = head
    while first.dep_ == "conj":
        first = first.head
    return (
        mention.country is None
        and mention.sector is None
        and (head.ent_type_ in PLACE_ENTS or first.ent_type_ in PLACE_ENTS)
        and first.dep_ == "pobj"
        and first.head.lower_ in _LOCATIVE_PREPS
    )


def actor_count(head: Token, head_role: Role | None) -> int:
    """How many actors a description names: "the two leaders" two, and so "the leaders"
    of a story that has just named a pair."""
    counted = next((_COUNTS[c.lower_] for c in head.children if c.lower_ in _COUNTS), None)
    if counted:
        return counted
    plural_people = head_role is not None and head_role.person and head.tag_ == "NNS"
    return 2 if plural_people and any(c.lower_ == "the" for c in head.children) else 1


def of_every_side(head: Token) -> bool:
    """Whether a group is drawn from every side, no actor of its own: "ministers and
    advisers from both countries", "officials of all parties"."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in _ORIGIN_PREPS:
            for origin in prep.children:
                if origin.dep_ == "pobj" and any(c.lower_ in _EVERY for c in origin.children):
                    return True
    return False
