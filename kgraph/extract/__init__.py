"""Statements from parsed documents: who did what to whom, as the parse says it.

Extraction reads one spaCy ``Doc`` with the clause rules and gives a `Reading`: its
statements, with mentions not yet resolved to actors (that is `kgraph.resolve`'s job), and
the document's named mentions.

>>> from kgraph.nlp import load_pipeline
>>> reading = read(load_pipeline()("Sergei Lavrov arrived. Lavrov met Kim Jong Un."))
>>> [(s.subject.text, s.action.lemma, s.object.text) for s in reading.statements]
[('Lavrov', 'meet', 'Kim Jong Un')]
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..lexicon import Lexicon, load_lexicon
from ..names import without_full_stop
from ..records import Mention, Reading
from .actors import ActorFinder
from .statements import statements

__all__ = ["read"]

_PERSON_ENTS = frozenset({"PERSON"})
# the entities that name a state, its people or its bodies ("the Cameroon army")
_STATE_ENTS = frozenset({"GPE", "NORP", "ORG", "LOC"})
# "npadvmod": the small model's label for a name after a quote with no verb: '"...," ministry
# spokesperson Jiang Bin.'
_NOMINAL_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "ROOT", "npadvmod"}
)
# a role with a name in apposition is named too: "Peru's president, Ana Torres"
_NAMED_POS = frozenset({"PROPN", "NOUN"})


def read(doc: Doc, lexicon: Lexicon | None = None) -> Reading:
    """The statements of one parsed document in document order, and its named mentions."""
    lexicon = lexicon or load_lexicon()
    finder = ActorFinder(lexicon)
    user = lexicon.events.user
    found = tuple(
        statement
        for index, sent in enumerate(doc.sents)
        if user is None or not user.discards(sent.text)
        for statement in statements(finder, sent, index)
    )
    if user is not None and user.discards(doc.text, story=True):
        # a story its user's discard list marks as no news to code: sports, weather
        found = ()
    return Reading(
        statements=found,
        names=tuple(_named_mentions(doc, finder)),
        person_names=tuple(
            without_full_stop(e.text) for e in doc.ents if e.label_ in _PERSON_ENTS
        ),
        countries=tuple(
            country
            for e in doc.ents
            if e.label_ in _STATE_ENTS
            for country in lexicon.places.countries_in([t.text for t in e])[:1]
        ),
    )


def _named_mentions(doc: Doc, finder: ActorFinder) -> list[Mention]:
    """Every named actor of the document, for what its other mentions leave unsaid: the
    country of "Volkov" comes from "Russian Foreign Minister Andrei Volkov" earlier; and
    every nameless body the document places, for the name of its other mentions: "the
    government" of a story from Quito is the "Ecuadorian government" it names."""
    return [
        mention
        for token in doc
        if token.pos_ in _NAMED_POS and token.dep_ in _NOMINAL_DEPS
        for mention in [finder.mentions.at(token)]
        if mention and (mention.named or _placed_body(mention))
    ]


def _placed_body(mention: Mention) -> bool:
    return mention.type == "GROUP" and bool(mention.role) and mention.country is not None
