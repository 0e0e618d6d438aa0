"""Actor mentions: from the head token of a noun phrase to who it names, if anyone.

A mention keeps the words as written (``text``), the name it gives (``name``: "Sergei Lavrov"
for "Russian Foreign Minister Sergei Lavrov"), and what its modifiers say: the country
("Russian", "North Korea's", "of Armenia"), the role ("minister") and its sector. Dates,
durations, numbers and plain things ("the stopover", "munitions") are no actors.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..names import PRONOUNS
from ..resolve.countries import countries_in, country_name, country_of, place_country
from ..resolve.people import known_person
from ..resolve.roles import Organisation, Role, is_title_word, organisation, role

__all__ = ["Mention", "PRONOUNS", "mention_at", "owner_at"]

ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# entities that may name a city or region: "Basra", "Siberia", "Chechen"
PLACE_ENTS = frozenset({"GPE", "LOC", "NORP"})
NON_ACTOR_ENTS = frozenset(
    {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "LANGUAGE", "LAW"}
    | {"FAC", "PRODUCT", "EVENT", "WORK_OF_ART"}
)
# Left dependents that belong to the actor's noun phrase ("Russian Foreign Minister Sergei").
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "case", "flat", "punct"})
_OWNER_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
_HYPHENS = frozenset({"-", "‐"})
_DATELINE_DASHES = frozenset({"—", "–", "--"})
_DROPPED_WORDS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "this", "that"})
_PLACE_PREPS = frozenset({"of", "in", "throughout", "across"})


@dataclass(frozen=True)
class Mention:
    """What a noun phrase says about the actor it names, before resolution in the document."""

    head: int
    start: int
    end: int
    text: str
    name: str
    type: str
    country: str | None
    sector: str | None
    role: str | None
    named: bool


def _phrase(head: Token) -> list[Token]:
    """The head with its left modifiers, possessors included ("Russia's foreign minister")."""
    return _trimmed([head, *_left_modifiers(head, _MODIFIER_DEPS)])


def _left_modifiers(head: Token, deps: frozenset[str]) -> list[Token]:
    return [t for child in head.lefts if child.dep_ in deps for t in child.subtree]


def _trimmed(tokens: list[Token]) -> list[Token]:
    """Tokens in order, without leading determiners and punctuation, and without a dateline
    the parser took in ("KYIV — Russian forces")."""
    tokens = sorted((t for t in tokens if not t.is_space), key=lambda t: t.i)
    for cut in range(len(tokens) - 1, -1, -1):
        if tokens[cut].text in _DATELINE_DASHES or (
            tokens[cut].text == ":" and cut > 0 and tokens[cut - 1].is_upper
        ):
            tokens = tokens[cut + 1 :]
            break
    while tokens and (tokens[0].lower_ in _DROPPED_WORDS or tokens[0].is_punct):
        tokens.pop(0)
    return tokens


def _place_country(head: Token) -> str | None:
    """The country of "the president of Armenia", "rebels in the Ivory Coast" or "prisoners
    in East Timor's capital"."""
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in _PLACE_PREPS:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return _first_country(_phrase(pobj)) or _city_or_region_country(pobj)
    return None


def _first_country(tokens: list[Token]) -> str | None:
    """The first country the words name: "Russia" in "Russia's foreign minister"."""
    return next(iter(countries_in([t.text for t in tokens])), None)


def _city_or_region_country(token: Token) -> str | None:
    """The country of the region a name gives ("Chechen", "Crimea", whatever label the model
    gave it) or of the city a place entity names ("Basra")."""
    if not token.ent_type_:
        return None
    return place_country(_entity_text(token), cities=token.ent_type_ in PLACE_ENTS)


def _name_tokens(tokens: list[Token]) -> list[Token]:
    """The proper name ending a phrase: "Sergei Lavrov" in "Foreign Minister Sergei Lavrov"."""
    name: list[Token] = []
    for token in reversed(tokens):
        if _joins_a_name(token, name):
            name.insert(0, token)
            continue
        # the tagger sometimes calls the last part of a person's name a noun ("Seung-woo"),
        # or a name a noun and an entity ("Zelenskyy")
        proper = (
            token.pos_ == "PROPN"
            or token.ent_type_ == "PERSON"
            or (token.ent_type_ in ACTOR_ENTS and token.is_title)
        )
        if not proper or token.dep_ == "poss" or token.dep_ == "case":
            break
        if is_title_word(token.text) or _role(token) or (name and country_of(token.text)):
            break
        name.insert(0, token)
    return name


def _joins_a_name(token: Token, name: list[Token]) -> bool:
    """A hyphen inside a name, with no space on either side: "Ri Chol-su"."""
    return (
        bool(name)
        and token.text in _HYPHENS
        and not token.whitespace_
        and token.i > 0
        and not token.doc[token.i - 1].whitespace_
    )


def _appositive_name(head: Token) -> list[Token]:
    """The name in apposition to a role: "his counterpart, Choe Son Hui"."""
    for child in head.rights:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            return _name_tokens(_phrase(child))
    return []


def mention_at(head: Token) -> Mention | None:
    """The actor mention headed by ``head``, or None when the phrase names no actor.

    Pronouns give None here: the clause rules resolve them.
    """
    return _mention(head, _phrase(head))


