"""The PLOVER event lexicon: which category and quad class an action falls in.

The lexicon is data (``data/*.tsv``): verbs and phrasal verbs, event nouns, the light verbs
whose object noun carries the event ("held talks", "imposed sanctions"), the nouns whose
compound names the event ("a mediation effort"), the verbs of speech
whose complement is a reported statement, the verbs whose coordinated subjects act on each
other ("X and Y discussed"), the verbs that govern an intended act ("agreed to", "threatened
to", "refused to"), and the category table that gives each category its quad class and the
category an announced intent to do it takes ("will attack" threatens, "agreed to meet" agrees).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cache, cached_property

from ..datafiles import rows
from .dictionaries import UserDictionaries
from .tables import verbs as generated_verbs
from .verb_patterns import Clause, VerbPatterns

__all__ = ["CATEGORIES", "Events", "load_events"]


@dataclass(frozen=True)
class Events:
    """Lookup tables from verb and noun lemmas to PLOVER categories."""

    verbs: dict[str, str]
    nouns: dict[str, str]
    noun_of_roles: dict[str, str]
    reciprocal_nouns: frozenset[str]
    light_verbs: frozenset[str]
    announcing_verbs: frozenset[str]
    response_verbs: frozenset[str]
    frame_nouns: frozenset[str]
    event_partitives: frozenset[str]
    aiming_verbs: frozenset[str]
    reference_nouns: frozenset[str]
    denial_verbs: frozenset[str]
    quads: dict[str, str]
    intents: dict[str, str]
    speech_verbs: frozenset[str]
    stative_verbs: frozenset[str]
    thing_objects: dict[str, str]
    reciprocal_verbs: frozenset[str]
    control_verbs: dict[str, tuple[str | None, str]]
    patterns: VerbPatterns = field(default_factory=VerbPatterns, compare=False)
    user: UserDictionaries | None = field(default=None, compare=False)

    def verb_category(self, lemma: str) -> str | None:
        """The category of a verb lemma (``"meet"``) or phrasal verb (``"call off"``):
        kgraph's own table's, else CAMEO's through PLOVER's table.

        >>> load_events().verb_category("meet"), load_events().verb_category("abduct")
        ('CONSULT', 'ASSAULT')
        """
        lemma = lemma.lower()
        if self.user is not None and lemma in self.user.verbs:
            return self.user.verbs[lemma]
        if lemma in self.verbs:
            return self.verbs[lemma]
        if " " in lemma and lemma.split()[0] in self.verbs:
            # a verb kgraph decides is not read otherwise with a preposition CAMEO adds: "ask
            # for" asks, though CAMEO lists it as an invitation too
            return None
        return self._cameo_verbs.get(lemma)

    def own(self, lemma: str) -> bool:
        """Whether kgraph's own table, or the user's, decides the verb: its category wins over
        CAMEO's patterns and verbs, which kgraph's was reviewed against."""
        lemma = lemma.lower()
        return lemma in self.verbs or (self.user is not None and lemma in self.user.verbs)

    @cached_property
    def _cameo_verbs(self) -> dict[str, str]:
        """Each CAMEO verb to its category: that of its own block, else the commonest among
        the blocks that list it."""
        table = {}
        for lemma, entries in generated_verbs().items():
            reviewed = [(self.patterns.reviewed.get(e.code or "", e.category), e.block)
                        for e in entries]
            own = [category for category, block in reviewed if category and block == lemma]
            found = own or [category for category, _ in reviewed if category]
            if found:
                table[lemma] = Counter(found).most_common(1)[0][0]
        return table

    def pattern_category(
        self, lemmas: tuple[str, ...], clause: Clause, *, cameo: bool = True
    ) -> tuple[str | None] | None:
        """The category the most specific pattern gives the clause of the first of
        ``lemmas`` that has one that fits (`VerbPatterns.match`), or None: kgraph's own
        patterns for any verb, CAMEO's (with ``cameo``) for a verb kgraph's own table does
        not decide."""
        cameo = cameo and not any(self.own(lemma) for lemma in lemmas)
        for lemma in lemmas:
            found = self.patterns.match(lemma, clause, cameo=cameo)
            if found is not None:
                return found
        return None

    def noun_category(self, lemma: str) -> str | None:
        """The category of an event noun (``"talks"``, ``"sanctions"``)."""
        return self.nouns.get(lemma.lower())

    def referred_categories(self, lemma: str) -> frozenset[str] | None:
        """The categories of the acts a definite event noun can refer back to: its own
        ("the threat"), any ("the decision"), or None if it refers to no act."""
        lemma = lemma.lower()
        if lemma in self.reference_nouns:
            return frozenset(self.quads)
        category = self.noun_category(lemma)
        return frozenset({category}) if category else None

    def thing_object_category(self, lemma: str) -> str | None:
        """The category of a verb whose object is a thing, not an actor, where it differs
        from the verb's: ``""`` for no event ("received a notice"), else the category
        ("welcomed the decision" is SUPPORT); None where the verb acts alike on both."""
        return self.thing_objects.get(lemma.lower())

    def announces(self, lemma: str) -> bool:
        """Whether a verb makes its subject the actor of the event it has as object:
        "announced the expulsion", "ordered an offensive" (a verb of speech or decision)."""
        lemma = lemma.lower()
        return lemma in self.announcing_verbs or lemma in self.speech_verbs

    def of_role(self, lemma: str) -> str | None:
        """What an event noun's "of" phrase names: ``"target"`` ("the invasion of Ukraine"),
        ``"actor"`` ("the withdrawal of troops"), or None where it names neither."""
        return self.noun_of_roles.get(lemma.lower())

    def reciprocal_noun(self, lemma: str) -> bool:
        """Whether an event noun's participants act on each other ("talks", "clashes")."""
        return lemma.lower() in self.reciprocal_nouns

    def quad(self, category: str | None) -> str | None:
        """The quad class of a category: verbal/material cooperation/conflict."""
        return self.quads.get(category) if category else None

    def intent(self, category: str | None) -> str | None:
        """The category an announced intent to act takes: AGREE for cooperation, else THREATEN."""
        return self.intents.get(category) if category else None

    def control(self, lemma: str) -> tuple[str | None, str] | None:
        """For a verb governing an infinitive ("threatened to strike"): its category, or None
        where the infinitive's intent decides, and the modality it gives."""
        return self.control_verbs.get(lemma.lower())


