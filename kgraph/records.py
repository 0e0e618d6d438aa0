"""The records that flow between kgraph's stages: documents in, triples out.

`Triple.to_dict()` is the JSONL record of DESIGN.md that other tools (the scorer in
``shared/eval``, the Neo4j exporter) read; `Triple.from_dict()` reads it back.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any


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
    type: str
    country: str | None = None
    sector: str | None = None
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Action:
    """The verb or event noun that links two actors, with its PLOVER category."""

    text: str
    lemma: str
    category: str | None = None
    quad: str | None = None
    negated: bool = False
    modality: str = "asserted"


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
        """The JSONL record of DESIGN.md, ``id`` first."""
        return {"id": self.id, **asdict(self)}

    @classmethod
    def from_dict(cls, record: dict[str, Any]) -> Triple:
        """Read back a record written by `to_dict`.

        A missing or unknown key raises `KeyError` or `TypeError`.
        """
        fields = {k: v for k, v in record.items() if k != "id"}
        return cls(
            **{
                **fields,
                "subject": Actor(**fields["subject"]),
                "action": Action(**fields["action"]),
                "object": Actor(**fields["object"]),
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
    "Lavrov", the country an earlier mention stated), the names of people, and the country of
    each state or people the text names, in order (what the article is about)."""

    statements: tuple[Statement, ...]
    names: tuple[Mention, ...]
    person_names: tuple[str, ...]
    countries: tuple[str, ...] = ()
