"""The records that flow between kgraph's stages: documents in, triples out, and the fixed
sets of values they hold.

`Triple.to_dict()` is the JSONL record of DESIGN.md that other tools (the scorer in
``shared/eval``, the Neo4j exporter) read; `Triple.from_dict()` reads it back.

The fixed sets (`ActorType`, `Sector`, `Category`, `Quad`, `Modality`) are string Enums: a
member equals, hashes, prints and dumps to JSON as its value (``Category.CONSULT == "CONSULT"``),
so records that hold members and records that hold the plain strings compare equal, and
`Triple.from_dict` turns the values it knows into members. A value outside a set (from a newer
lexicon, or a test) is kept as the string it is: the sets name what kgraph itself writes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Any, TypeVar

from .datafiles import rows

__all__ = [
    "Action",
    "Actor",
    "ActorType",
    "Category",
    "Code",
    "Document",
    "Mention",
    "Modality",
    "Quad",
    "Reading",
    "Sector",
    "Statement",
    "Triple",
    "content_hash",
]


class Code(str, Enum):
    """A member of one of the fixed sets: as a string it is its value.

    >>> f"{Quad.VERBAL_COOPERATION}", str(Category.CONSULT), Category.CONSULT == "CONSULT"
    ('verbal_cooperation', 'CONSULT', True)
    """

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self.value), spec)


class ActorType(Code):
    """What kind of actor a mention names."""

    PERSON = "PERSON"
    ORG = "ORG"  # an organisation, named
    GPE = "GPE"  # a state, as the government that acts for it
    GROUP = "GROUP"  # a body of people named by its role: "protesters", "Russian troops"
    # no actor yet: an act told before ("rejected the threat"), which resolution replaces
    # by the one who did it
    EVENT = "EVENT"


def _codes(name: str, values: Iterable[str], doc: str) -> type[Code]:
    """A set of `Code` whose members are ``values`` in order, each named as it is in capitals."""
    codes = Code(name, [(value.upper(), value) for value in dict.fromkeys(values)])
    codes.__module__, codes.__doc__ = __name__, doc
    return codes


Sector = _codes(
    "Sector",
    (code for code, _ in rows("kgraph", "sectors.tsv")),
    "CAMEO's role codes, which kgraph calls sectors (``GOV``, ``MIL``, ``REB``, ...): who in a "
    "society an actor is. Their meanings are in ``kgraph/data/sectors.tsv``.",
)


class Quad(Code):
    """PLOVER's quad classes: each category is verbal or material cooperation or conflict."""

    VERBAL_COOPERATION = "verbal_cooperation"
    MATERIAL_COOPERATION = "material_cooperation"
    VERBAL_CONFLICT = "verbal_conflict"
    MATERIAL_CONFLICT = "material_conflict"


class Category(Code):
    """The 16 PLOVER event categories, grouped by quad class, in the lexicon's order."""

    AGREE, CONSULT, SUPPORT, CONCEDE = "AGREE", "CONSULT", "SUPPORT", "CONCEDE"
    COOPERATE, AID, RETREAT = "COOPERATE", "AID", "RETREAT"
    REQUEST, ACCUSE, REJECT, THREATEN = "REQUEST", "ACCUSE", "REJECT", "THREATEN"
    PROTEST, SANCTION, MOBILIZE = "PROTEST", "SANCTION", "MOBILIZE"
    COERCE, ASSAULT = "COERCE", "ASSAULT"


class Modality(Code):
    """How the sentence holds the action: done, or announced, possible, intended, ..."""

    ASSERTED = "asserted"  # "met"
    FUTURE = "future"  # "will attack", coded as an intent
    POSSIBLE = "possible"  # "could attack"
    INTENDED = "intended"  # "agreed to meet"
    PROPOSED = "proposed"
    THREATENED = "threatened"
    REFUSED = "refused"
    REQUESTED = "requested"


C = TypeVar("C", bound=Code)


def as_code(codes: type[C], value: str | None) -> C | str | None:
    """The member of ``codes`` whose value ``value`` is, else ``value`` as it is.

    >>> as_code(Sector, "GOV") is Sector.GOV, as_code(Sector, "XYZ"), as_code(Sector, None)
    (True, 'XYZ', None)
    """
    if value is None:
        return None
    try:
        return codes(value)
    except ValueError:
        return value