@cache
def load_events() -> Events:
    """Load the bundled event lexicon (once per process).

    >>> events = load_events()
    >>> events.verb_category("meet"), events.quad("CONSULT")
    ('CONSULT', 'verbal_cooperation')
    """
    categories = rows(__package__, "categories.tsv")
    nouns = rows(__package__, "nouns.tsv")
    return Events(
        verbs={lemma: category for lemma, category in rows(__package__, "verbs.tsv")},
        nouns={lemma: category for lemma, category, _ in nouns},
        noun_of_roles={lemma: role for lemma, _, role in nouns if role != "-"},
        reciprocal_nouns=frozenset(row[0] for row in rows(__package__, "reciprocal_nouns.txt")),
        light_verbs=frozenset(row[0] for row in rows(__package__, "light_verbs.txt")),
        announcing_verbs=frozenset(row[0] for row in rows(__package__, "announcing_verbs.txt")),
        response_verbs=frozenset(row[0] for row in rows(__package__, "response_verbs.txt")),
        frame_nouns=frozenset(row[0] for row in rows(__package__, "frame_nouns.txt")),
        event_partitives=frozenset(
            row[0] for row in rows(__package__, "event_partitives.txt")
        ),
        aiming_verbs=frozenset(row[0] for row in rows(__package__, "aiming_verbs.txt")),
        reference_nouns=frozenset(
            row[0] for row in rows(__package__, "event_references.txt")
        ),
        denial_verbs=frozenset(row[0] for row in rows(__package__, "denial_verbs.txt")),
        quads={category: quad for category, quad, _ in categories},
        intents={category: intent for category, _, intent in categories},
        speech_verbs=frozenset(row[0] for row in rows(__package__, "speech_verbs.txt")),
        stative_verbs=frozenset(row[0] for row in rows(__package__, "stative_verbs.txt")),
        thing_objects={
            lemma: "" if category == "-" else category
            for lemma, category in rows(__package__, "thing_objects.tsv")
        },
        reciprocal_verbs=frozenset(row[0] for row in rows(__package__, "reciprocal_verbs.txt")),
        control_verbs={
            lemma: (None if category == "-" else category, modality)
            for lemma, category, modality in rows(__package__, "intent_verbs.tsv")
        },
    )


CATEGORIES: tuple[str, ...] = tuple(row[0] for row in rows(__package__, "categories.tsv"))
