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
    city_or_region_country,
    first_country,
    owner_country,
    place_country,
)
from .descriptions import abstract, actor_count, mere_place, of_every_side
from .labels import ACTOR_ENTS, conjuncts, prep_object
from .phrases import entity_text, left_modifiers, phrase, trimmed
from .proper_names import appositive_name, body_name, proper_name, state_of
from .roles import role, role_title, sector_of

__all__ = ["Mentions", "PRONOUNS"]

NON_ACTOR_ENTS = frozenset(
    {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "LANGUAGE", "LAW"}
    | {"FAC", "PRODUCT", "EVENT", "WORK_OF_ART"}
)
_OWNER_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
# the words a nationality of a nameless body is said in: "Greek and Turkish leaders",
# "US and British forces"
_DEMONYM_DEPS = frozenset({"amod", "nmod"})
# entity labels the small model gives a state's name by mistake
_MISTAKEN_ENTS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "FAC", "LAW"})
# entities of places that are no states: a region that lies in one state is still an actor
_LOCATION_ENTS = frozenset({"LOC"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
# determiners of a description that refers back: "the group", "both sides", "these forces"
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "both"})
# what after a noun says more of it: "the mayor of Juarez", "troops who crossed the border"
_DESCRIBING_DEPS = frozenset({"prep", "acl", "relcl", "appos"})



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
            if mention and mere_place(head, mention):
                mention = None
            if mention and mention.named and not mention.role:
                mention = self._described(head, mention)
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
        while modifiers and modifiers[0].pos_ == "ADJ" and modifiers[0].is_lower:
            # a quality of the thing, not of its owner: "certain government policies"
            modifiers.pop(0)
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
        Turkish leaders; "diplomats from France and Germany" the diplomats from each."""
        if mention.named:
            return [mention]
        origins = self.origins(head) if mention.role and mention.country is None else []
        if origins:
            return [replace(mention, name=f"{mention.text} from {state.name}",
                            country=state.country) for state in origins]
        demonyms = [c for c in head.lefts if c.dep_ in _DEMONYM_DEPS]
        if not demonyms:
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

    def origins(self, head: Token) -> list[Mention]:
        """The states a group is said to come from: "diplomats from France and Germany", or
        that the parser hangs on the verb: "received a delegation from Uganda"."""
        origin = prep_object(head, "from")
        if origin is None:
            return []
        states = [self.at(t) for t in (origin, *conjuncts(origin))]
        if all(s is not None and s.type == "GPE" and s.country for s in states):
            return [s for s in states if s is not None]
        return []

    def _mention(self, head: Token, tokens: list[Token]) -> Mention | None:
        """The mention of the phrase ``tokens`` headed by ``head``, if it names an actor."""
        if not tokens or self._no_actor(head):
            return None
        agents = self.lexicon.agents
        text = head.doc[tokens[0].i : tokens[-1].i + 1].text
        head_role = role(agents, head)
        if head_role and abstract(head):
            return None
        name_tokens = (
            body_name(head)
            or proper_name(self.lexicon, tokens)
            or (appositive_name(self.lexicon, head) if head_role else [])
        )
        identity = self._identity(head, tokens, text, head_role, name_tokens)
        if identity is None:
            return None
        kind, name, country, sector = identity
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
            count=actor_count(head, head_role),
            described=any(c.dep_ in _DESCRIBING_DEPS for c in head.rights),
        )

    def _no_actor(self, head: Token) -> bool:
        """Whether the phrase headed by ``head`` can name no actor, whatever its words."""
        if head.pos_ == "PRON" or head.like_num or of_every_side(head):
            return True
        places = self.lexicon.places
        if head.ent_type_ in NON_ACTOR_ENTS and not (
            # a state's name the model took for a work or product: "aid to Niger"
            head.ent_type_ in _MISTAKEN_ENTS and places.country_of(head.text)
        ):
            return True
        # a place is where an act happens, not who acts: "the Depsang Plains", "the Aegean"
        return head.ent_type_ in _LOCATION_ENTS and not (
            places.place_country(entity_text(head)) or self._organisation(entity_text(head))
        )

    def _identity(
        self,
        head: Token,
        tokens: list[Token],
        text: str,
        head_role: Role | None,
        name_tokens: list[Token],
    ) -> tuple[str, str, str | None, str | None] | None:
        """The kind, name, country and sector of the actor the phrase names, if any."""
        places, agents = self.lexicon.places, self.lexicon.agents
        org = self._organisation(text) or self._organisation(entity_text(head))
        state = state_of(self.lexicon, head, tokens, text)
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
        if org and org.country and first_country(
            places, [t for t in modifiers if t.dep_ == "poss"]
        ) not in (None, org.country):
            # another state's body of that name: "China's Exim Bank" is not America's
            org = None
        if org:  # an international organisation: "the U.N. Security Council"
            return "ORG", org.name, org.country or modifier_country, org.sector
        if state and head.ent_type_ == "NORP" and head.pos_ != "ADJ":  # a people
            return "GROUP", text, state, None
        if state:  # a state, its capital or demonym: "the US", "Washington"
            return "GPE", places.country_name(state) or text, state, "GOV"
        if name_tokens:  # a named person or body: "Russian Foreign Minister Sergei Lavrov"
            name = without_full_stop(head.doc[name_tokens[0].i : name_tokens[-1].i + 1].text)
            person = any(t.ent_type_ == "PERSON" for t in name_tokens) or any(
                (r := agents.role(t.lemma_)) is not None and r.person for t in tokens
            )
            country = modifier_country or place_country(places, head) or (
                None
                if person
                else city_or_region_country(places, head) or first_country(places, name_tokens)
            )
            return ("PERSON" if person else "ORG"), name, country, sector
        if head_role or head.ent_type_ in ACTOR_ENTS:  # a role or group: "Sudanese forces"
            kind = "PERSON" if head_role and head_role.person else "GROUP"
            country = (
                first_country(places, tokens) or modifier_country or place_country(places, head)
            )
            return kind, text, country, sector
        return None

    def _described(self, head: Token, mention: Mention) -> Mention:
        """A name with its office in apposition holds the office, and takes the office's
        country and sector: "Pal Mai Deng, SPLM-IO spokesperson", "Jiang, a spokesman of
        the Chinese foreign ministry"."""
        for child in head.rights:
            if child.dep_ != "appos" or child.pos_ != "NOUN":
                continue
            office = self._mention(child, phrase(child))
            if office is None or office.named or not office.role:
                continue
            return replace(
                mention,
                type="PERSON" if office.type == "PERSON" else mention.type,
                role=office.role,
                country=mention.country or office.country,
                sector=mention.sector or office.sector,
            )
        return mention

    def _organisation(self, name: str) -> Organisation | None:
        return self.lexicon.actors.organisation(name) if name else None

    def _modifier_organisation(self, tokens: list[Token]) -> Organisation | None:
        """The organisation a modifier names: "Hamas" in "Hamas leaders"."""
        for token in tokens:
            found = self._organisation(entity_text(token) or token.text)
            if found:
                return found
        return None
