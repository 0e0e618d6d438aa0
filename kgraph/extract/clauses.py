"""Clause rules on the dependency parse: who does what to whom in one sentence.

Each rule is named after the construction it reads, in the manner of textacy's triples:
nominal subjects and direct objects, datives, prepositional targets ("met with", "delivered
to"), passives with a by-agent, coordination, infinitives governed by verbs of intent
("threatened to strike"), reported speech ("X said Y had ..."), light verbs with event nouns
("held talks with") and event nouns with their own actors ("Lavrov's talks with Kim").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from ..names import PERSONAL_PRONOUNS
from ..ontology import Lexicon
from ..resolve.roles import is_partitive, role
from .actions import is_condition, noun_category, read_action
from .labels import (
    ANY_SUBJECT_DEPS,
    CLAUSE_COMPLEMENT_DEPS,
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    conjuncts,
)
from .mentions import PRONOUNS, Mention, mention_at, owner_at

__all__ = ["Statement", "statements"]

# infinitives, coordinated verbs, adjectives of readiness and adverbial clauses share their
# governor's subject ("agreed to meet", "is ready to send", "opened fire, killing one")
_INHERITING_DEPS = frozenset({"xcomp", "conj", "acomp", "advcl"})
_TARGET_PREPS = frozenset(
    {"with", "to", "against", "on", "upon", "at", "into", "toward", "towards", "between"}
)
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
_OWNER_PREPS = frozenset({"of", "by", "from"})
_POSSESSIVE_DETERMINERS = frozenset({"its", "their", "his", "her", "our"})
_OBLIGATION_AUX = frozenset({"must", "should"})
# material acts whose place, with no other target, is what they act on (CAMEO's coding)
_PLACE_ACTED_ON_CATEGORIES = frozenset({"CONCEDE", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
_PLACE_PREPOSITIONS = frozenset({"in", "inside"})
_PURPOSE_PREPS = frozenset({"for", "over", "in"})
_MEANS_PREPS = frozenset({"by", "after", "before", "while", "without", "through", "in"})
# where one withdraws from or deploys to is the target: "withdrew from Chad", "deployed in
# Iraq"; and whom one takes a thing from: "confiscated weapons from armed groups"
_PLACE_TARGET_PREPS = {
    "RETREAT": frozenset({"from"}),
    "MOBILIZE": frozenset({"in", "near", "along", "into"}),
    "COERCE": frozenset({"from"}),
}
# what one mobilises or withdraws is one's own force, not the target, and so are the
# soldiers or police one sends
_OWN_FORCE_CATEGORIES = frozenset({"MOBILIZE", "RETREAT"})
_FORCE_SECTORS = frozenset({"MIL", "COP"})
_VERB_POS = frozenset({"VERB"})


@dataclass(frozen=True)
class Statement:
    """One subject-action-object reading of a clause, mentions not yet resolved in the doc."""

    subject: Mention
    verb: Token
    text: str
    lemma: str
    category: str | None
    negated: bool
    modality: str
    object: Mention
    attributed_to: Mention | None
    direct: bool


class _Sentence:
    """The rules applied to one sentence; ``previous`` holds the last actors, for pronouns."""

    def __init__(self, sent: Span, lexicon: Lexicon, previous: dict[str, Mention]) -> None:
        self.sent = sent
        self.lexicon = lexicon
        self.previous = previous

    # -- actors ---------------------------------------------------------------------------

    def actors(self, token: Token) -> list[Mention]:
        """The actors a noun phrase names, its coordinated conjuncts included ("X and Y")."""
        found = []
        for conjunct in [token, *conjuncts(token)]:
            mention = self.actor(conjunct)
            if mention:
                found.append(mention)
        return found

    def actor(self, token: Token) -> Mention | None:
        """The actor of one noun: a mention, a resolved pronoun or the possessor of a thing."""
        if token.pos_ == "ADP":
            # a dative given as a preposition: "issued a reminder to Iraq"
            pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
            return self.actor(pobj) if pobj is not None else None
        if token.lower_ in PRONOUNS:
            # object pronouns mostly point back at things ("deployed them"): subjects only
            return self.pronoun(token) if token.dep_ in ANY_SUBJECT_DEPS else None
        of_phrase = _prep_object(token, "of")
        if of_phrase is not None and is_partitive(token.lemma_):
            # a part of a group acts as the group: "a group of Chechen refugees"
            return self.actor(of_phrase)
        from_phrase = _prep_object(token, "from")
        group = mention_at(from_phrase) if from_phrase is not None else None
        if group and group.named and group.type != "GPE" and role(token.lemma_):
            # members of a named group act as the group: "fighters from the Unity Front"
            return group
        if token.lower_ in _RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
            # relative clause subject: "Macedonia, which is preparing an offensive"
            return self.actor(token.head.head)
        mention = mention_at(token)
        if mention:
            return mention
        for child in token.children:
            # a thing's possessor acts through it: "support Turkey's efforts"
            if child.dep_ == "poss":
                return self.actor(child)
        return None

    def pronoun(self, token: Token) -> Mention | None:
        """A pronoun's antecedent: the speaker of a reported clause, else the last actor."""
        speaker = self.speaker(token.head)
        wanted = "PERSON" if token.lower_ in PERSONAL_PRONOUNS else "OTHER"
        antecedent = speaker or self.previous.get(wanted)
        if antecedent is None or (speaker and _kind(speaker) != wanted):
            return None
        return replace(antecedent, text=token.text, start=token.idx, end=token.idx + len(token))

    def speaker(self, verb: Token) -> Mention | None:
        """Who said the clause ``verb`` heads, when it is the complement of a verb of speech."""
        while verb.dep_ in CLAUSE_COMPLEMENT_DEPS or verb.dep_ == "conj":
            governor = verb.head
            if verb.dep_ == "ccomp" and governor.lemma_ in self.lexicon.speech_verbs:
                for child in governor.children:
                    if child.dep_ in SUBJECT_DEPS and child.lower_ not in PRONOUNS:
                        return mention_at(child) or self.actor(child)
                return None
            verb = governor
        return None

    # -- subjects and objects ---------------------------------------------------------------

    def subjects(self, verb: Token) -> list[Mention]:
        """Who acts: nominal subject, the by-agent of a passive, or the governing verb's subject."""
        for child in verb.children:
            if child.dep_ == "agent":
                # object of the preposition acting as agent of a passive verb ("attacked by")
                return [a for pobj in child.children for a in self.actors(pobj)]
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS:
                # things act for their owners: "Israeli army bulldozers demolished ..."
                return self.actors(child) or self.owners(child)
        if verb.dep_ == "xcomp" and any(c.dep_ in OBJECT_DEPS for c in verb.head.children):
            # object control ("invited Choe to visit"): the governor's triple says it all
            return []
        if verb.dep_ in _INHERITING_DEPS:
            return self.subjects(verb.head) or self.passive_subjects(verb.head)
        if verb.dep_ == "pcomp" and verb.head.lower_ in _MEANS_PREPS:
            # gerund of means or time: "by providing North Korea with weapons"
            return self.subjects(verb.head.head) or self.passive_subjects(verb.head.head)
        if verb.dep_ == "acl" and verb.tag_ == "VBG":
            # participle on a noun: the actor it names ("the Red Cross operating in Iraq"),
            # the owner of the thing ("a Russian statement criticising Kyiv"), else whoever
            # made the thing ("issued a declaration demanding that ...")
            actor = self.actor(verb.head)
            if actor:
                return [actor]
            owners = self.owners(verb.head)
            if owners:
                return owners
            clause = _clause_of(verb.head)
            if clause is None or not self.lexicon.verb_category(verb.lemma_):
                # a thing is made only by an act the lexicon knows: not "the bridge spanning"
                return []
            return self.subjects(clause)
        return []

    def passive_subjects(self, verb: Token) -> list[Mention]:
        """The passive subject ("Moscow is set to commit")."""
        for child in verb.children:
            if child.dep_ in PASSIVE_SUBJECT_DEPS:
                return self.actors(child)
        return []

    def objects(self, verb: Token) -> tuple[list[Mention], bool]:
        """Who is acted upon, and whether it is a direct object."""
        has_agent = any(c.dep_ == "agent" for c in verb.children)
        for child in verb.children:
            if child.dep_ in PASSIVE_SUBJECT_DEPS and has_agent:
                # passive subject with a by-agent is the target ("Seoul was attacked by")
                return self.targets(child), True
        # the verb's own category, else the one its event noun carries ("speeded up the
        # withdrawal of forces from Panama")
        category = (
            self.lexicon.verb_category(verb.lemma_) or read_action(verb, self.lexicon).category
        )
        things = [c for c in verb.children if c.dep_ in OBJECT_DEPS and not _own(c, category)]
        # a thing coordinated with an actor leaves the actor to its owner rule:
        # "demanded the removal of President X and his party"
        direct = [a for c in things if self.actor(c) for a in self.actors(c)]
        targets = self.prepositional_targets(verb, category)
        # what is given is no target when there is a recipient: "sent troops to Liberia"
        has_recipient = any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
        if direct and not (targets and has_recipient and not any(a.named for a in direct)):
            return direct, True
        for child in verb.children:
            if child.dep_ in OBJECT_DEPS:
                # the things acted on lead to their target ("imposed sanctions on Iran",
                # "deployed peacekeepers in Iraq", "launched mortar and rocket fire against")
                for thing in (child, *conjuncts(child)):
                    targets += self.prepositional_targets(thing, category)
        if not targets and not things:
            # the subject of what is demanded ("demanded that the US cancel"), and an object
            # the parser made the subject of its infinitive ("allowed Ouattara to run")
            targets = [a for clause in verb.children
                       if clause.dep_ == "ccomp" and (category == "REQUEST" or _infinitive(clause))
                       for c in clause.children if c.dep_ in SUBJECT_DEPS
                       for a in self.actors(c)]
        if not targets and category not in _OWN_FORCE_CATEGORIES:
            # whose thing is acted on: "demolished Palestinian homes", "rejected a US request";
            # the ships one deploys are one's own
            targets = [a for c in things for a in self.owners(c)]
        if not targets and category in _PLACE_ACTED_ON_CATEGORIES:
            # a material act on a place: "lifted the state of emergency in West Darfur"
            targets = [a for head in (verb, *things) for a in self.places(head)]
        return targets, False

    def places(self, head: Token) -> list[Mention]:
        """The named places of a word's "in" phrases."""
        return [
            actor
            for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ in _PLACE_PREPOSITIONS
            for pobj in prep.children
            if pobj.dep_ == "pobj"
            # the place itself or the name beside it: "in the capital Kabul"
            for place in (pobj, *(c for c in pobj.children if c.dep_ == "appos"))
            for actor in self.actors(place)
            if actor.named
        ]

    def targets(self, token: Token) -> list[Mention]:
        """The actors a target noun phrase names, or the owners of the thing it names."""
        return self.actors(token) or self.owners(token)

    def owners(self, thing: Token) -> list[Mention]:
        """Whose a thing is: a country or group modifying it ("Danish web sites", "Karen
        guerrilla stronghold"), the actor of its "of", "by" or "from" phrase ("calls by
        Belarus", "the withdrawal of Serbian forces") or who made it ("a rally staged by
        students")."""
        for child in thing.children:
            if child.dep_ == "acl":
                # made by someone: "the demonstration staged by students"
                child = next((c for c in child.children if c.dep_ == "agent"), child)
            if child.dep_ == "agent" or child.dep_ == "prep" and child.lower_ in _OWNER_PREPS:
                found = [a for pobj in child.children if pobj.dep_ == "pobj"
                         for a in self.targets(pobj)]
                if found:
                    return found
        owner = owner_at(thing)
        return [owner] if owner else []

    def prepositional_targets(self, head: Token, category: str | None = None) -> list[Mention]:
        """Objects of target prepositions: "met with", "delivered to", "sanctions against";
        places of a retreat or deployment ("withdrew from Chad", "deployed troops near
        Guyana", "the withdrawal of forces from Panama"); and the target of an event noun in
        a phrase of purpose ("called for sanctions against Nigeria", "for a war against
        Iraq")."""
        found = []
        for prep in head.children:
            if prep.dep_ != "prep":
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                if prep.lower_ == "with":
                    # a partner, never the owner of a means: "with Albania's help"
                    found += self.actors(pobj)
                elif prep.lower_ in _TARGET_PREPS or prep.lower_ in _PLACE_TARGET_PREPS.get(
                    category, ()
                ):
                    found += self.targets(pobj)
                elif prep.lower_ in _PURPOSE_PREPS and noun_category(pobj, self.lexicon):
                    found += self.prepositional_targets(pobj) or self.owners(pobj)
                elif prep.lower_ == "of" and category in _OWN_FORCE_CATEGORIES:
                    # the place of the force withdrawn: "the withdrawal of forces from Panama"
                    found += self.prepositional_targets(pobj, category)
        return found

    # -- the rules ------------------------------------------------------------------------------

    def statements(self) -> Iterator[Statement]:
        """Every statement in the sentence, verbs first, then event nouns."""
        for token in self.sent:
            if token.pos_ in _VERB_POS:
                yield from self.verb_statements(token)
            elif token.pos_ == "NOUN" and token.dep_ not in OBJECT_DEPS:
                yield from self.noun_statements(token)
            mention = self.actor(token) if token.dep_ in SUBJECT_DEPS else None
            if mention:
                self.previous[_kind(mention)] = mention

    def verb_statements(self, verb: Token) -> Iterator[Statement]:
        """Clauses headed by a verb; a verb of speech yields its complement's statements only."""
        if verb.lemma_ in self.lexicon.speech_verbs:
            yield from self.obligation_statements(verb)
            return
        if self.unrealised(verb):
            return
        governs_infinitive = any(c.dep_ == "xcomp" for c in verb.children)
        objects, direct = self.objects(verb)
        if governs_infinitive and not objects and self.lexicon.control(verb.lemma_):
            # the infinitive carries the act: "agreed to undertake exercises with Britain"
            return
        subjects = self.subjects(verb)
        if not objects and len(subjects) > 1 and verb.lemma_ in self.lexicon.reciprocal_verbs:
            # coordinated subjects of a reciprocal verb act on each other ("X and Y discussed")
            objects = subjects
        speaker = self.speaker(verb)
        text, lemma, category, negated, modality = read_action(
            verb, self.lexicon, reported=speaker is not None
        )
        for subject in subjects:
            for obj in objects:
                if subject.name != obj.name:
                    yield Statement(subject, verb, text, lemma, category, negated, modality,
                                    obj, speaker, direct)

    def unrealised(self, verb: Token) -> bool:
        """Whether the clause is a condition, an obligation ("China must drop") or what
        another is asked to do, not an event."""
        if any(c.dep_ == "aux" and c.lower_ in _OBLIGATION_AUX for c in verb.children):
            return True
        while verb.dep_ in _INHERITING_DEPS or verb.dep_ in CLAUSE_COMPLEMENT_DEPS:
            governor = verb.head
            if is_condition(verb):
                return True
            if verb.dep_ == "ccomp" and self.lexicon.verb_category(governor.lemma_) == "REQUEST":
                return True
            verb = governor
        return False

    def obligation_statements(self, verb: Token) -> Iterator[Statement]:
        """A statement of what another must do is a demand: "declared that China must drop"."""
        for clause in verb.children:
            auxiliaries = {c.lower_ for c in clause.children if c.dep_ == "aux"}
            if clause.dep_ != "ccomp" or not auxiliaries & _OBLIGATION_AUX:
                continue
            targets = [a for c in clause.children if c.dep_ in SUBJECT_DEPS
                       for a in self.actors(c)]
            for subject in self.subjects(verb):
                for obj in targets:
                    if subject.name != obj.name:
                        yield Statement(subject, verb, verb.text, verb.lemma_.lower(),
                                        "REQUEST", False, "requested", obj, None, False)

    def noun_statements(self, noun: Token) -> Iterator[Statement]:
        """An event noun with its own actors: "Lavrov's talks with Kim", "a US attack on Iraq"."""
        category = noun_category(noun, self.lexicon)
        if not category:
            return
        subjects = [a for c in noun.children if c.dep_ == "poss" for a in self.actors(c)]
        objects = self.prepositional_targets(noun)
        for subject in subjects:
            for obj in objects:
                if subject.name != obj.name:
                    yield Statement(subject, noun, noun.text, noun.lemma_.lower(), category,
                                    False, "asserted", obj, None, False)


