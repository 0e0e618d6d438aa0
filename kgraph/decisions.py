"""The analyst's decisions about actors, applied to the triples as they are read.

``kgraph actors merge|rename|split|set`` store a `Decision` in the database (`kgraph.curate`
makes them); the store applies every decision not undone, in the order they were made, to
each triple it reads (`apply_decisions`). The stored triples themselves stay as extraction
and resolution gave them, so a later build or ``kgraph resolve`` rewrites triples and the
decisions still hold: every export, ``show`` and ``actors`` see the decided actors.

- ``merge``: the actor's mentions become the other actor's (its id, name, type, country
  and sector as they were when the decision was made);
- ``rename``: the actor keeps its id and takes a new name;
- ``split``: the actor's mentions written as one alias become an actor of their own, named
  so, of no country or sector until a ``set`` gives them;
- ``set``: the actor's country or sector.

A relation that a merge turns into one of an actor with itself is left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from .names import fold
from .records import Actor, ActorType, Sector, Triple, as_code

__all__ = ["Decision", "apply_decisions"]

KINDS = ("merge", "rename", "split", "set")


@dataclass(frozen=True)
class Decision:
    """One decision: its ``kind``, the ``actor`` id it is about and that actor's ``name``
    then, and what it decided (``values``); ``id``, ``made`` and ``undone`` as stored.

    >>> kim = Actor("kim", "Kim", "Kim", ActorType.PERSON)
    >>> Decision("rename", "kim", "Kim", {"new_name": "Kim Tal"}).apply(kim).name
    'Kim Tal'
    """

    kind: str
    actor: str
    name: str
    values: dict[str, Any] = field(default_factory=dict)
    id: int = 0
    made: str = ""
    undone: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """What the store keeps of the decision beside its id and dates."""
        return {"kind": self.kind, "actor": self.actor, "name": self.name, **self.values}

    @classmethod
    def from_row(cls, id_: int, made: str, record: dict[str, Any], undone: str | None) -> Decision:
        """The decision of a stored row."""
        values = {k: v for k, v in record.items() if k not in ("kind", "actor", "name")}
        return cls(record["kind"], record["actor"], record["name"], values, id_, made, undone)

    def apply(self, actor: Actor) -> Actor:
        """The actor of one mention, as this decision makes it."""
        if actor.id != self.actor:
            return actor
        values = self.values
        if self.kind == "merge":
            return replace(
                actor, id=values["id"], name=values["into"],
                type=as_code(ActorType, values["type"]), country=values["country"],
                sector=as_code(Sector, values["sector"]),
            )
        if self.kind == "rename":
            return replace(actor, name=values["new_name"])
        if self.kind == "split":
            if fold(actor.text) != fold(values["alias"]):
                return actor
            return replace(actor, id=values["id"], name=values["alias"], country=None,
                           sector=None)
        return replace(
            actor,
            country=values.get("country", actor.country),
            sector=as_code(Sector, values.get("sector", actor.sector)),
        )

    def __str__(self) -> str:
        values = self.values
        said = {
            "merge": f"merge {self.name} ({self.actor}) into {values.get('into')} "
                     f"({values.get('id')})",
            "rename": f"rename {self.name} ({self.actor}) to {values.get('new_name')}",
            "split": f"split {values.get('alias')} from {self.name} ({self.actor}) "
                     f"as {values.get('id')}",
            "set": f"set {self.name} ({self.actor}): "
                   + ", ".join(f"{key} {value}" for key, value in sorted(values.items())),
        }
        return said.get(self.kind, self.kind)


def apply_decisions(triples: Iterable[Triple], decisions: list[Decision]) -> Iterator[Triple]:
    """The triples with every decision applied to their actors, in order; a triple a merge
    makes of one actor with itself is left out.

    >>> from kgraph.records import Action
    >>> kim, lee = (Actor(n.lower(), n, n, ActorType.PERSON) for n in ("Kim", "Lee"))
    >>> met = Triple("d", 0, "Kim met Lee.", kim, Action("met", "meet"), lee)
    >>> merge = Decision("merge", "kim", "Kim", {"id": "lee", "into": "Lee", "type": "PERSON",
    ...                                          "country": None, "sector": None})
    >>> list(apply_decisions([met], [merge]))
    []
    """
    if not decisions:
        yield from triples
        return
    for triple in triples:
        subject, obj = triple.subject, triple.object
        for decision in decisions:
            subject, obj = decision.apply(subject), decision.apply(obj)
        if subject.id != obj.id:
            yield replace(triple, subject=subject, object=obj)
