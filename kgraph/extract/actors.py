"""Who a noun phrase refers to in its clause: a mention, a pronoun's antecedent, the owner
of a thing, the group a member stands for, the speaker of a reported clause.

One `ActorFinder` reads one document, in order: it remembers the last actors named, for the
pronouns that follow.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..lexicon import Lexicon
from ..names import PERSONAL_PRONOUNS as _PERSON_PRONOUNS
from ..records import Mention
from .actions import Reading, read_act
from .labels import (
    ANY_SUBJECT_DEPS,
    CLAUSE_COMPLEMENT_DEPS,
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    VERB_POS,
    clause_of,
    conjuncts,
    prep_object,
)
from .mentions import PRONOUNS, Mentions
from .phrases import dateline_end

__all__ = ["ActorFinder", "accused_of"]

_RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
_OWNER_PREPS = frozenset({"of", "by", "from"})
_FIRST_PERSON = frozenset({"i", "we"})
_LOYAL = frozenset({"loyal", "allied", "affiliated", "linked"})
_ANY = "ANY"
# possessive pronouns, and whom they may stand for: "their" people as well as groups
_OWNER_PRONOUNS = {"its": "OTHER", "their": _ANY, "his": "PERSON", "her": "PERSON"}
_PLURAL_PRONOUNS = frozenset({"they", "them"})
# the clauses a pronoun may be in to stand for the speaker of the clause it is the word of
_SPOKEN_CLAUSE_DEPS = CLAUSE_COMPLEMENT_DEPS | {"conj"}
_CONFLICT_QUADS = frozenset({"verbal_conflict", "material_conflict"})
# "accused X of attacking", "blamed X for supplying", "praised X for sending"
_CHARGE_PREPS = frozenset({"of", "for"})
# the charges and credits a speaker gives are the speaker's word: "Kyiv accused Moscow of ..."
_SPOKEN_CATEGORIES = frozenset({"ACCUSE", "SUPPORT", "REQUEST", "REJECT"})

_DATELINE_SUBJECT_DEPS = frozenset({"appos", "npadvmod", "nsubj"})


class ActorFinder:
    """The actors of one document's noun phrases, with its lexicon and its antecedents."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.mentions = Mentions(lexicon)
        self.previous: dict[str, Mention] = {}
        self._acts: dict[int, Reading] = {}

    def act(self, verb: Token) -> Reading:
        """The verb's act (`read_act`), read once: its targets and its statement need it.

        A verb that acts otherwise on a thing than on someone takes its category for things
        when its object names nobody: "received a delegation" consults, "received a notice"
        does not; "welcomed the decision" supports."""
        if verb.i not in self._acts:
            act = read_act(verb, self.lexicon.events)
            on_things = self.lexicon.events.thing_object_category(act.lemma)
            objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
            if on_things is not None and objects and not any(map(self.actor, objects)):
                act = act._replace(category=on_things or None)
            self._acts[verb.i] = act
        return self._acts[verb.i]

    def actors(self, token: Token) -> list[Mention]:
        """The actors a noun phrase names, its coordinated conjuncts included ("X and Y")."""
        leader = _loyal_to(token)
        if leader is not None:
            # forces loyal to someone act for them: "groups loyal to X and Y" are X's and Y's
            return self.actors(leader)
        found = []
        for conjunct in [token, *conjuncts(token)]:
            if conjunct is not token and any(c.dep_ == "case" for c in conjunct.children):
                # a possessor the parser took for a conjunct: "Sissi and Qatar's emir"
                continue
            mention = self.actor(conjunct)
            if mention and mention.head == conjunct.i:
                found += self.mentions.each_country(conjunct, mention)
            elif mention:
                found.append(mention)
        return found

    def actor(self, token: Token) -> Mention | None:
        """The actor of one noun: a mention, a resolved pronoun or the possessor of a thing."""
        if token.pos_ == "ADP":
            # a dative given as a preposition: "issued a reminder to Iraq"
            pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
            return self.actor(pobj) if pobj is not None else None
        if token.lower_ in PRONOUNS:
            # object pronouns mostly point back at things ("deployed them"): subjects only
            return self.pronoun(token) if token.dep_ in ANY_SUBJECT_DEPS else None
        if token.lower_ in _FIRST_PERSON:
            # in reported words, "we" and "I" are the speaker: "'We demand ...,' Jiang said"
            speaker = self.speaker(token.head)
            return replace(speaker, text=token.text, start=token.idx,
                           end=token.idx + len(token)) if speaker else None
        of_phrase = prep_object(token, "of")
        if of_phrase is not None and self.lexicon.agents.is_partitive(token.lemma_):
            # a part of a group acts as the group: "a group of Chechen refugees"
            return self.actor(of_phrase)
        from_phrase = prep_object(token, "from")
        group = self.mentions.at(from_phrase) if from_phrase is not None else None
        if group and group.named and group.type != "GPE" and self.lexicon.agents.role(
            token.lemma_
        ):
            # members of a named group act as the group: "fighters from the Unity Front"
            return group
        if token.lower_ in _RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
            # relative clause subject: "Macedonia, which is preparing an offensive"
            return self.actor(token.head.head)
        dash = dateline_end(token) if token.dep_ in ANY_SUBJECT_DEPS else None
        if dash is not None:
            # a dateline the parser took for the subject: the subject is in apposition to
            # it or hangs on the verb ("QUITO, Ecuador - The World Bank voiced")
            after = next((c for c in (*token.children, *token.head.children)
                          if c.dep_ in _DATELINE_SUBJECT_DEPS and c.i > dash), None)
            return self.actor(after) if after is not None else None
        mention = self.mentions.at(token)
        if mention:
            return self._owned(token, mention)
        for child in token.children:
            # a thing's possessor acts through it: "support Turkey's efforts"
            if child.dep_ == "poss":
                return self.actor(child)
        return None

    def _owned(self, token: Token, mention: Mention) -> Mention:
        """A nameless body owned by a pronoun is its owner's: "its fighters" are the group's,
        "his country" the speaker's state, "their minister" of the owner's country; in a
        coordination the pronoun is the first conjunct's ("regime forces and their allied
        militants", "France and its partners")."""
        owner_word = next((c for c in token.children if c.dep_ == "poss"), None)
        if mention.named or owner_word is None or owner_word.lower_ not in _OWNER_PRONOUNS:
            return mention
        sibling = token.head if token.dep_ == "conj" else None
        owner = (self.mentions.at(sibling) if sibling is not None else None) or self._antecedent(
            owner_word, clause_of(token), _OWNER_PRONOUNS[owner_word.lower_]
        )
        if owner is None:
            return mention
        refers = self.lexicon.agents.refers_to(mention.name.split()[-1])
        if refers == "state" and owner.country:
            name = self.lexicon.places.country_name(owner.country) or owner.country
            return replace(mention, type="GPE", name=name, country=owner.country, named=True)
        if mention.type == "GROUP" and owner.type != "GPE" and owner.named:
            # "its fighters struck", "their forces": the group acts
            return replace(owner, text=mention.text, start=mention.start, end=mention.end)
        return replace(mention, country=mention.country or owner.country)

    def _done_to(self, participle: Token) -> bool:
        """Whether a participle says what was done to its noun by another (an act of
        conflict), not who made it."""
        category = self.lexicon.events.verb_category(participle.lemma_)
        return self.lexicon.events.quad(category) in _CONFLICT_QUADS

    def remember(self, token: Token) -> None:
        """Take a subject as the antecedent of the pronouns that follow; not who reports a
        sentence after it ("..., reports NewsMaker"), whom its pronouns do not mean."""
        if _reports_after(token):
            return
        mention = self.actor(token) if token.dep_ in SUBJECT_DEPS else None
        if mention:
            self.previous[_kind(mention)] = self.previous[_ANY] = mention

    def pronoun(self, token: Token) -> Mention | None:
        """A pronoun's antecedent: the speaker of a reported clause, else the last actor."""
        antecedent = self._antecedent(token, token.head, _pronoun_kind(token.lower_))
        if antecedent is None:
            return None
        return replace(antecedent, text=token.text, start=token.idx, end=token.idx + len(token))

    def _antecedent(self, token: Token, verb: Token | None, wanted: str) -> Mention | None:
        # the speaker who spoke before the pronoun, whose word it is ("Washington said ...
        # Venezuela's government, which it accuses of ..."), not one who speaks after it
        # ("bombers killed 23 people when they blew themselves up, police said")
        speaker = self.speaker(verb) if verb is not None else None
        if speaker is not None and speaker.start > token.idx:
            speaker = self.speaker(verb, within=_SPOKEN_CLAUSE_DEPS)
        if speaker is not None and speaker.sector == "MED":
            # a news agency that reports is not whom its report's pronouns mean
            speaker = None
        antecedent = speaker or self.previous.get(wanted)
        if antecedent is None or (speaker and wanted != _ANY and _kind(speaker) != wanted):
            return None
        return antecedent

    def speaker(self, verb: Token, *, within: frozenset[str] | None = None) -> Mention | None:
        """Who said the clause ``verb`` heads: the subject of the verb of speech it is the
        complement of, or of the verb that charges or credits someone with it. ``within``
        names the clauses it may be inside of the complement (any, by default)."""
        if accused_of(verb) is not None:
            governor = clause_verb(verb.head.head)
            if self.lexicon.events.verb_category(governor.lemma_) in _SPOKEN_CATEGORIES:
                subject = next((c for c in governor.children if c.dep_ in SUBJECT_DEPS), None)
                return self.actor(subject) if subject is not None else None
        # every clause inside what was said is the speaker's word, relative clauses and
        # phrases too: "Washington said ... Venezuela's government, which it accuses of ..."
        while verb.dep_ != "ROOT" and (within is None or verb.dep_ in within):
            governor = verb.head
            if verb.dep_ == "ccomp" and governor.lemma_ in self.lexicon.events.speech_verbs:
                for child in governor.children:
                    if child.dep_ in SUBJECT_DEPS and child.lower_ not in PRONOUNS:
                        return self.mentions.at(child) or self.actor(child)
                return None
            verb = governor
        return None

    def targets(self, token: Token) -> list[Mention]:
        """The actors a target noun phrase names, or the owners of the thing it names."""
        return self.actors(token) or self.owners(token)

    def owners(self, thing: Token) -> list[Mention]:
        """Whose a thing is: a country or group modifying it ("Danish web sites", "Karen
        guerrilla stronghold"), the actor of its "of", "by" or "from" phrase ("calls by
        Belarus", "the withdrawal of Serbian forces") or who made it ("a rally staged by
        students")."""
        for child in thing.children:
            if child.dep_ == "acl" and not self._done_to(child):
                # made by someone: "the demonstration staged by students"; but a convoy
                # attacked by militants is not theirs
                child = next((c for c in child.children if c.dep_ == "agent"), child)
            if child.dep_ == "agent" or child.dep_ == "prep" and child.lower_ in _OWNER_PREPS:
                found = [a for pobj in child.children if pobj.dep_ == "pobj"
                         for a in self.targets(pobj)]
                if found:
                    return found
        owner_word = next((c for c in thing.children if c.dep_ == "poss"), None)
        if owner_word is not None and owner_word.lower_ in _OWNER_PRONOUNS:
            # "shelled its positions": whose the pronoun says
            owner = self.pronoun_owner(owner_word)
            return [owner] if owner else []
        return self.mentions.owners(thing)

    def pronoun_owner(self, owner_word: Token) -> Mention | None:
        """Whom a possessive pronoun ("its", "their") stands for."""
        return self._antecedent(owner_word, clause_of(owner_word.head),
                                _OWNER_PRONOUNS[owner_word.lower_])


