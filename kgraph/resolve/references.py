"""Descriptions that refer back to actors named before them.

A definite description without a name ("the group", "the Vietnamese leader", "the
ministry", "the two leaders", "both sides") refers to the most recent actors named before it
that fit it. The lexicon's ``data/references.tsv`` says what each noun can refer to:

- ``person``: a named person, of the description's country if it states one ("the Vietnamese
  leader" is the last Vietnamese named); every title held by one person refers so too;
- ``state``: states, when counted ("the two countries", "both nations"), or described by
  their region ("the South American country" is the last South American state named, or
  the state of the last South American named): a lone "the country" too often means
  another state than the last one named;
- ``group``: a named group that is no state body or international one ("the group", "the
  militants", "the movement"), of the description's sector if it has one;
- ``body``: a named body whose name holds the noun ("the ministry" is the Ministry of External
  Affairs, "the army" the Cameroonian Army), and nothing else: the army is never a general;
- ``any``: a state, or a named body with a sector ("both sides", "the two parties").

A counted description names that many ("the two leaders"). A description nothing fits is left
as it is, and a role noun never refers to a person.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ..lexicon.actors import NamedActors
from ..lexicon.agents import Agents
from ..lexicon.places import Places
from ..names import name_words
from ..records import Mention

__all__ = ["antecedents"]

_STATE_BODY_SECTORS = frozenset({"GOV", "IGO"})


def _kind(mention: Mention, agents: Agents) -> str | None:
    """What a description can refer to, by its head noun, or None if it refers to nobody."""
    if mention.named or not (mention.definite or mention.count > 1) or not mention.role:
        return None
    kind = agents.refers_to(mention.role.split()[-1])
    return kind or ("person" if mention.type == "PERSON" else None)


def _fits(kind: str, description: Mention, named: Mention, agents: Agents) -> bool:
    if description.country and named.country not in (None, description.country):
        return False
    if kind == "person" and description.country and named.country is None:
        # "the president of Armenia" is a new person unless the Armenian was named before
        return False
    if kind == "person":
        return named.type == "PERSON" and _may_hold(description.role, named.role, agents)
    if kind == "state":
        # "the two countries" of a bilateral story; a lone "the country" is too often
        # another state than the last one named ("the country's deadliest attack")
        return named.type == "GPE" and named.country is not None and description.count > 1
    if kind == "group":
        # "the insurgents" are a group known as such, not the army named before them
        return named.type in {"ORG", "GROUP"} and named.sector not in _STATE_BODY_SECTORS and (
            description.sector is None or named.sector == description.sector
        )
    if kind == "body":
        return named.type in {"ORG", "GROUP"} and description.role.split()[-1] in (
            named.name.lower().split()
        )
    # "both sides": states, or bodies the lexicon or text gives a sector; no unknown place
    if named.type == "GPE":
        return named.country is not None
    return named.type != "PERSON" and named.sector is not None


def antecedents(
    mentions: Iterable[Mention], agents: Agents, known: NamedActors, places: Places
) -> dict[Mention, list[Mention]]:
    """Each description among a document's mentions to the named mentions it may refer to,
    the most likely first: one more than it names, so that a statement can pass over the
    actor on its other side ("Putin offered talks to the president").

    The named mentions come back as the description said them (its ``text``, ``start`` and
    ``end``). A name takes the country another of its mentions states, else, for a listed
    person, the list's (``known``).
    """
    ordered = sorted(set(mentions), key=lambda m: (m.start, m.end))
    # the country any mention of a name states is that name's: "Peru's president Ana Torres"
    stated: dict[str, str] = {}
    titles: dict[str, str] = {}
    for m in ordered:
        if m.named and m.country:
            stated.setdefault(m.name, m.country)
        if m.named and m.role:
            titles.setdefault(m.name, m.role)
    found: dict[Mention, list[Mention]] = {}
    for position, description in enumerate(ordered):
        kind = _kind(description, agents)
        if kind is None:
            continue
        earlier = [_with_country(m, stated, known) for m in reversed(ordered[:position])
                   if m.end <= description.start]
        earlier = [replace(m, role=m.role or titles.get(m.name)) if m.named else m
                   for m in earlier]
        region = places.region_states(description.text) if kind == "state" else frozenset()
        if region and description.count == 1:
            # any actor of a state names it: "Japanese envoys" name Japan
            state = _regional_state(earlier, region, places)
            if state is not None:
                found[description] = [replace(state, text=description.text,
                                              start=description.start, end=description.end)]
            continue
        chosen: list[Mention] = []
        for named in (m for m in earlier if m.named):
            fits = _fits(kind, description, named, agents)
            if fits and not any(_one_name(named, c) for c in chosen):
                chosen.append(named)
                if len(chosen) > description.count:
                    break
        if len(chosen) >= description.count:
            found[description] = [
                replace(c, text=description.text, start=description.start, end=description.end)
                for c in chosen
            ]
    return found


def _may_hold(described: str | None, held: str | None, agents: Agents) -> bool:
    """Whether a person said to hold ``held`` can be the one a description of role
    ``described`` refers to: "the leader" is one who leads, not the economy minister named
    after the president; "the president" is a president. Other titles are not checked
    ("the top diplomat" is the foreign minister)."""
    if not (described and held) or described == held:
        return True
    if described == "leader":
        return agents.is_head_title(held)
    if agents.is_head_title(described):
        return held.endswith(described)
    return True


def _one_name(one: Mention, other: Mention) -> bool:
    """Whether two names may be one actor's, one a part of the other: "Sheikh Tamim" and
    "Tamim bin Hamad Al-Thani" are not the two leaders of "the two leaders"."""
    words, others = set(name_words(one.name)), set(name_words(other.name))
    return words <= others or others <= words


def _regional_state(
    earlier: list[Mention], region: frozenset[str], places: Places
) -> Mention | None:
    """The state of the region named last before a description, a state itself or the
    country of an actor: "Argentine President Javier Milei" names Argentina."""
    for named in earlier:
        if named.country in region:
            if named.type == "GPE":
                return named
            name = places.country_name(named.country) or named.country
            return replace(named, name=name, type="GPE", sector="GOV", role=None)
    return None


def _with_country(named: Mention, stated: dict[str, str], known: NamedActors) -> Mention:
    """The mention with the country another mention of the name states, or a listed
    person's."""
    if named.country:
        return named
    if named.name in stated:
        return replace(named, country=stated[named.name])
    person = known.person(named.name) if named.type == "PERSON" else None
    return replace(named, country=person.country) if person and person.country else named