def _own(thing: Token, category: str | None) -> bool:
    """Whether the subject's own thing or force is meant ("offered its troops", "mobilized
    army reservists"): no target then. A person is nobody's thing: "met his counterpart" still
    targets the counterpart."""
    mention = mention_at(thing)
    if mention and not mention.named and (
        category in _OWN_FORCE_CATEGORIES
        or (category == "AID" and mention.sector in _FORCE_SECTORS and not mention.country)
    ):
        # "deployed troops", "withdrew its peacekeepers", "ready to send border guards"
        return True
    if not any(c.dep_ == "poss" and c.lower_ in _POSSESSIVE_DETERMINERS for c in thing.children):
        return False
    return mention is None or mention.type != "PERSON"


def _infinitive(clause: Token) -> bool:
    """Whether a clause is an infinitive: "(allowed Ouattara) to run"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _prep_object(token: Token, preposition: str) -> Token | None:
    """The object of a noun's prepositional phrase: "of" in "a group of refugees"."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == preposition:
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def _clause_of(token: Token) -> Token | None:
    """The verb whose clause a noun belongs to."""
    while token.dep_ != "ROOT" and token.pos_ not in _VERB_POS:
        token = token.head
    return token if token.pos_ in _VERB_POS else None


def _kind(mention: Mention) -> str:
    return "PERSON" if mention.type == "PERSON" else "OTHER"


def statements(sent: Span, lexicon: Lexicon, previous: dict[str, Mention]) -> Iterator[Statement]:
    """The statements of one sentence; ``previous`` carries antecedents between sentences."""
    yield from _Sentence(sent, lexicon, previous).statements()
