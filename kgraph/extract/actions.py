"""Actions: what a verb does, in PLOVER's terms.

The lemma (with its particle, "call off", or its preposition, "call for"), the event noun a
light verb carries ("held talks", "lodged a protest"), the intent an infinitive or auxiliary
announces ("threatened to strike", "will attack") and the negation.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from spacy.tokens import Token

from ..lexicon.events import Events
from ..lexicon.verb_patterns import Clause, Phrase
from .labels import CONDITION_MARKS, OBJECT_DEPS, PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, conjuncts

__all__ = ["Reading", "is_condition", "noun_category", "read_act", "read_action"]

_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_REPORTED_FUTURE_AUX = frozenset({"would"})
_POSSIBLE_AUX = frozenset({"would", "could", "may", "might", "should", "must", "can"})
_PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl"})
_COOPERATION = frozenset({"verbal_cooperation", "material_cooperation"})
_MATERIAL_CONFLICT = "material_conflict"
_PASSIVE_DEPS = frozenset({"auxpass", "nsubjpass"})
# the words before a noun that a pattern's noun phrase may name: "financial aid"
_PHRASE_DEPS = frozenset({"compound", "amod", "nmod"})


class Reading(NamedTuple):
    """A verb read as an action."""

    text: str
    lemma: str
    category: str | None
    negated: bool
    modality: str


def read_act(verb: Token, events: Events) -> Reading:
    """What a verb does, before its clause's tense and intent: its text and lemma with its
    particle or the event noun it carries, and the category of the act.

    The verb with its words picks the category first (a pattern: "halted aid"), then the verb
    alone, then the event noun of a light verb ("held talks") or verb of intent ("proposed
    talks", which also gives the modality).
    """
    base = verb.lemma_.lower()
    # phrasal ("called off") or prepositional verb of the lexicon ("called for", "call on")
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None) or next(
        (
            c.lower_
            for c in verb.children
            if c.dep_ == "prep" and events.verb_category(f"{base} {c.lower_}")
        ),
        None,
    )
    lemma = f"{base} {particle}" if particle else base
    category = events.verb_category(lemma) or events.verb_category(verb.lemma_)
    text = verb.text if not particle else f"{verb.text} {particle}"
    negated = any(c.dep_ == "neg" for c in verb.children)
    modality = "asserted"
    phrasal, carried = lemma, False
    for child in _event_nouns(verb, events):
        noun = child.lemma_.lower()
        phrase = events.verb_category(f"{base} {noun}")
        if base in events.light_verbs:
            # light verb with event noun: "held talks", "lodged a protest", "opened fire"
            category = phrase or noun_category(child, events)
            lemma, text, carried = f"{lemma} {noun}", f"{text} {child.text}", True
        elif category == "SUPPORT" and events.quad(
            noun_category(child, events)
        ) == _MATERIAL_CONFLICT:
            # backing an act against another is hostile to the other: "supported sanctions
            # against the coup leaders", "endorsed strikes on the militia"
            category, modality = events.intent(noun_category(child, events)), "intended"
            lemma, text, carried = f"{lemma} {noun}", f"{text} {child.text}", True
        elif events.control(phrasal):
            # verb of intent with event noun: "proposed talks", "threatened sanctions"
            governor_category, modality = events.control(phrasal)
            category = governor_category or events.intent(noun_category(child, events))
            lemma, text, carried = f"{lemma} {noun}", f"{text} {child.text}", True
    pattern = events.pattern_category((phrasal, base), clause_words(verb), cameo=not carried)
    if pattern is not None and not events.control(phrasal):
        # the verb with its object, particle or preposition: "halted aid" is a sanction,
        # "halted attacks" a retreat (CAMEO's patterns); a verb of intent, a verb of
        # kgraph's own table and a light verb with its event noun keep their own
        category = pattern[0]
    return Reading(text, lemma, category, negated, modality)


def read_action(
    verb: Token, events: Events, *, act: Reading | None = None, reported: bool = False
) -> Reading:
    """How a verb acts in its clause: its act (`read_act`; pass ``act`` when it is read
    already) with the clause's negation, tense and intent.

    ``reported`` says the clause is reported speech, where "would" is the future.
    """
    text, lemma, category, negated, modality = act or read_act(verb, events)
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if auxiliaries & _FUTURE_AUX or (auxiliaries & _REPORTED_FUTURE_AUX and reported):
        # "will send", and "said they would blockade", the future of reported speech
        modality, category = "future", events.intent(category)
    elif auxiliaries & _POSSIBLE_AUX:
        modality = "possible"
    if modality == "future" and _conditioned(verb):
        # an act promised on a condition is a threat: "will withdraw unless ..."
        category = "THREATEN"
    if verb.dep_ == "xcomp":
        governed = events.control(verb.head.lemma_)
        if governed:
            # infinitive of intent: "threatened to strike", "agreed to meet"
            governor_category, modality = governed
            category = governor_category or events.intent(category)
            negated = negated or any(c.dep_ == "neg" for c in verb.head.children)
    if category == "REQUEST" and _protest_purpose(verb, events):
        # a demand made by demonstrating is the protest: "staged rallies to demand reforms"
        category = "PROTEST"
    if negated and modality != "asserted" and events.quad(category) in _COOPERATION:
        # cooperation refused is a rejection (PLOVER): "has not agreed to restore", "would
        # not lift sanctions"
        category = "REJECT"
    return Reading(text, lemma, category, negated, modality)


def clause_words(verb: Token) -> Clause:
    """What a verb's clause has around the verb, as CAMEO's patterns read it: its objects
    (a passive's subject too), subject, particle and prepositions with their objects."""
    passive = any(c.dep_ in _PASSIVE_DEPS for c in verb.children)
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS or (passive and c.dep_ in
                                                                      PASSIVE_SUBJECT_DEPS)]
    objects += [c for o in objects for c in conjuncts(o)]
    preps = [c for head in (verb, *objects) for c in head.children if c.dep_ == "prep"]
    return Clause(
        objects=tuple(_phrase(o) for o in objects),
        subjects=tuple(_phrase(c) for c in verb.children if c.dep_ in SUBJECT_DEPS),
        particles=frozenset(c.lower_ for c in verb.children if c.dep_ == "prt"),
        preps=tuple(
            (prep.lower_, tuple(_phrase(o) for o in prep.children if o.dep_ == "pobj"))
            for prep in preps
        ),
        passive=passive,
    )


def _phrase(head: Token) -> Phrase:
    modifiers = [t for t in head.lefts if t.dep_ in _PHRASE_DEPS]
    return Phrase(
        heads=frozenset({head.lemma_.lower(), head.lower_}),
        words=frozenset(w for t in modifiers for w in (t.lower_, t.lemma_.lower())),
    )


def _protest_purpose(verb: Token, events: Events) -> bool:
    """Whether a clause says what a protest is for: "staged demonstrations to demand",
    "a demonstration calling for", "went on strike, demanding"."""
    if verb.dep_ in _PURPOSE_DEPS:
        governor = verb.head
    elif verb.dep_ == "pcomp":
        governor = verb.head.head
    else:
        return False
    nouns = [governor, *(c for c in governor.children if c.dep_ in OBJECT_DEPS)]
    return events.verb_category(governor.lemma_.lower()) == "PROTEST" or any(
        noun_category(n, events) == "PROTEST" for n in nouns
    )


def noun_category(noun: Token, events: Events) -> str | None:
    """The category of an event noun, read with its compound first: a "hunger strike" is a
    protest where a "strike" is an attack."""
    lemma = noun.lemma_.lower()
    for compound in noun.lefts:
        if compound.dep_ == "compound":
            found = events.noun_category(f"{compound.lemma_.lower()} {lemma}")
            if found:
                return found
    return events.noun_category(lemma) or events.noun_category(noun.text)


def _event_nouns(verb: Token, events: Events) -> Iterator[Token]:
    """The verb's objects that name events, or name them in a compound ("mediation effort")."""
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    # coordinated objects too: "launched artillery, mortar and rocket fire"
    for child in [*objects, *(c for o in objects for c in conjuncts(o))]:
        compounds = [c for c in child.lefts if c.dep_ == "compound"]
        for noun in [child, *(compounds if child.lemma_.lower() in events.frame_nouns else [])]:
            phrase = f"{verb.lemma_.lower()} {noun.lemma_.lower()}"
            if events.verb_category(phrase) or noun_category(noun, events):
                yield noun
                break


def is_condition(clause: Token) -> bool:
    """Whether a clause is a condition: "unless Baghdad accepts", "if Hamas runs"."""
    return clause.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in clause.children
    )


def _conditioned(verb: Token) -> bool:
    """Whether a condition hangs on the clause."""
    return any(is_condition(c) for c in verb.children)
