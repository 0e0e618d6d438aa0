"""Events held in nouns, with their own participants.

One rule per construction:

- the actor of the noun: its possessor ("Lavrov's talks with Kim"), its by-agent ("attacks on
  US troops by militias"), its owner ("a Russian air strike", "US sanctions on Iran"), its
  "of" phrase where the noun says that is the actor ("the withdrawal of Israeli troops"), or
  who announces or orders it ("India announced the expulsion of six diplomats");
- its target: a target preposition ("attack on", "sanctions against", "talks with") or its
  "of" phrase where the noun says that is the target ("the invasion of Ukraine");
- the pair a reciprocal noun joins, each acting on the other: "clashes between X and Y",
  "the X-Y summit", and, for a noun in a phrase of its clause, the clause's subject with the
  noun's partner ("were killed in a clash with Y");
- an event noun as the subject of a verb of occurrence: "clashes erupted between X and Y".
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import permutations

from spacy.tokens import Token

from ..lexicon.events import Events
from ..records import Mention
from .actions import Reading, noun_category
from .actors import ActorFinder
from .clausal_targets import asked_of
from .findings import Finding, findings
from .labels import ANY_SUBJECT_DEPS, HYPHENS, OBJECT_DEPS, VERB_POS, prep_object
from .subjects import passive_subjects, subjects
from .targets import objects, prepositional_targets

__all__ = ["event_noun"]

# the words of a reason given for an act ("sanctioned Cuba over its support for Maduro"),
# and the pronouns that own it
_REASON_PREPS = frozenset({"over", "for"})
_REASON_OWNER_PRONOUNS = frozenset({"its", "their"})


def event_noun(finder: ActorFinder, noun: Token) -> Iterator[Finding]:
    """The statements an event noun makes with its own participants."""
    events = finder.lexicon.events
    category = noun_category(noun, events)
    if not category:
        return
    reading = Reading(noun.text, noun.lemma_.lower(), category, False, "asserted")
    reciprocal = events.reciprocal_noun(noun.lemma_)
    pair = _between(finder, noun) or _hyphenated_pair(finder, noun)
    if len(pair) > 1:
        # each of the pair acts on the other: "clashes between X and Y", "the X-Y summit"
        for one, other in permutations(pair, 2):
            yield from findings([one], reading, [other])
        return
    actors = _actors(finder, noun)
    targets = _targets(finder, noun, category)
    with_phrase = prep_object(noun, "with")
    partners = finder.actors(with_phrase) if reciprocal and with_phrase is not None else []
    if not actors and partners:
        actors = _clause_participants(finder, noun)
    yield from findings(actors, reading, targets)
    # a partner acts on the actor too: "Iran's war with Iraq", not "a war against Iraq"
    yield from findings(partners, reading, actors)


def _actors(finder: ActorFinder, noun: Token) -> list[Mention]:
    """Who acts in the noun's event: possessor, by-agent, "of" actor or owner."""
    for child in noun.children:
        if child.dep_ == "poss":
            # "Lavrov's talks", "Hamas's attack"
            return _reason_owner(finder, noun, child) or finder.actors(child)
    by_phrase = prep_object(noun, "by")
    if by_phrase is not None:
        # "attacks on US troops by Iranian-backed militias"
        return finder.actors(by_phrase)
    of_phrase = prep_object(noun, "of")
    if of_phrase is not None and finder.lexicon.events.of_role(noun.lemma_) == "actor":
        # "the withdrawal of Israeli troops from Gaza"
        return finder.actors(of_phrase)
    # "a Russian air strike", "US sanctions on Iran"
    owners = finder.mentions.owners(noun)
    if owners:
        return owners
    if _response(noun, finder.lexicon.events):
        # "Russia responded with sanctions against Poland"
        return subjects(finder, noun.head.head)
    if noun.dep_ not in OBJECT_DEPS:
        return []
    verb = noun.head
    if finder.lexicon.events.announces(verb.lemma_):
        # who announces, orders or approves an act does it: "India announced the expulsion
        # of six diplomats", "the EU approved sanctions on Russia"
        return subjects(finder, verb)
    return []


def _response(noun: Token, events: Events) -> bool:
    """Whether a noun is the act one answers with: "retaliated with air strikes"."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "with"
        and prep.head.pos_ in VERB_POS
        and prep.head.lemma_.lower() in events.response_verbs
    )


def _reason_owner(finder: ActorFinder, noun: Token, owner: Token) -> list[Mention]:
    """Whom "its" means in the reason for an act on another: the one acted on, "Cuba" in
    "sanctioned Cuba over its support for Maduro"."""
    prep = noun.head
    if (
        owner.lower_ not in _REASON_OWNER_PRONOUNS
        or noun.dep_ != "pobj"
        or prep.lower_ not in _REASON_PREPS
        or prep.head.pos_ not in VERB_POS
        # a relative clause's "its" is its antecedent's: "the faction that controls
        # Afghanistan for its support of"
        or prep.head.dep_ == "relcl"
    ):
        return []
    targets, _ = objects(finder, prep.head)
    return targets[:1]


def _targets(finder: ActorFinder, noun: Token, category: str) -> list[Mention]:
    """Whom the noun's event acts on: its target prepositions, or its "of" target."""
    found = prepositional_targets(finder, noun, category)
    of_phrase = prep_object(noun, "of")
    if not found and of_phrase is not None and (
        finder.lexicon.events.of_role(noun.lemma_) == "target"
    ):
        # "the Russian invasion of Ukraine", "the release of detained leaders"
        found = finder.targets(of_phrase)
    if not found and category == "REQUEST":
        found = asked_of(finder, noun)
    return found


def _between(finder: ActorFinder, noun: Token) -> list[Mention]:
    """The actors of a "between" phrase on the noun, or on the verb the noun is the subject
    of: "talks between X and Y", "clashes erupted between X and Y"."""
    for head in (noun, noun.head if noun.dep_ in ANY_SUBJECT_DEPS else None):
        if head is None:
            continue
        between = prep_object(head, "between")
        if between is not None:
            return finder.actors(between)
    return []


def _hyphenated_pair(finder: ActorFinder, noun: Token) -> list[Mention]:
    """The two actors a hyphenated compound joins: "the Israel-Hamas war", "Sino-US talks"
    is no pair (a prefix is no actor)."""
    compounds = [c for c in noun.lefts if c.dep_ in {"compound", "amod", "nmod"}]
    for compound in compounds:
        inner = [t for t in compound.subtree if t.i < compound.i and t.text not in HYPHENS]
        hyphen = compound.i > 0 and compound.doc[compound.i - 1].text in HYPHENS
        if hyphen and inner:
            pair = [finder.mentions.at(inner[-1]), finder.mentions.at(compound)]
            return [m for m in pair if m and m.named]
    return []


def _clause_participants(finder: ActorFinder, noun: Token) -> list[Mention]:
    """For a reciprocal noun in a phrase of its clause's verb ("were killed in a clash with
    Y", "took part in talks with Y"), the clause's actors."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.pos_ not in VERB_POS:
        return []
    verb = noun.head.head
    return subjects(finder, verb) or passive_subjects(finder, verb)