def content_hash(text: str) -> str:
    """Return the SHA-256 hex digest of ``text``, the key that makes ingestion idempotent.

    >>> content_hash("Lavrov met Kim.")[:12]
    '69d05ec643a1'
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Document:
    """One article: its text and what is known about where it came from.

    ``origin`` names the file and line it was read from, for error messages.
    """

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    origin: str | None = field(default=None, compare=False)

    @property
    def hash(self) -> str:
        """The content hash of title and text."""
        return content_hash(f"{self.title or ''}\n{self.text}")


@dataclass(frozen=True)
class Actor:
    """One mention of an actor, resolved to a canonical actor.

    ``text`` is the surface span as written, ``name`` the canonical name, ``id`` the slug that
    keys the graph node; ``start``/``end`` are character offsets into the document.
    """

    id: str
    name: str
    text: str
    type: ActorType
    country: str | None = None
    sector: Sector | None = None
    start: int = 0
    end: int = 0

    @classmethod
    def from_dict(cls, record: dict[str, Any]) -> Actor:
        """Read back the ``subject`` or ``object`` of a JSONL record, its codes as members."""
        return cls(
            **{
                **record,
                "type": as_code(ActorType, record["type"]),
                "sector": as_code(Sector, record.get("sector")),
            }
        )


@dataclass(frozen=True)
class Action:
    """The verb or event noun that links two actors, with its PLOVER category."""

    text: str
    lemma: str
    category: Category | None = None
    quad: Quad | None = None
    negated: bool = False
    modality: Modality = Modality.ASSERTED

    @classmethod
    def from_dict(cls, record: dict[str, Any]) -> Action:
        """Read back the ``action`` of a JSONL record, its codes as members."""
        return cls(
            **{
                **record,
                "category": as_code(Category, record.get("category")),
                "quad": as_code(Quad, record.get("quad")),
                "modality": as_code(Modality, record.get("modality", Modality.ASSERTED)),
            }
        )


@dataclass(frozen=True)
class Triple:
    """An actor-action-actor statement found in one sentence of one document."""

    doc_id: str
    sentence_index: int
    sentence: str
    subject: Actor
    action: Action
    object: Actor
    date: str | None = None
    source: str | None = None
    url: str | None = None
    attributed_to: str | None = None
    confidence: float = 0.5

    @property
    def id(self) -> str:
        """A stable id: the same statement in the same document always gets the same id."""
        key = "|".join(
            (
                self.doc_id,
                str(self.sentence_index),
                str(self.subject.start),
                self.subject.id,
                self.action.lemma,
                str(self.action.negated),
                str(self.object.start),
                self.object.id,
            )
        )
        return content_hash(key)[:16]

    def to_dict(self) -> dict[str, Any]:
        """The JSONL record of DESIGN.md, ``id`` first.

        As `dataclasses.asdict` gives it, without its deep copy of every value: the fields
        hold strings, numbers and the three records of flat fields.
        """
        return {
            "id": self.id,
            **vars(self),
            "subject": dict(vars(self.subject)),
            "action": dict(vars(self.action)),
            "object": dict(vars(self.object)),
        }

    @classmethod
    def from_dict(cls, record: dict[str, Any]) -> Triple:
        """Read back a record written by `to_dict`, the values of the fixed sets as members.

        A missing or unknown key raises `KeyError` or `TypeError`.

        >>> record = {"doc_id": "d", "sentence_index": 0, "sentence": "Lavrov met Kim.",
        ...           "subject": {"id": "a", "name": "A", "text": "A", "type": "PERSON"},
        ...           "action": {"text": "met", "lemma": "meet", "category": "CONSULT"},
        ...           "object": {"id": "b", "name": "B", "text": "B", "type": "PERSON"}}
        >>> Triple.from_dict(record).action.category is Category.CONSULT
        True
        """
        fields = {k: v for k, v in record.items() if k != "id"}
        return cls(
            **{
                **fields,
                "subject": Actor.from_dict(fields["subject"]),
                "action": Action.from_dict(fields["action"]),
                "object": Actor.from_dict(fields["object"]),
            }
        )


@dataclass(frozen=True)
class Mention:
    """What a noun phrase says about the actor it names, before resolution in the document.

    ``head``, ``start`` and ``end`` place it in the document (token index, character
    offsets); ``name`` is the name it gives ("Sergei Lavrov" for "Russian Foreign Minister
    Sergei Lavrov"), ``role`` the title it gives ("foreign minister"), ``named`` whether it
    names its actor rather than describing it ("the government"). A description may refer
    back to actors named before: ``definite`` says it does ("the group", not "a group"),
    ``count`` how many it names ("the two leaders", "both sides"), and ``described`` that
    words after it say more of it ("the mayor of Juarez", "forces that crossed the border").
    """

    head: int
    start: int
    end: int
    text: str
    name: str
    type: str
    country: str | None
    sector: str | None
    role: str | None
    named: bool
    definite: bool = False
    count: int = 1
    described: bool = False


@dataclass(frozen=True)
class Statement:
    """One subject-action-object reading of a clause, its mentions not yet resolved.

    ``direct`` says the object is the verb's own object, not reached through a preposition or
    a thing; ``attributed_to`` is who reported it.
    """

    sentence_index: int
    sentence: str
    subject: Mention
    action: Action
    object: Mention
    attributed_to: Mention | None = None
    direct: bool = False


@dataclass(frozen=True)
class Reading:
    """What extraction read in one document: its statements in document order, and what
    resolution needs beyond them: every named mention (the full name behind a later
    "Lavrov", the country an earlier mention stated) and placed nameless body (the "Ecuadorian
    government" behind "the government"), the names of people, and the country of
    each state or people the text names, in order (what the article is about)."""

    statements: tuple[Statement, ...]
    names: tuple[Mention, ...]
    person_names: tuple[str, ...]
    countries: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The reading as JSON-ready values, as the store keeps it for `kgraph resolve`."""
        return asdict(self)

    @classmethod
    def from_dict(cls, record: dict[str, Any]) -> Reading:
        """Read back a record written by `to_dict`.

        >>> import json
        >>> kim = Mention(0, 0, 3, "Kim", "Kim", "PERSON", None, None, None, True)
        >>> met = Statement(0, "Kim met Lee.", kim, Action("met", "meet", "CONSULT"), kim)
        >>> reading = Reading((met,), (kim,), ("Kim",), ("PRK",))
        >>> Reading.from_dict(json.loads(json.dumps(reading.to_dict()))) == reading
        True
        """
        return cls(
            statements=tuple(_statement(s) for s in record["statements"]),
            names=tuple(Mention(**m) for m in record["names"]),
            person_names=tuple(record["person_names"]),
            countries=tuple(record.get("countries", ())),
        )


def _statement(record: dict[str, Any]) -> Statement:
    reporter = record.get("attributed_to")
    return Statement(
        **{
            **record,
            "subject": Mention(**record["subject"]),
            "action": Action.from_dict(record["action"]),
            "object": Mention(**record["object"]),
            "attributed_to": Mention(**reporter) if reporter else None,
        }
    )
