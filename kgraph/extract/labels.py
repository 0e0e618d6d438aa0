"""Dependency labels the rules read, grouped by the part they play (spaCy's English labels),
and the walk along coordination they share."""

from __future__ import annotations

from spacy.tokens import Token

SUBJECT_DEPS = frozenset({"nsubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass"})
ANY_SUBJECT_DEPS = SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
OBJECT_DEPS = frozenset({"dobj", "dative", "obj"})
CLAUSE_COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp"})
# a clause a condition hangs on is no event: "unless Baghdad accepted", "if Hamas ran"
CONDITION_MARKS = frozenset({"if", "unless"})
VERB_POS = frozenset({"VERB"})
# the entity labels of spaCy's English models that may name an actor
ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# the hyphens that join words without spaces: "Ri Chol-su", "Secretary-General"
HYPHENS = frozenset({"-", "–", "‐"})


def infinitive(verb: Token) -> bool:
    """Whether a verb is an infinitive: "(allowed Ouattara) to run", "a bill to allow"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def conjuncts(token: Token) -> list[Token]:
    """Tokens coordinated with ``token`` ("Lavrov and Choe"), transitively."""
    return [t for t in token.subtree if t.dep_ == "conj" and _conjunct_root(t).i == token.i]


def _conjunct_root(token: Token) -> Token:
    while token.dep_ == "conj":
        token = token.head
    return token


def clause_of(token: Token) -> Token | None:
    """The verb whose clause a noun belongs to."""
    while token.dep_ != "ROOT" and token.pos_ not in VERB_POS:
        token = token.head
    return token if token.pos_ in VERB_POS else None


def prep_object(token: Token, preposition: str) -> Token | None:
    """The object of a noun's prepositional phrase: "of" in "a group of refugees"."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == preposition:
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None
