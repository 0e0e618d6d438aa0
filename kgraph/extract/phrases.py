"""Noun phrases on the parse: the words of a phrase, the proper name in it, its entity.

These read tokens only; what the words mean is the lexicon's, in `mentions`.
"""

from __future__ import annotations

from spacy.tokens import Token

from .labels import HYPHENS

__all__ = ["entity_text", "joins_a_name", "left_modifiers", "phrase", "trimmed"]

# left dependents that belong to the actor's noun phrase ("Russian Foreign Minister Sergei")
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "case", "flat", "punct"})
_DATELINE_DASHES = frozenset({"—", "–", "--"})
# the most words a dateline takes before its dash: "WASHINGTON, D.C. (Reuters) -"
_DATELINE_LENGTH = 10
_DROPPED_WORDS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "this", "that"})


def phrase(head: Token) -> list[Token]:
    """The head with its left modifiers, possessors included ("Russia's foreign minister")."""
    return trimmed([head, *left_modifiers(head, MODIFIER_DEPS)])


def left_modifiers(head: Token, deps: frozenset[str]) -> list[Token]:
    """The subtrees of the head's left dependents of the given labels."""
    return [t for child in head.lefts if child.dep_ in deps for t in child.subtree]


def trimmed(tokens: list[Token]) -> list[Token]:
    """Tokens in order, without leading determiners and punctuation, and without a dateline
    the parser took in ("KYIV — Russian forces")."""
    tokens = sorted((t for t in tokens if not t.is_space), key=lambda t: t.i)
    for cut in range(len(tokens) - 1, -1, -1):
        if _dash(tokens[cut]) or (
            tokens[cut].text == ":" and cut > 0 and tokens[cut - 1].is_upper
        ):
            tokens = tokens[cut + 1 :]
            break
    while tokens and (tokens[0].lower_ in _DROPPED_WORDS or tokens[0].is_punct):
        tokens.pop(0)
    return tokens


def dateline_end(token: Token) -> int | None:
    """Where the dateline ``token`` is part of ends, the index of its dash, or None if the
    token is in none: "ACCRA (AP) - The ministry said", "ERBIL, Kurdistan Region - A militia
    group claimed"."""
    opening = token.sent[:_DATELINE_LENGTH]
    dash = next((t for t in opening if _dash(t)), None)
    if dash is None or token.i >= dash.i or any(
        t.pos_ in {"VERB", "AUX"} for t in opening if t.i < dash.i
    ):
        return None
    return dash.i


def _dash(token: Token) -> bool:
    """A dash, or a hyphen spaced as one: "ERBIL, Kurdistan Region - A militia group"."""
    spaced = token.i > 0 and bool(token.whitespace_) and bool(token.doc[token.i - 1].whitespace_)
    return token.text in _DATELINE_DASHES or (token.text == "-" and spaced)


def joins_a_name(token: Token, name: list[Token]) -> bool:
    """A hyphen inside a name, with no space on either side: "Ri Chol-su"."""
    return (
        bool(name)
        and token.text in HYPHENS
        and not token.whitespace_
        and token.i > 0
        and not token.doc[token.i - 1].whitespace_
    )


def entity_text(token: Token) -> str:
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