def accused_of(verb: Token) -> Token | None:
    """Who a gerund of charge or credit is said of: "Kyiv" in "accused Kyiv of shelling",
    "accused government forces of attacking", "Moldova was accused of obstructing"."""
    if verb.dep_ != "pcomp" or verb.head.lower_ not in _CHARGE_PREPS:
        return None
    governor = verb.head.head
    if governor.pos_ in VERB_POS:
        charged = OBJECT_DEPS | PASSIVE_SUBJECT_DEPS
        return next((c for c in governor.children if c.dep_ in charged), None)
    # "accused government forces of attacking": the phrase hangs on the object itself
    return governor if governor.dep_ in OBJECT_DEPS else None


def _loyal_to(token: Token) -> Token | None:
    """Whom a body is loyal to: "X" in "troops loyal to X"."""
    for child in token.children:
        if child.dep_ in {"amod", "acl"} and child.lower_ in _LOYAL:
            return prep_object(child, "to")
    return None


def clause_verb(token: Token) -> Token:
    """The verb a token heads or, for an object, the verb it is the object of."""
    return token.head if token.dep_ in OBJECT_DEPS else token


def _reports_after(subject: Token) -> bool:
    """Whether a subject is of a verb of reporting that follows what it reports."""
    verb = subject.head
    return any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)


def _pronoun_kind(pronoun: str) -> str:
    """Whom a pronoun may stand for: "he" a person, "it" no person, "they" either."""
    if pronoun in _PLURAL_PRONOUNS:
        return _ANY
    return "PERSON" if pronoun in _PERSON_PRONOUNS else "OTHER"


def _kind(mention: Mention) -> str:
    return "PERSON" if mention.type == "PERSON" else "OTHER"
