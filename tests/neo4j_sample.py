"""A small hand-made corpus for the Neo4j tests: three articles, eleven triples, ten relations.

Modelled on the seed article (Lavrov in Pyongyang) and its follow-ups, with every kind of
relation the Cypher queries look for: repeated meetings, cooperation and conflict between
countries, a negated meeting, and an action that fits no PLOVER category.
"""

from __future__ import annotations

from kgraph.records import Action, Actor, Document, Triple

__all__ = ["DOCUMENTS", "LATER_DOCUMENT", "LATER_TRIPLES", "TRIPLES"]


def _actor(id_: str, name: str, type_: str, country: str | None, sector: str | None) -> Actor:
    return Actor(
        id=id_,
        name=name,
        text=name.split()[-1],
        type=type_,
        country=country,
        sector=sector,
    )


LAVROV = _actor("sergei-lavrov", "Sergei Lavrov", "PERSON", "RUS", "GOV")
KIM = _actor("kim-jong-un", "Kim Jong Un", "PERSON", "PRK", "GOV")
CHOE = _actor("choe-son-hui", "Choe Son Hui", "PERSON", "PRK", "GOV")
PUTIN = _actor("vladimir-putin", "Vladimir Putin", "PERSON", "RUS", "GOV")
BLINKEN = _actor("antony-blinken", "Antony Blinken", "PERSON", "USA", "GOV")
EASLEY = _actor("leif-eric-easley", "Leif-Eric Easley", "PERSON", None, "EDU")
RUSSIA = _actor("russia", "Russia", "COUNTRY", "RUS", "GOV")
NORTH_KOREA = _actor("north-korea", "North Korea", "COUNTRY", "PRK", "GOV")
USA = _actor("united-states", "United States", "COUNTRY", "USA", "GOV")
UKRAINE = _actor("ukraine", "Ukraine", "COUNTRY", "UKR", "GOV")

DOCUMENTS = [
    Document(
        id="seed",
        text="...",
        title="Russian foreign minister's talks with Kim Jong Un last about an hour",
        date="2023-10-19",
        source="Tass",
        url="https://example.com/seed?a=1&b='2'",
    ),
    Document(id="follow-up", text="...", title="Lavrov's second day", date="2023-10-20"),
    Document(id="summit", text="...", title='The "summit" in Vladivostok', date="2024-01-22"),
]

_MEET = Action("met", "meet", "CONSULT", "verbal_cooperation")


def _triple(
    doc: Document,
    index: int,
    sentence: str,
    subject: Actor,
    action: Action,
    object_: Actor,
) -> Triple:
    return Triple(
        doc.id,
        index,
        sentence,
        subject,
        action,
        object_,
        date=doc.date,
        source=doc.source,
        confidence=0.9,
    )


SEED, FOLLOW_UP, SUMMIT = DOCUMENTS
TRIPLES = [
    _triple(
        SEED,
        3,
        "On Thursday, Lavrov met Kim for talks that lasted about an hour.",
        LAVROV,
        _MEET,
        KIM,
    ),
    _triple(
        SEED,
        4,
        "Lavrov met his North Korean counterpart, Choe Son Hui.",
        LAVROV,
        _MEET,
        CHOE,
    ),
    _triple(
        SEED,
        6,
        "Lavrov invited Choe to visit Moscow \u201cat her convenience.\u201d",
        LAVROV,
        Action("invited", "invite", "CONSULT", "verbal_cooperation"),
        CHOE,
    ),
    _triple(
        SEED,
        2,
        "North Korea had transferred munitions to Russia.",
        NORTH_KOREA,
        Action("transferred", "transfer", "AID", "material_cooperation"),
        RUSSIA,
    ),
    _triple(
        SEED,
        2,
        "The US accused North Korea of arms transfers.",
        USA,
        Action("accused", "accuse", "ACCUSE", "verbal_conflict"),
        NORTH_KOREA,
    ),
    _triple(FOLLOW_UP, 0, "Lavrov met Kim again; the talks 'went well'.", LAVROV, _MEET, KIM),
    _triple(
        FOLLOW_UP,
        1,
        "The United States sanctioned Russia.",
        USA,
        Action("sanctioned", "sanction", "SANCTION", "material_conflict"),
        RUSSIA,
    ),
    _triple(SUMMIT, 0, "Kim met Putin in Vladivostok.", KIM, _MEET, PUTIN),
    _triple(
        SUMMIT,
        1,
        "Lavrov did not meet Blinken.",
        LAVROV,
        Action("meet", "meet", "CONSULT", "verbal_cooperation", negated=True),
        BLINKEN,
    ),
    _triple(
        SUMMIT,
        2,
        "Russia attacked Ukraine.",
        RUSSIA,
        Action("attacked", "attack", "ASSAULT", "material_conflict"),
        UKRAINE,
    ),
    _triple(
        SUMMIT,
        3,
        "Easley described Russia as isolated.",
        EASLEY,
        Action("described", "describe"),
        RUSSIA,
    ),
]

LATER_DOCUMENT = Document(id="later", text="...", title="Choe in Moscow", date="2024-02-01")
LATER_TRIPLES = [
    _triple(LATER_DOCUMENT, 0, "Choe met Lavrov in Moscow.", CHOE, _MEET, LAVROV),
    _triple(LATER_DOCUMENT, 1, "Lavrov met Kim once more.", LAVROV, _MEET, KIM),
]
