"""Event nouns that refer back to an act told before: "the threat" Iran's minister rejected
is the threat the French minister made a sentence earlier, "the move" NATO's chief welcomed
the ratification just reported. Extraction marks such an object as an act (`ActorType.EVENT`);
resolution (`kgraph.resolve.event_references`) puts the actor of that act in its place."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon.events import Events
from ..records import ActorType, Mention
from .phrases import phrase

__all__ = ["event_reference"]

_DEMONSTRATIVES = frozenset({"the", "this", "that", "these", "those", "such"})
# what names the act's own participants or says which act it is: "the threat of sanctions",
# "Russia's move", "the decision to expel", "the threat that ..."
_SPECIFYING_DEPS = frozenset({"poss", "prep", "acl", "relcl", "appos", "compound", "nmod"})


def event_reference(noun: Token, events: Events) -> Mention | None:
    """The act a definite event noun with nothing of its own refers back to, as a mention
    for resolution to place: "rejected the threat", "welcomed the move"."""
    if noun.pos_ != "NOUN" or events.referred_categories(noun.lemma_) is None:
        return None
    if not any(c.lower_ in _DEMONSTRATIVES for c in noun.children if c.dep_ == "det"):
        return None
    if any(c.dep_ in _SPECIFYING_DEPS for c in noun.children):
        return None
    tokens = phrase(noun)
    return Mention(
        head=noun.i,
        start=tokens[0].idx,
        end=tokens[-1].idx + len(tokens[-1].text),
        text=noun.doc[tokens[0].i : tokens[-1].i + 1].text,
        name=noun.lemma_.lower(),
        type=ActorType.EVENT,
        country=None,
        sector=None,
        role=None,
        named=False,
        definite=True,
    )
