"""Targets a clause names: the subject of what is demanded ("demanded that the US cancel"),
of an infinitive the parser made a clause ("allowed Ouattara to run"), and of the condition
a threat is made on ("warned that unless Iran recommits, France would reinstate sanctions")."""

from __future__ import annotations

from spacy.tokens import Token

from ..records import Mention
from .actions import is_condition
from .actors import ActorFinder
from .labels import SUBJECT_DEPS, VERB_POS, infinitive, prep_object

__all__ = ["asked_of", "clausal_targets"]

_OBLIGATION_AUX = frozenset({"should", "must"})
_MODAL_AUX = frozenset({"will", "would", "can", "could", "may", "might", "shall"})
_TENSES_OF_FACT = frozenset({"VBD", "VBZ", "VBN", "VBG"})
# the clauses of a threat that say what will be done: "threatened to cut supplies unless",
# "warned that unless Iran recommits, France would ..."
_THREATENED_DEPS = frozenset({"ccomp", "xcomp"})


def clausal_targets(finder: ActorFinder, verb: Token, category: str | None) -> list[Mention]:
    """The subject of what is demanded ("demanded that the US cancel"), of an object the
    parser made the subject of its infinitive ("allowed Ouattara to run"), and of the
    condition of a threat ("threatened to cut supplies unless Kyiv paid")."""
    clauses = [
        clause
        for clause in verb.children
        if clause.dep_ == "ccomp" and (
            (category == "REQUEST" and _demanded(clause)) or infinitive(clause)
        )
    ]
    if category == "THREATEN":
        # whom a threat is made on is who must meet its condition
        clauses += _conditions(verb)
    return [
        a
        for clause in clauses
        for c in clause.children
        if c.dep_ in SUBJECT_DEPS
        for a in finder.actors(c)
    ]


def asked_of(finder: ActorFinder, noun: Token) -> list[Mention]:
    """Who a request noun asks to act, the subject of its infinitive: "an invitation for
    Biden to visit", "a call for Iran to halt enrichment", however the parser attached the
    "for"."""
    clauses = [c for c in noun.children if c.pos_ in VERB_POS and infinitive(c)]
    subjects = [s for clause in clauses for s in clause.children if s.dep_ in SUBJECT_DEPS]
    if clauses and not subjects:
        subjects = [p for p in (prep_object(noun, "for"),) if p is not None]
    return [a for s in subjects for a in finder.actors(s)]


def _conditions(verb: Token) -> list[Token]:
    """The conditions of a threat, on its verb or on what it says will be done."""
    heads = [verb, *(c for c in verb.children if c.dep_ in _THREATENED_DEPS)]
    return [c for head in heads for c in head.children if is_condition(c)]


def _demanded(clause: Token) -> bool:
    """Whether a clause says what another is to do: a bare verb ("demanded that the US
    cancel") or an obligation ("urged that Iran should"), not what will be ("insisted he
    would not devalue")."""
    auxiliaries = {c.lower_ for c in clause.children if c.dep_ in {"aux", "auxpass"}}
    if auxiliaries & _OBLIGATION_AUX:
        return True
    # the subjunctive is the bare verb, which the tagger may call present, or a noun: all
    # but a tense of fact ("insisted he had paid", "said it pays") and a modal
    return clause.tag_ not in _TENSES_OF_FACT and not auxiliaries & _MODAL_AUX

