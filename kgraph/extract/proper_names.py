"""Which words of a phrase are its proper name: "Sergei Lavrov" in "Foreign Minister Sergei
Lavrov", a body's whole name ("Ministry of Defence of Chad"), the name in apposition to a
role ("his counterpart, Choe Son Hui"), and whether a person's name is only a state's."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import Lexicon
from ..lexicon.places import Places
from .labels import ACTOR_ENTS
from .phrases import entity_text, joins_a_name, phrase
from .roles import role

__all__ = ["appositive_name", "body_name", "proper_name", "state_named", "state_of"]

# words that join the parts of a body's name: "Ministry of Defence", "Department for Education"
_NAME_JOINS = frozenset({"of", "for"})


def body_name(head: Token) -> list[Token]:
    """The whole name of a body that its entity runs on with: "Ministry of Defence of Chad",
    "House of Representatives", where the parse heads the phrase with its first word."""
    if head.ent_type_ != "ORG" or head.pos_ != "PROPN" or not head.is_title:
        return []
    end = head.i + 1
    while end < len(head.doc) and head.doc[end].ent_iob_ == "I":
        end += 1
    if end - head.i < 3 or head.doc[head.i + 1].lower_ not in _NAME_JOINS:
        return []
    start = head.i
    while start > 0 and head.doc[start].ent_iob_ == "I" and head.doc[start - 1].pos_ == "PROPN":
        start -= 1
    return list(head.doc[start:end])


def proper_name(lexicon: Lexicon, tokens: list[Token]) -> list[Token]:
    """The proper name ending a phrase: "Sergei Lavrov" in "Foreign Minister Sergei
    Lavrov"."""
    name: list[Token] = []
    for token in reversed(tokens):
        if joins_a_name(token, name):
            name.insert(0, token)
            continue
        # the tagger sometimes calls the last part of a person's name a noun
        # ("Seung-woo"), or a name a noun and an entity ("Zelenskyy")
        proper = (
            token.pos_ == "PROPN"
            or token.ent_type_ == "PERSON"
            or (token.ent_type_ in ACTOR_ENTS and token.is_title)
        )
        # a possessor inside the phrase is another actor ("Russia's foreign minister"),
        # but a possessor may head its own phrase ("Blinken's trip")
        owner = token.dep_ == "poss" and token.i != tokens[-1].i
        if not proper or owner or token.dep_ == "case":
            break
        if name and lexicon.places.country_of(token.text):
            # a name of words any state's body has is that state's: "Turkish Armed Forces",
            # and may go on before it: "Free Syrian Army"
            if not all(lexicon.actors.is_body_word(t.text) for t in name):
                break
            name.insert(0, token)
            continue
        if (
            lexicon.agents.is_title_word(token.text)
            or role(lexicon.agents, token)
            # a person's name ends where the entity does: "Minister of Foreign Affairs
            # Mélanie Joly" is Mélanie Joly
            or (name and name[-1].ent_type_ == "PERSON" and token.ent_iob_ != "I"
                and token.ent_type_ != "PERSON" and name[0].ent_iob_ == "B")
        ):
            break
        name.insert(0, token)
    return name


def appositive_name(lexicon: Lexicon, head: Token) -> list[Token]:
    """The name in apposition to a role: "his counterpart, Choe Son Hui"."""
    for child in head.rights:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            return proper_name(lexicon, phrase(child))
    return []


def state_named(places: Places, head: Token) -> bool:
    """Whether a person's name is the name of a state and nothing more: the small model
    takes "Niger" and "Mali" for people ("aid to Niger")."""
    name = entity_text(head)
    code = places.country_of(name)
    return code is not None and places.country_name(code) == name


def state_of(lexicon: Lexicon, head: Token, tokens: list[Token], text: str) -> str | None:
    """The country code of the state the phrase names: a state, its people or its
    capital, but no "Russian Foreign Ministry", and no person whatever the demonym in
    the name ("al-Sudani")."""
    places = lexicon.places
    if state_named(places, head):
        # a state's own name, whatever words of titles it holds: "Papua New Guinea"
        return places.country_of(entity_text(head))
    if any(lexicon.agents.is_title_word(t.text) for t in tokens):
        return None
    if head.ent_type_ == "ORG" and lexicon.actors.is_body_word(head.text):
        # a body's name, whatever state it names: "Egyptian Armed Forces"
        return None
    proper = head.pos_ == "PROPN" or head.ent_type_ in ACTOR_ENTS
    if not proper or head.ent_type_ == "PERSON":
        # a state the model took for a person was returned above
        return None
    # the entity alone, without what the phrase adds: "war-torn Mozambique", or the
    # name the model took for no entity: "US" in "recent US drone strikes"; a body's
    # name is no state's, whatever state owns it ("China's Exim Bank")
    return (
        places.country_of(entity_text(head))
        or (None if head.ent_type_ == "ORG" or any(t.dep_ == "poss" for t in tokens)
            else places.country_of(text))
        or (None if head.ent_type_ else places.country_of(head.text))
    )
