"""The sentence driver: every construction rule applied to one sentence, in token order.

Verbs are read as clauses (`subjects`, `targets`, `speech`, `reciprocal`), nouns as events
(`nouns`); clauses that state no event (conditions, obligations, what another is asked to do)
are left out here.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..lexicon.events import Events
from ..records import Action, Statement
from .actions import is_condition, read_action
from .actors import ActorFinder
from .findings import Finding, findings
from .labels import CLAUSE_COMPLEMENT_DEPS, OBJECT_DEPS, SUBJECT_DEPS, VERB_POS, infinitive
from .nouns import event_noun
from .reciprocal import each_other, partners
from .speech import OBLIGATION_AUX, obligations
from .subjects import INHERITING_DEPS, subjects
from .targets import objects

__all__ = ["statements"]


def statements(finder: ActorFinder, sent: Span, index: int) -> Iterator[Statement]:
    """The statements of one sentence, verbs and event nouns in token order.

    ``finder`` reads the whole document, sentence after sentence: it carries the antecedents
    of pronouns from one to the next.
    """
    text = sent.text.strip()
    events = finder.lexicon.events
    for token in sent:
        found: Iterator[Finding] = iter(())
        if token.pos_ in VERB_POS:
            found = verb_clause(finder, token)
        elif token.pos_ == "NOUN" and not _read_by_its_verb(token, events):
            found = event_noun(finder, token)
        for subject, reading, obj, speaker, direct in found:
            action = Action(
                text=reading.text,
                lemma=reading.lemma,
                category=reading.category,
                quad=events.quad(reading.category),
                negated=reading.negated,
                modality=reading.modality,
            )
            yield Statement(index, text, subject, action, obj, speaker, direct)
        if token.dep_ in SUBJECT_DEPS:
            finder.remember(token)


def verb_clause(finder: ActorFinder, verb: Token) -> Iterator[Finding]:
    """Clauses headed by a verb; a verb of speech yields its complement's statements only."""
    events = finder.lexicon.events
    if verb.lemma_ in events.speech_verbs:
        yield from obligations(finder, verb)
        return
    if verb.lemma_.lower() in events.stative_verbs or unrealised(finder, verb):
        # a state is no act: "the alliance includes Armenia", "the talks remain stalled"
        return
    governs_infinitive = any(c.dep_ == "xcomp" for c in verb.children)
    targets, direct = objects(finder, verb)
    if governs_infinitive and not targets and events.control(verb.lemma_):
        # the infinitive carries the act: "agreed to undertake exercises with Britain"
        return
    actors = subjects(finder, verb)
    if not targets:
        targets = each_other(finder, verb, actors)
    speaker = finder.speaker(verb)
    reading = read_action(verb, events, act=finder.act(verb), reported=speaker is not None)
    yield from findings(actors, reading, targets, speaker, direct)
    if reading.modality == "asserted":
        # a partner acts on the actor too: "met with", "clashed with", "traded fire with";
        # but what one offered or refused to do with another is one's own
        yield from findings(partners(finder, verb), reading, actors, speaker)


def _read_by_its_verb(noun: Token, events: Events) -> bool:
    """Whether a noun is the event of the verb it is the object of: "held talks", "threatened
    sanctions" (the verb's statement says it), not "condemned the invasion of Ukraine"."""
    verb = noun.head
    return noun.dep_ in OBJECT_DEPS and (
        verb.lemma_.lower() in events.light_verbs or events.control(verb.lemma_) is not None
    )


def unrealised(finder: ActorFinder, verb: Token) -> bool:
    """Whether the clause is a condition, an obligation ("China must drop"), what another
    is asked to do or what is denied, not an event."""
    if any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in verb.children):
        return True
    events = finder.lexicon.events
    if _invited(verb, events):
        return True
    while verb.dep_ in INHERITING_DEPS or verb.dep_ in CLAUSE_COMPLEMENT_DEPS:
        governor = verb.head
        if is_condition(verb):
            return True
        if verb.dep_ == "ccomp" and events.verb_category(governor.lemma_) == "REQUEST":
            return True
        if governor.lemma_.lower() in events.denial_verbs:
            # "Moscow denies targeting civilians"
            return True
        verb = governor
    return False


def _invited(verb: Token, events: Events) -> bool:
    """Whether an infinitive says what a request asks: "an invitation for Biden to visit"."""
    return (
        verb.head.pos_ == "NOUN"
        and infinitive(verb)
        and events.noun_category(verb.head.lemma_) == "REQUEST"
    )
