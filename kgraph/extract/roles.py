"""The role a noun phrase gives its actor: the agent noun ("rebels"), the title it is
part of ("foreign minister") and the sector it sets ("government forces" are MIL)."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon.agents import Agents, Role
from .labels import HYPHENS

__all__ = ["role", "role_title", "sector_of"]


def role(agents: Agents, token: Token) -> Role | None:
    """The role a noun names. A plural the tagger left whole, as it does a capitalised one
    opening a sentence ("Rebels attacked"), is read as its singular, unless it is part of
    a name ("United Nations")."""
    lookup = agents.role if token.pos_ == "PROPN" or token.is_title else agents.agent
    found = lookup(token.lemma_) or lookup(token.text)
    if found or token.ent_type_:
        return found
    word = token.lower_
    if word.endswith("ies"):
        return lookup(word[:-3] + "y")
    return lookup(word[:-1]) if word.endswith("s") else None


def role_title(agents: Agents, tokens: list[Token]) -> str | None:
    """The title a phrase gives its actor, "foreign minister" in "Russia's Foreign
    Minister"."""
    for end in range(len(tokens) - 1, -1, -1):
        if agents.role(tokens[end].lemma_):
            start = end
            while start > 0 and agents.is_title_word(tokens[start - 1].text):
                start -= 1
            return " ".join(t.lemma_.lower() for t in tokens[start : end + 1])
    return None


def sector_of(agents: Agents, tokens: list[Token]) -> str | None:
    """The sector of the last role word in a phrase ("government forces" is MIL); the
    first part of a hyphenated title gives it ("Secretary-General" is no general)."""
    for token in reversed(tokens):
        if token.i > 0 and token.doc[token.i - 1].text in HYPHENS:
            continue
        found = agents.role(token.lemma_)
        if found and found.sector:
            return found.sector
    return None
