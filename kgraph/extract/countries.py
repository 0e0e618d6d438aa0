"""The country a noun phrase's words give its actor: a state named in it, a place after
it ("the president of Armenia"), a listed group, person or region in a modifier ("Hezbollah
guerrillas", "Chechen rebels")."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import Lexicon
from ..lexicon.places import Places
from .phrases import entity_text, phrase

__all__ = ["PLACE_ENTS", "city_or_region_country", "first_country", "owner_country",
           "place_country"]

# entities that may name a city or region: "Basra", "Siberia", "Chechen"
PLACE_ENTS = frozenset({"GPE", "LOC", "NORP"})
_PLACE_PREPS = frozenset({"of", "in", "throughout", "across"})


def first_country(places: Places, tokens: list[Token]) -> str | None:
    """The first country the words name: "Russia" in "Russia's foreign minister"."""
    return next(iter(places.countries_in([t.text for t in tokens])), None)


def place_country(places: Places, head: Token) -> str | None:
    """The country of "the president of Armenia", "rebels in the Ivory Coast" or
    "prisoners in East Timor's capital"."""
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in _PLACE_PREPS:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return first_country(places, phrase(pobj)) or (
                        city_or_region_country(places, pobj)
                    )
    return None


def city_or_region_country(places: Places, token: Token) -> str | None:
    """The country of the region a name gives ("Chechen", "Crimea", whatever label the
    model gave it) or of the city a place entity names ("Basra")."""
    if not token.ent_type_:
        return None
    return places.place_country(entity_text(token), cities=token.ent_type_ in PLACE_ENTS)


def owner_country(lexicon: Lexicon, tokens: list[Token]) -> str | None:
    """The country of a group, listed person or place named in a modifier: "Hezbollah
    guerrillas", "the Bush administration", "Chechen rebels"."""
    actors = lexicon.actors
    for token in tokens:
        if lexicon.agents.is_title_word(token.text):
            # "Prime Minister Pashinyan": a title is nobody's surname
            continue
        named = entity_text(token) or token.text
        owner = actors.organisation(named) or (
            actors.person(named) if token.pos_ == "PROPN" else None
        )
        country = owner.country if owner else city_or_region_country(lexicon.places, token)
        if country:
            return country
    return None