def owner_at(thing: Token) -> Mention | None:
    """The actor a thing's modifiers name: "Israeli army" in "Israeli army bulldozers",
    "Karen guerrilla" in "a Karen guerrilla stronghold", "UN Security Council" in "a U.N.
    Security Council resolution". An adjective owns by nationality only: a "military
    offensive" is nobody's."""
    modifiers = _trimmed(_left_modifiers(thing, _OWNER_MODIFIER_DEPS))
    for end in range(len(modifiers) - 1, -1, -1):
        head = modifiers[end]
        mention = _mention(head, modifiers[: end + 1])
        if mention and (
            mention.country
            or (mention.role and head.pos_ in _NOUN_POS)
            or (mention.type == "ORG" and mention.sector)
        ):
            return mention
    return None


def _mention(head: Token, tokens: list[Token]) -> Mention | None:
    """The mention of the phrase ``tokens`` headed by ``head``, if it names an actor."""
    if head.pos_ == "PRON" or head.like_num or head.ent_type_ in NON_ACTOR_ENTS:
        return None
    if not tokens:
        return None
    text = head.doc[tokens[0].i : tokens[-1].i + 1].text
    head_role = _role(head)
    org = organisation(text) or organisation(_entity_text(head))
    state = None
    if not any(is_title_word(t.text) for t in tokens):
        # a state, its people or its capital, but no "Russian Foreign Ministry"
        if head.pos_ == "PROPN" or head.ent_type_ in ACTOR_ENTS:
            # the entity alone, without what the phrase adds: "war-torn Mozambique", or the
            # name the model took for no entity: "US" in "recent US drone strikes"
            state = (
                country_of(_entity_text(head))
                or country_of(text)
                or (None if head.ent_type_ else country_of(head.text))
            )
    name_tokens = _name_tokens(tokens) or (_appositive_name(head) if head_role else [])
    modifiers = [t for t in tokens if t not in name_tokens and t.i != head.i]
    modifier_country = _first_country(modifiers) or _owner_country(modifiers)
    sector = head_role.sector if head_role and head_role.sector else _sector_of(tokens)
    body = _modifier_organisation(modifiers)
    if sector == "GOV" and body and body.sector != "GOV":
        # an office in a body that is no government: "Hamas leaders", "the UN envoy"
        sector = body.sector
    if org:  # an international organisation: "the U.N. Security Council"
        kind, name, sector = "ORG", org.name, org.sector
        country = org.country or modifier_country
    elif state and head.ent_type_ == "NORP" and head.pos_ != "ADJ":  # a people: "Palestinians"
        kind, name, sector, country = "GROUP", text, None, state
    elif state:  # a state, its capital or demonym: "the US", "Washington", "a Brazilian plan"
        kind, name, sector, country = "GPE", country_name(state) or text, "GOV", state
    elif name_tokens:  # a named person or body: "Russian Foreign Minister Sergei Lavrov"
        name = head.doc[name_tokens[0].i : name_tokens[-1].i + 1].text
        person = any(t.ent_type_ == "PERSON" for t in name_tokens) or any(
            (r := role(t.lemma_)) is not None and r.person for t in tokens
        )
        kind = "PERSON" if person else "ORG"
        country = modifier_country or _place_country(head) or (
            None if person else _city_or_region_country(head)
        )
    elif head_role or head.ent_type_ in ACTOR_ENTS:  # a role or group: "Sudanese forces"
        kind = "PERSON" if head_role and head_role.person else "GROUP"
        name = text
        country = _first_country(tokens) or modifier_country or _place_country(head)
    else:
        return None
    return Mention(
        head=head.i,
        start=tokens[0].idx,
        end=tokens[-1].idx + len(tokens[-1].text),
        text=text,
        name=name,
        type=kind,
        country=country,
        sector=sector,
        role=_role_title(tokens),
        named=bool(name_tokens) or kind in {"GPE", "ORG"},
    )


def _role(token: Token) -> Role | None:
    """The role a noun names. A plural the tagger left whole, as it does a capitalised one
    opening a sentence ("Rebels attacked"), is read as its singular, unless it is part of a
    name ("United Nations")."""
    found = role(token.lemma_) or role(token.text)
    if found or token.ent_type_:
        return found
    word = token.lower_
    if word.endswith("ies"):
        return role(word[:-3] + "y")
    return role(word[:-1]) if word.endswith("s") else None


def _role_title(tokens: list[Token]) -> str | None:
    """The title a phrase gives its actor, "foreign minister" in "Russia's Foreign Minister"."""
    for end in range(len(tokens) - 1, -1, -1):
        if role(tokens[end].lemma_):
            start = end
            while start > 0 and is_title_word(tokens[start - 1].text):
                start -= 1
            return " ".join(t.lemma_.lower() for t in tokens[start : end + 1])
    return None


def _modifier_organisation(tokens: list[Token]) -> Organisation | None:
    """The organisation a modifier names: "Hamas" in "Hamas leaders"."""
    for token in tokens:
        found = organisation(_entity_text(token) or token.text)
        if found:
            return found
    return None


def _owner_country(tokens: list[Token]) -> str | None:
    """The country of a group, listed person or place named in a modifier: "Hezbollah
    guerrillas", "the Bush administration", "Chechen rebels"."""
    for token in tokens:
        named = _entity_text(token) or token.text
        owner = organisation(named) or (known_person(named) if token.pos_ == "PROPN" else None)
        country = owner.country if owner else _city_or_region_country(token)
        if country:
            return country
    return None


def _entity_text(token: Token) -> str:
    """The text of the named entity a token is part of, or "".

    Read from the token's own entity tags: building the sentence's entities for every token
    looked up cost a third of extraction time."""
    if not token.ent_type_:
        return ""
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text


def _sector_of(tokens: list[Token]) -> str | None:
    """The sector of the last role word in a phrase ("government forces" is MIL)."""
    for token in reversed(tokens):
        found = role(token.lemma_)
        if found and found.sector:
            return found.sector
    return None
