"""Who is acted upon: one rule per construction that names the target of a verb or noun.

The direct object; the passive subject of a verb with a by-agent; objects of target
prepositions ("met with", "sanctions against"); the places of a retreat or deployment; the
subject of what is demanded; the owner of the thing acted on ("demolished Palestinian
homes"); and the place a material act is done in ("in West Darfur").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from ..lexicon.events import Events
from ..records import Mention
from .actions import carried, noun_category
from .actors import ActorFinder
from .clausal_targets import asked_of, clausal_targets
from .event_references import event_reference
from .labels import (
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    VERB_POS,
    conjuncts,
    prep_object,
)
from .subjects import event_agent, subjects

__all__ = ["objects", "prepositional_targets"]

_TARGET_PREPS = frozenset(
    {"with", "to", "against", "on", "upon", "into", "toward", "towards", "between"}
)
# material acts whose place, with no other target, is what they act on (CAMEO's coding),
# aid too: "funded hospitals in Gaza"
_PLACE_ACTED_ON_CATEGORIES = frozenset(
    {"CONCEDE", "AID", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
)
_PLACE_PREPOSITIONS = frozenset({"in", "inside"})
_PURPOSE_PREPS = frozenset({"for", "over", "in"})
_BENEFIT_CATEGORIES = frozenset({"SUPPORT", "AID"})
# the first words of compound prepositions that name a source, a cause or a place, never a
# target: "according to a local mayor", "due to", "next to Ruto"
_NO_TARGET_PREPS = frozenset({"according", "due", "thanks", "owing", "next", "close", "prior"})
# where one withdraws from or deploys to is the target: "withdrew from Chad", "deployed in
# Iraq"; and whom one takes a thing from: "confiscated weapons from armed groups"
_PLACE_TARGET_PREPS = {
    "RETREAT": frozenset({"from"}),
    "MOBILIZE": frozenset({"in", "near", "along", "into"}),
    "COERCE": frozenset({"from", "at"}),
    # what one accepts from another: "accepted the proposal from Togo"
    "AGREE": frozenset({"from"}),
    # what one fires, shouts or protests at; elsewhere "at" is where ("urged unity at
    # parliament's reopening")
    "ASSAULT": frozenset({"at"}),
    "THREATEN": frozenset({"at"}),
    "PROTEST": frozenset({"at"}),
    "ACCUSE": frozenset({"at"}),
}
# what one mobilises or withdraws is one's own force, not the target, and so are the
# soldiers or police one sends
_OWN_FORCE_CATEGORIES = frozenset({"MOBILIZE", "RETREAT"})
_FORCE_SECTORS = frozenset({"MIL", "COP"})
_POSSESSIVE_DETERMINERS = frozenset({"its", "their", "his", "her", "our"})
_COOPERATIVE_QUADS = frozenset({"verbal_cooperation", "material_cooperation"})
# a phrase of whom an act is done for is no target: "on behalf of President Biden"
_FOR_WHOM = frozenset({"behalf"})
_VERBAL_QUADS = frozenset({"verbal_cooperation", "verbal_conflict"})
# what a complaint, threat or refusal is about names whom it is aimed at: "voiced concern
# over Iran's missile tests", "complained about Chinese trade practices"
_GRIEVANCE_PREPS = frozenset({"over", "about"})


def objects(finder: ActorFinder, verb: Token) -> tuple[list[Mention], bool]:
    """Who is acted upon, and whether it is a direct object."""
    has_agent = any(c.dep_ == "agent" for c in verb.children) or (
        event_agent(finder, verb) is not None
    )
    done_to = _done_to(verb) if has_agent else None
    if done_to is not None:
        return finder.targets(done_to), True
    # the category of the act, the one its event noun carries too ("speeded up the
    # withdrawal of forces from Panama", "evacuated its soldiers from Syria")
    category = finder.act(verb).category
    events = finder.lexicon.events
    things = [c for c in verb.children
              if c.dep_ in OBJECT_DEPS and not _own(finder, c, category)]
    # a thing coordinated with an actor leaves the actor to its owner rule:
    # "demanded the removal of President X and his party"
    direct = [a for c in things if finder.actor(c) for a in finder.actors(c)]
    if events.quad(category) in _COOPERATIVE_QUADS:
        direct = _from_origin(finder, verb, direct)
    targets = prepositional_targets(finder, verb, category)
    # what is given is no target when there is a recipient: "sent troops to Liberia"
    has_recipient = any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
    if direct and not (targets and has_recipient and not any(a.named for a in direct)):
        return direct, True
    if events.quad(category) in _VERBAL_QUADS:
        # words about an event are about its actor: "condemned the Russian strike on
        # Kharkiv", "investigated the attack by militias" target Russia and the militias
        actors = [a for c in things if noun_category(c, events) for a in _event_actors(finder, c)]
        if actors:
            return actors, False
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS:
            # the things acted on lead to their target ("imposed sanctions on Iran",
            # "deployed peacekeepers in Iraq", "launched mortar and rocket fire against")
            inner = carried(child, events)
            for thing in dict.fromkeys((child, inner, *conjuncts(child), *conjuncts(inner))):
                targets += prepositional_targets(finder, thing, category)
    if not targets:
        # what is demanded, or whom a request asks: "sent an invitation for Biden to visit"
        targets = clausal_targets(finder, verb, category) if not things else [
            a for c in things if category == "REQUEST" for a in asked_of(finder, c)]
    if not targets and category not in _OWN_FORCE_CATEGORIES:
        # whose thing is acted on: "demolished Palestinian homes", "rejected a US request";
        # the ships one deploys are one's own
        targets = [a for c in things for a in finder.owners(c)]
    if not targets and category in _PLACE_ACTED_ON_CATEGORIES:
        # a material act on a place: "lifted the state of emergency in West Darfur"
        targets = [a for head in (verb, *things) for a in _places(finder, head)]
    if not targets and events.quad(category) in _VERBAL_QUADS:
        # words about an act told before: "rejected the threat", "welcomed the move"
        targets = [m for c in things if (m := event_reference(c, events))]
    return targets, False


def _done_to(verb: Token) -> Token | None:
    """What a verb with a by-agent was done to: its passive subject ("Seoul was attacked
    by"), its subject where the parser read a passive as active ("Bulgaria, cut off by
    Gazprom, ..."), or the noun a participle describes ("a convoy attacked by militants")."""
    for deps in (PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS):
        for child in verb.children:
            if child.dep_ in deps:
                return child
    return verb.head if verb.dep_ == "acl" else None


def _from_origin(finder: ActorFinder, verb: Token, direct: list[Mention]) -> list[Mention]:
    """A nameless group met or helped is of the state it comes from, which the parser hangs
    on the verb: "received a delegation from Uganda"."""
    states = finder.mentions.origins(verb)
    if not states:
        return direct
    return [replace(a, country=states[0].country) if not (a.named or a.country) else a
            for a in direct]


def _event_actors(finder: ActorFinder, noun: Token) -> list[Mention]:
    """Who did what an event noun names: its possessor, by-agent or owner."""
    for child in noun.children:
        if child.dep_ == "poss":
            return finder.actors(child)
    agent = prep_object(noun, "by")
    return finder.actors(agent) if agent is not None else finder.mentions.owners(noun)


def prepositional_targets(
    finder: ActorFinder, head: Token, category: str | None = None
) -> list[Mention]:
    """Objects of target prepositions: "met with", "delivered to", "sanctions against";
    places of a retreat or deployment ("withdrew from Chad", "pulled out of Somalia",
    "deployed troops near Guyana", "the withdrawal of forces from Panama"); and the target
    of an event noun in a phrase of purpose or target ("called for sanctions against
    Nigeria", "for a war against Iraq", "went on strike against the government")."""
    found = []
    events = finder.lexicon.events
    for word, pobj in _prepositions(head):
        if word == "with":
            # a partner, never the owner of a means: "with Albania's help"
            if finder.mentions.at(pobj) is not None or not _possessed(pobj):
                found += finder.actors(pobj)
        elif word == "of" and _acted_on_by_noun(head, category, events):
            # the event noun's patient: "tightened the blockade of Serbia"
            found += finder.targets(pobj)
        elif pobj.lemma_.lower() in _FOR_WHOM:
            continue
        elif word in _TARGET_PREPS or word in _PLACE_TARGET_PREPS.get(category, ()) or (
            word == "of" and category == "RETREAT" and head.pos_ in VERB_POS
        ):
            # "pulled out of Somalia", but the forces of "the withdrawal of forces"
            found += finder.targets(pobj) or (
                prepositional_targets(finder, pobj) if _aimed_at(pobj, category, events)
                else []
            )
        elif word == "for" and head.pos_ == "NOUN" and category in _BENEFIT_CATEGORIES:
            # whom support or aid is for: "its support for Maduro", "aid for Gaza", not
            # the owner of a cause: "support for Palestinian statehood"
            found += finder.actors(pobj)
        elif word in _PURPOSE_PREPS and _aimed_at(pobj, category, events):
            found += prepositional_targets(finder, pobj) or finder.owners(pobj)
        elif word in _GRIEVANCE_PREPS and events.quad(category) == "verbal_conflict":
            found += finder.targets(pobj) or finder.owners(pobj)
        elif word == "of" and category in _OWN_FORCE_CATEGORIES:
            # the place of the force withdrawn: "the withdrawal of forces from Panama"
            found += prepositional_targets(finder, pobj, category)
    return found


def _possessed(noun: Token) -> bool:
    """Whether a noun has a possessor: "Albania's help"."""
    return any(c.dep_ == "poss" for c in noun.children)


def _acted_on_by_noun(head: Token, category: str | None, events: Events) -> bool:
    """Whether ``head`` is an event noun whose "of" names what the act is done to: "the
    blockade of Serbia", "an invasion of Iraq", but not a force withdrawn or sent."""
    return (
        head.pos_ == "NOUN"
        and category not in _OWN_FORCE_CATEGORIES
        and noun_category(head, events) is not None
    )


def _prepositions(head: Token) -> Iterator[tuple[str, Token]]:
    """Each preposition of a word with its object; a compound one by its last word: "of"
    and Somalia in "pulled out of Somalia"."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ in _NO_TARGET_PREPS:
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        inner = [] if objects else [c for c in prep.children if c.dep_ == "prep"]
        yield from ((prep.lower_, pobj) for pobj in objects)
        yield from ((i.lower_, c) for i in inner for c in i.children if c.dep_ == "pobj")


def _aimed_at(purpose: Token, category: str | None, events: Events) -> bool:
    """Whether an event noun of purpose names what the act is aimed at ("called for
    sanctions against Nigeria"), not whom it is done for: "fired in support of Hamas"."""
    aim = noun_category(purpose, events)
    if aim is None:
        return False
    cooperative = {events.quad(aim), events.quad(category)} & _COOPERATIVE_QUADS
    return not (cooperative and events.quad(aim) != events.quad(category) and category)


def _places(finder: ActorFinder, head: Token) -> list[Mention]:
    """The named places of a word's "in" phrases."""
    return [
        actor
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in _PLACE_PREPOSITIONS
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        # the place itself or the name beside it: "in the capital Kabul"
        for place in (pobj, *(c for c in pobj.children if c.dep_ == "appos"))
        for actor in finder.actors(place)
        if actor.named
    ]


def _own(finder: ActorFinder, thing: Token, category: str | None) -> bool:
    """Whether the subject's own thing or force is meant ("offered its troops", "mobilized
    army reservists"): no target then. A person is nobody's thing: "met his counterpart" still
    targets the counterpart."""
    whole = prep_object(thing, "of")
    if whole is not None and finder.lexicon.agents.is_partitive(thing.lemma_):
        # "sent a total of 2,900 troops": the troops are what is sent
        return _own(finder, whole, category)
    mention = finder.mentions.at(thing)
    if mention and not mention.named and (
        category in _OWN_FORCE_CATEGORIES
        or (category == "AID" and mention.sector in _FORCE_SECTORS and not mention.country)
    ):
        # "deployed troops", "withdrew its peacekeepers", "ready to send border guards"
        return True
    owner_word = next((c for c in thing.children
                       if c.dep_ == "poss" and c.lower_ in _POSSESSIVE_DETERMINERS), None)
    if owner_word is None:
        return False
    owner = finder.pronoun_owner(owner_word) if owner_word.lower_ != "our" else None
    if owner is not None and all(owner.name != s.name for s in subjects(finder, thing.head)):
        # another's thing: "Turkey's military shelled its positions", said the regime
        return False
    return mention is None or mention.type != "PERSON"
