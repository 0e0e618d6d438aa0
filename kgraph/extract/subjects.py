"""Who acts in a clause: one rule per construction that names the actor of a verb.

The nominal subject; the by-agent of a passive ("attacked by rebels"); the governing verb's
subject for infinitives, coordinated verbs and adverbial clauses ("agreed to meet"); the
subject of the clause a gerund of means hangs on ("by providing weapons"); and for a
participle on a noun, the actor the noun names or whoever made the thing.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..records import Mention
from .actions import noun_category
from .actors import ActorFinder, accused_of
from .labels import (
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    VERB_POS,
    clause_of,
    infinitive,
    prep_object,
)

__all__ = ["event_agent", "passive_subjects", "subjects"]

# infinitives, coordinated verbs, adjectives of readiness and adverbial clauses share their
# governor's subject ("agreed to meet", "is ready to send", "opened fire, killing one")
INHERITING_DEPS = frozenset({"xcomp", "conj", "acomp", "advcl"})
MEANS_PREPS = frozenset({"by", "after", "before", "while", "without", "through", "in"})
_EVENT_PREPS = frozenset({"in", "during"})


def subjects(finder: ActorFinder, verb: Token) -> list[Mention]:
    """Who acts: nominal subject, the by-agent of a passive, or the governing verb's subject."""
    for child in verb.children:
        if child.dep_ == "agent":
            # object of the preposition acting as agent of a passive verb ("attacked by")
            return [a for pobj in child.children for a in finder.actors(pobj)]
    agent = event_agent(finder, verb)
    if agent is not None:
        return finder.actors(agent)
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and not _elided(child):
            # things act for their owners: "Israeli army bulldozers demolished ..."
            return finder.actors(child) or finder.owners(child) or _participle_head(
                finder, child)
    if verb.dep_ == "xcomp" and any(c.dep_ in OBJECT_DEPS for c in verb.head.children):
        # object control ("invited Choe to visit"): the governor's triple says it all
        return []
    if verb.dep_ == "conj" and verb.tag_ == "VBN" and passive_subjects(finder, verb.head):
        # a passive coordinated with a passive shares its patient, not an actor: "a soldier
        # was shot dead and four wounded"
        return []
    if _passive_participle(verb):
        # a bare past participle is passive: "Asked about the talks, Lavrov said", and the
        # small model's "would reinstate previously lifted sanctions"
        return []
    if verb.dep_ in INHERITING_DEPS:
        return subjects(finder, verb.head) or passive_subjects(finder, verb.head)
    accused = accused_of(verb)
    if accused is not None:
        # what one is accused, blamed or praised for: "accused Kyiv of shelling Donetsk",
        # "was blamed for the attack"
        return finder.actors(accused)
    if verb.dep_ == "pcomp" and verb.head.lower_ in MEANS_PREPS:
        # gerund of means or time: "by providing North Korea with weapons"
        governor = verb.head.head
        return subjects(finder, governor) or passive_subjects(finder, governor)
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return _participle_subjects(finder, verb)
    if _approved_purpose(finder, verb):
        # what a body approves or announces, it does: "approved a bill to allow Finland
        # to join", "announced a plan to send troops to Mali"
        return subjects(finder, verb.head.head)
    return []


def _participle_head(finder: ActorFinder, subject: Token) -> list[Mention]:
    """The actor of a subject the small model took for a verb with a subject of its own:
    "The Red Cross operating in Iraq said" parses "operating" as the subject of "said"."""
    if subject.pos_ not in VERB_POS:
        return []
    return [a for c in subject.children if c.dep_ in SUBJECT_DEPS for a in finder.actors(c)]


def _approved_purpose(finder: ActorFinder, verb: Token) -> bool:
    """Whether an infinitive says what the thing a verb of decision acts on is for."""
    thing = verb.head
    return (
        # the small model hangs the infinitive on the noun as either
        verb.dep_ in {"acl", "relcl"}
        and infinitive(verb)
        and thing.dep_ in OBJECT_DEPS
        and finder.lexicon.events.announces(thing.head.lemma_)
    )


def event_agent(finder: ActorFinder, verb: Token) -> Token | None:
    """The by-agent of the event a passive happened in: "separatists" in "soldiers were
    killed in an ambush by separatists"."""
    if not any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _EVENT_PREPS:
            continue
        for event in (c for c in prep.children if c.dep_ == "pobj"):
            agent = prep_object(event, "by")
            if agent is not None and noun_category(event, finder.lexicon.events):
                return agent
    return None


def _participle_subjects(finder: ActorFinder, verb: Token) -> list[Mention]:
    """A participle on a noun: the actor it names ("the Red Cross operating in Iraq"), the
    owner of the thing ("a Russian statement criticising Kyiv"), else whoever made the thing
    ("issued a declaration demanding that ...")."""
    actor = finder.actor(verb.head)
    if actor:
        return [actor]
    owners = finder.owners(verb.head)
    if owners:
        return owners
    clause = clause_of(verb.head)
    if clause is None or not finder.lexicon.events.verb_category(verb.lemma_):
        # a thing is made only by an act the lexicon knows: not "the bridge spanning"
        return []
    return subjects(finder, clause)


def _passive_participle(verb: Token) -> bool:
    """Whether ``verb`` is an adverbial past participle with no auxiliary of its own, which
    names what was done to someone, not what its governor's subject did."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    )


def _elided(subject: Token) -> bool:
    """Whether a subject is a bare number standing for a noun said before: "four" in "a
    soldier was shot dead and four wounded", whose clause shares its governor's actors."""
    return subject.pos_ == "NUM" and not any(c.dep_ != "punct" for c in subject.children)


def passive_subjects(finder: ActorFinder, verb: Token) -> list[Mention]:
    """The passive subject ("Moscow is set to commit"), of a coordinated passive too ("was
    shot dead and four wounded")."""
    for child in verb.children:
        if child.dep_ in PASSIVE_SUBJECT_DEPS:
            return finder.actors(child)
    if verb.dep_ == "conj" and verb.tag_ == "VBN":
        return passive_subjects(finder, verb.head)
    return []
