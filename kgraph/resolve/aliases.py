"""Resolve mentions within one document: every way of naming an actor gives one actor.

"Kim" after "Kim Jong Un" is Kim Jong Un, "Lavrov" after "Sergei Lavrov" is Sergei Lavrov,
whatever entity label the model gave each mention: a short name is resolved to the one longer
name in the document that contains all its words. A role without a name ("Russia's foreign
minister") is resolved to the one named person with that role and country. The actor's
country and sector are then the first that any of its mentions states, or, where none does,
those of the listed person the name stands for ("President Bush").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ..lexicon.actors import NamedActors
from ..names import name_words, slug
from ..records import Actor, Mention
from .listed import as_listed, listed_attributes

__all__ = ["actors_of", "share_country"]


_NATIONAL_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "REB", "INS"})


def _full_name(mention: Mention, full_names: list[str]) -> str | None:
    """The one longer name that contains every word of this mention's name, or the longest
    of several that all name one person ("Tamim" in "Sheikh Tamim" and "Sheikh Tamim bin
    Hamad Al-Thani")."""
    words = set(name_words(mention.name))
    matches = sorted({n for n in full_names if words < set(name_words(n))},
                     key=lambda n: len(name_words(n)))
    if matches and all(set(name_words(m)) <= set(name_words(matches[-1])) for m in matches):
        return matches[-1]
    return None


def _holder(mention: Mention, people: list[Mention]) -> str | None:
    """The one named person who holds this mention's role in its country ("Russia's foreign
    minister"), or in the document when no country is said ("the foreign minister")."""
    holders = {
        p.name
        for p in people
        if p.role == mention.role and mention.country in (None, p.country)
    }
    return holders.pop() if len(holders) == 1 else None


def _earlier_group(mention: Mention, groups: list[Mention]) -> str | None:
    """The one body of this role whose country the document said, named as it was: "the
    government" after "the Sudanese government", but no "air force" after "Ukrainian forces".
    A body placed in the article's country is that country's body wherever it is named:
    "the government" in a story about Argentina that later names "the Argentine government"."""
    said = mention.name.lower()
    bodies = {
        g.name
        for g in groups
        if g.role == mention.role
        and (g.start < mention.start if mention.country is None else g.country == mention.country)
        and g.name.lower().endswith(said)
        and g.name.lower() != said
    }
    return bodies.pop() if len(bodies) == 1 else None


def actors_of(
    mentions: Iterable[Mention],
    known: NamedActors,
    names: Iterable[str] = (),
    scope: str = "",
    renames: dict[str, str] | None = None,
    focus: str | None = None,
) -> dict[Mention, Actor]:
    """Map each mention of one document to its actor.

    ``names`` are further full names the document contains (its PERSON entities), so that an
    alias is resolved even where the full name is in no triple; ``known`` the listed people
    whose country and sector the document leaves unsaid. A named actor's id is its
    name's slug, the same in every article; a nameless one ("the government") is told apart
    by its country, or, with none, kept to its document by ``scope``. ``renames`` gives the
    long names of the acronyms the document introduced ("RSF": "Rapid Support Forces").
    A named office holder or body of a state's own sectors whom neither the document nor the
    lexicon places is of ``focus``, the country the article is about: "President Laurent
    Gbagbo" in a story from Abidjan, "the Department of Commerce" in one from Washington.
    """
    renames = renames or {}
    said = {
        m: replace(m, name=renames[m.name]) if m.named and m.name in renames else m
        for m in mentions
    }
    said, listed = as_listed(said, known)
    canonical = _canonical_names(list(said.values()), names, frozenset(listed))
    merged = _merged_attributes(canonical)
    listed_attributes(merged, listed)
    named = {name for mention, name in canonical.items() if mention.named}
    for name in named:
        _fill_from_known_person(name, merged[name], known)
        if focus and _unplaced_officer(merged[name]):
            merged[name]["country"] = focus
    return {
        original: Actor(
            id=slug(name) if name in named else _nameless_id(name, merged[name]["country"], scope),
            name=name,
            text=mention.text,
            type=merged[name]["type"] or mention.type,
            country=merged[name]["country"],
            sector=merged[name]["sector"],
            start=mention.start,
            end=mention.end,
        )
        for original, mention in said.items()
        for name in [canonical[mention]]
    }


def _canonical_names(
    mentions: list[Mention], names: Iterable[str], listed: frozenset[str] = frozenset()
) -> dict[Mention, str]:
    """Each mention's actor name: a ``listed`` one's own, a named one's full name, a role's
    holder or the group named before it, else the mention's own name."""
    full_names = sorted(
        {m.name for m in mentions if m.named and m.type != "GPE" and len(name_words(m.name)) > 1}
        | {n for n in names if len(name_words(n)) > 1}
    )
    people = [m for m in mentions if m.named and m.type == "PERSON" and m.role]
    groups = [m for m in mentions if not m.named and m.role and m.country]
    canonical: dict[Mention, str] = {}
    for mention in mentions:
        if mention.name in listed:
            canonical[mention] = mention.name
        elif mention.named and mention.type != "GPE":
            canonical[mention] = _full_name(mention, full_names) or mention.name
        elif mention.role:
            canonical[mention] = (
                _holder(mention, people) or _earlier_group(mention, groups) or mention.name
            )
        else:
            canonical[mention] = mention.name
    return canonical


def _merged_attributes(canonical: dict[Mention, str]) -> dict[str, dict[str, str | None]]:
    """The type, country and sector of each actor name, from all its mentions."""
    merged: dict[str, dict[str, str | None]] = {}
    for mention, name in canonical.items():
        actor = merged.setdefault(
            name, {"type": None, "country": None, "sector": None, "role": None}
        )
        for attr in ("country", "sector", "role"):
            actor[attr] = actor[attr] or getattr(mention, attr)
        # a PERSON label anywhere wins over the model's ORG on a bare surname
        if actor["type"] in (None, "ORG") or mention.type == "PERSON":
            actor["type"] = mention.type if actor["type"] != "PERSON" else "PERSON"
    return merged


def _fill_from_known_person(
    name: str, actor: dict[str, str | None], known: NamedActors
) -> None:
    """What the document leaves unsaid of a listed person: "President Bush" is American,
    and a person whatever label the model gave the name."""
    if actor["type"] == "GPE" or (actor["country"] and actor["sector"]):
        return
    person = known.person(name)
    if person:
        actor["type"] = "PERSON"
        actor["country"] = actor["country"] or person.country
        actor["sector"] = actor["sector"] or person.sector


def _unplaced_officer(actor: dict[str, str | None]) -> bool:
    """Whether an actor is of no known country and of a state's own sectors (its
    government, forces, courts, parties or rebels), not of a foreign body's: a person
    holding such an office, or a body ("the Department of Commerce")."""
    return (
        actor["type"] in {"PERSON", "ORG"}
        and actor["country"] is None
        and (actor["role"] is not None or actor["type"] == "ORG")
        and actor["sector"] in _NATIONAL_SECTORS
    )


def _nameless_id(name: str, country: str | None, scope: str) -> str:
    return slug(f"{name} {country or scope}")


def share_country(subject: Mention, object: Mention) -> tuple[Mention, Mention]:
    """A nameless group of no stated country, acted upon, takes the country of its actor.

    Wires leave the nationality of the acted-upon implicit in domestic news: "Egyptian police
    dispersed fundamentalist demonstrators", "the Sudanese government accused Darfur rebels".
    Named people keep no country rather than a guessed one.
    """
    if _stateless_group(object) and subject.country:
        object = replace(object, country=subject.country)
    return subject, object


def _stateless_group(mention: Mention) -> bool:
    return mention.country is None and not mention.named and mention.type == "GROUP"
