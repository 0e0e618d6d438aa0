"""Actor mentions: from the head token of a noun phrase to who it names, if anyone.

A mention keeps the words as written (``text``), the name it gives (``name``: "Sergei Lavrov"
for "Russian Foreign Minister Sergei Lavrov"), and what its modifiers say: the country
("Russian", "North Korea's", "of Armenia"), the role ("minister") and its sector. Dates,
durations, numbers and plain things ("the stopover", "munitions") are no actors.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..lexicon import Lexicon
from ..lexicon.actors import Organisation
from ..lexicon.agents import Role
from ..names import PRONOUNS, without_full_stop
from ..records import Mention
from .countries import (
    PLACE_ENTS,
    city_or_region_country,
    first_country,
    owner_country,
    place_country,
)
from .phrases import entity_text, joins_a_name, left_modifiers, phrase, trimmed
from .roles import role, role_title, sector_of

__all__ = ["ACTOR_ENTS", "Mentions", "PRONOUNS"]

ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
NON_ACTOR_ENTS = frozenset(
    {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "LANGUAGE", "LAW"}
    | {"FAC", "PRODUCT", "EVENT", "WORK_OF_ART"}
)
_OWNER_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
# entity labels the small model gives a state's name by mistake
_MISTAKEN_ENTS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "FAC", "LAW"})
# entities of places that are no states: a region that lies in one state is still an actor
_LOCATION_ENTS = frozenset({"LOC"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
# determiners of a description that refers back: "the group", "both sides", "these forces"
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "both"})
# how many actors a plural description names: "the two leaders", "both sides"
_COUNTS = {"two": 2, "both": 2}
_LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "across", "throughout", "around"})
# what after a noun says more of it: "the mayor of Juarez", "troops who crossed the border"
_DESCRIBING_DEPS = frozenset({"prep", "acl", "relcl", "appos"})
# words that join the parts of a body's name: "Ministry of Defence", "Department for Education"
_NAME_JOINS = frozenset({"of", "for"})
# what before a noun makes it a thing counted or owned: "the authority", "its leadership"
_DETERMINING_DEPS = frozenset({"det", "poss", "nummod", "amod", "compound", "nmod", "predet"})
# bodies English names without an article: "urged parliament to", "called police"
_BARE_BODIES = frozenset(
    {"police", "parliament", "government", "military", "congress", "cabinet", "senate"}
)


def _abstract(head: Token) -> bool:
    """Whether a role noun object is the power it names, not a body: a singular with nothing
    before it, "cede authority", "assume leadership"."""
    return (
        head.dep_ == "dobj"
        and head.tag_ == "NN"
        and head.lower_ not in _BARE_BODIES
        and not any(c.dep_ in _DETERMINING_DEPS for c in head.children)
    )


def _body_name(head: Token) -> list[Token]:
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


def _where(head: Token, mention: Mention) -> bool:
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


class Mentions:
    """The mentions of one parsed document, each read once: rules ask for the same phrase
    many times."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._memo: dict[int, Mention | None] = {}

    def at(self, head: Token) -> Mention | None:
        """The actor mention headed by ``head``, or None when the phrase names no actor.

        Pronouns give None here: the clause rules resolve them.
        """
        if head.i not in self._memo:
            person = self._titled_person(head)
            if person is not None:
                # "International Monetary Fund (IMF) Managing Director Kristalina Georgieva"
                mention = self._mention(person, phrase(head) + list(head.doc[head.i + 1 :
                                                                              person.i + 1]))
            else:
                mention = self._mention(head, phrase(head))
            if mention and _where(head, mention):
                mention = None
            self._memo[head.i] = mention
        return self._memo[head.i]

    def _titled_person(self, head: Token) -> Token | None:
        """The head of a person's name the parser set in apposition to the body whose title
        comes between them, with no comma: "Kristalina Georgieva" after "International
        Monetary Fund (IMF) Managing Director"."""
        if head.ent_type_ != "ORG":
            return None
        appositives = [c for c in head.rights if c.dep_ == "appos"]
        # the name in apposition to the body, or to the title: the parse does either
        for child in [*appositives, *(c for a in appositives for c in a.rights
                                      if c.dep_ == "appos")]:
            if child.ent_type_ == "PERSON":
                between = head.doc[head.i + 1 : child.i]
                titled = any(self.lexicon.agents.is_title_word(t.text) for t in between)
                if titled and not any(t.text in {",", ";", "—", "-"} for t in between):
                    return child
        return None

    def owners(self, thing: Token) -> list[Mention]:
        """The actors a thing's modifiers name: "Israeli army" in "Israeli army bulldozers",
        "Karen guerrilla" in "a Karen guerrilla stronghold", "UN Security Council" in "a U.N.
        Security Council resolution", both in "US and Israeli airstrikes". An adjective owns by
        nationality only: a "military offensive" is nobody's."""
        modifiers = trimmed(left_modifiers(thing, _OWNER_MODIFIER_DEPS))
        for end in range(len(modifiers) - 1, -1, -1):
            head = modifiers[end]
            mention = self._owner(head, modifiers[: end + 1])
            if mention:
                # "US and Israeli": the conjuncts of the first owner are owners too
                first = head if head.dep_ != "conj" else head.head
                others = [self._owner(c, [c]) for c in first.children if c.dep_ == "conj"]
                if first.i == head.i:
                    return [mention, *filter(None, others)]
                return [m for m in (self._owner(first, [first]), *others) if m]
        return []

    def _owner(self, head: Token, tokens: list[Token]) -> Mention | None:
        mention = self._mention(head, tokens)
        if mention and (
            mention.country
            or (mention.role and head.pos_ in _NOUN_POS)
            or (mention.type == "ORG" and mention.sector)
        ):
            return mention
        return None

    def each_country(self, head: Token, mention: Mention) -> list[Mention]:
        """A nameless body of several nationalities, the mention headed by ``head``, as one
        mention a nationality: "Greek and Turkish leaders" are the Greek leaders and the
        Turkish leaders."""
        demonyms = [c for c in head.lefts if c.dep_ == "amod"]
        if mention.named or not demonyms:
            return [mention]
        split = []
        for demonym in (demonyms[0], *(c for c in demonyms[0].children if c.dep_ == "conj")):
            country = self.lexicon.places.country_of(demonym.text)
            if country is None:
                return [mention]
            text = f"{demonym.text} {head.text}"
            split.append(replace(mention, text=text, name=text, country=country,
                                 start=demonym.idx))
        return split if len(split) > 1 else [mention]

    def _mention(self, head: Token, tokens: list[Token]) -> Mention | None:
        """The mention of the phrase ``tokens`` headed by ``head``, if it names an actor."""
        if head.pos_ == "PRON" or head.like_num:
            return None
        if head.ent_type_ in NON_ACTOR_ENTS and not (
            # a state's name the model took for a work or product: "aid to Niger"
            head.ent_type_ in _MISTAKEN_ENTS and self.lexicon.places.country_of(head.text)
        ):
            return None
        if not tokens:
            return None
        places, agents = self.lexicon.places, self.lexicon.agents
        if head.ent_type_ in _LOCATION_ENTS and not (
            places.place_country(entity_text(head)) or self._organisation(entity_text(head))
        ):
            # a place is where an act happens, not who acts: "the Depsang Plains", "the Aegean"
            return None
        text = head.doc[tokens[0].i : tokens[-1].i + 1].text
        head_role = role(agents, head)
        if head_role and _abstract(head):
            return None
        org = self._organisation(text) or self._organisation(entity_text(head))
        state = None
        if not any(agents.is_title_word(t.text) for t in tokens):
            # a state, its people or its capital, but no "Russian Foreign Ministry"
            # a person is no state, whatever the demonym in the name ("al-Sudani")
            proper = head.pos_ == "PROPN" or head.ent_type_ in ACTOR_ENTS
            if proper and (head.ent_type_ != "PERSON" or self._state_named(head)):
                # the entity alone, without what the phrase adds: "war-torn Mozambique", or
                # the name the model took for no entity: "US" in "recent US drone strikes"
                state = (
                    places.country_of(entity_text(head))
                    or places.country_of(text)
                    or (None if head.ent_type_ else places.country_of(head.text))
                )
        name_tokens = (
            _body_name(head)
            or self._name_tokens(tokens)
            or (self._appositive_name(head) if head_role else [])
        )
        modifiers = [t for t in tokens if t not in name_tokens and t.i != head.i]
        modifier_country = (
            first_country(places, modifiers) or owner_country(self.lexicon, modifiers)
        )
        sector = head_role.sector if head_role and head_role.sector else sector_of(agents, tokens)
        body = self._modifier_organisation(modifiers)
        if body and (sector is None or (sector == "GOV" and body.sector != "GOV")):
            # an office in a body that is no government: "Hamas leaders", "the UN envoy",
            # "IMF Managing Director Kristalina Georgieva"
            sector = body.sector
        if org:  # an international organisation: "the U.N. Security Council"
            kind, name, sector = "ORG", org.name, org.sector
            country = org.country or modifier_country
        elif state and head.ent_type_ == "NORP" and head.pos_ != "ADJ":  # a people
            kind, name, sector, country = "GROUP", text, None, state
        elif state:  # a state, its capital or demonym: "the US", "Washington"
            kind, name, sector, country = "GPE", places.country_name(state) or text, "GOV", state
        elif name_tokens:  # a named person or body: "Russian Foreign Minister Sergei Lavrov"
            name = without_full_stop(head.doc[name_tokens[0].i : name_tokens[-1].i + 1].text)
            person = any(t.ent_type_ == "PERSON" for t in name_tokens) or any(
                (r := agents.role(t.lemma_)) is not None and r.person for t in tokens
            )
            kind = "PERSON" if person else "ORG"
            country = modifier_country or place_country(places, head) or (
                None if person else city_or_region_country(places, head)
            )
        elif head_role or head.ent_type_ in ACTOR_ENTS:  # a role or group: "Sudanese forces"
            kind = "PERSON" if head_role and head_role.person else "GROUP"
            name = text
            country = (
                first_country(places, tokens) or modifier_country or place_country(places, head)
            )
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
            role=role_title(agents, tokens),
            named=bool(name_tokens) or kind in {"GPE", "ORG"},
            definite=any(c.lower_ in _DEFINITE for c in head.children),
            count=self._count(head, head_role),
            described=any(c.dep_ in _DESCRIBING_DEPS for c in head.rights),
        )

    def _state_named(self, head: Token) -> bool:
        """Whether a person's name is the name of a state and nothing more: the small model
        takes "Niger" and "Mali" for people ("aid to Niger")."""
        places = self.lexicon.places
        name = entity_text(head)
        code = places.country_of(name)
        return code is not None and places.country_name(code) == name

    def _count(self, head: Token, head_role: Role | None) -> int:
        """How many actors a description names: "the two leaders" two, and so "the leaders"
        of a story that has just named a pair."""
        counted = next((_COUNTS[c.lower_] for c in head.children if c.lower_ in _COUNTS), None)
        if counted:
            return counted
        plural_people = head_role is not None and head_role.person and head.tag_ == "NNS"
        return 2 if plural_people and any(c.lower_ == "the" for c in head.children) else 1

    # -- names ------------------------------------------------------------------------------

    def _name_tokens(self, tokens: list[Token]) -> list[Token]:
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
            if (
                self.lexicon.agents.is_title_word(token.text)
                or role(self.lexicon.agents, token)
                or (name and self.lexicon.places.country_of(token.text))
                # a person's name ends where the entity does: "Minister of Foreign Affairs
                # Mélanie Joly" is Mélanie Joly
                or (name and name[-1].ent_type_ == "PERSON" and token.ent_iob_ != "I"
                    and token.ent_type_ != "PERSON" and name[0].ent_iob_ == "B")
            ):
                break
            name.insert(0, token)
        return name

    def _appositive_name(self, head: Token) -> list[Token]:
        """The name in apposition to a role: "his counterpart, Choe Son Hui"."""
        for child in head.rights:
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                return self._name_tokens(phrase(child))
        return []

    def _organisation(self, name: str) -> Organisation | None:
        return self.lexicon.actors.organisation(name) if name else None

    def _modifier_organisation(self, tokens: list[Token]) -> Organisation | None:
        """The organisation a modifier names: "Hamas" in "Hamas leaders"."""
        for token in tokens:
            found = self._organisation(entity_text(token) or token.text)
            if found:
                return found
        return None
