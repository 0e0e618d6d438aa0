"""The CLI's rich tables for the records of `kgraph.summary`: layout only, no logic.

Part of the command line, not the library: it is the one module besides ``cli.py`` that
imports rich. Text from articles is escaped, so a "[...]" in a name or sentence prints as is.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Group, RenderableType
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from .records import Quad
from .summary import ActorRow, Profile, Relation

__all__ = ["actors_table", "categories_table", "profile_view"]

# the colours of the quad classes, as in kgraph view
_QUAD_STYLES = {
    Quad.VERBAL_COOPERATION: "green",
    Quad.MATERIAL_COOPERATION: "bold green",
    Quad.VERBAL_CONFLICT: "dark_orange",
    Quad.MATERIAL_CONFLICT: "bold red",
}


def _dates(first: str | None, last: str | None) -> str:
    if not first:
        return ""
    return first if first == last else f"{first} – {last}"


def actors_table(rows: Iterable[ActorRow], title: str) -> Table:
    """Actors with their id (what ``kgraph show`` takes), country, sector, degree, last date."""
    table = Table("actor", title=title)
    table.add_column("id", no_wrap=True)  # one line, whole, so that it can be copied
    for heading in ("country", "sector", "degree", "last seen"):
        table.add_column(heading)
    for row in rows:
        table.add_row(
            escape(row.name),
            escape(row.id),
            row.country or "",
            row.sector or "",
            str(row.degree),
            row.last_seen or "",
        )
    return table


def categories_table(counts: Iterable[tuple[str | None, int]]) -> Table:
    """Supporting triples per PLOVER category."""
    title = "Relations by PLOVER category"
    table = Table("category", "triples", title=title, min_width=len(title))
    for category, count in counts:
        table.add_row(category or "(none)", str(count))
    return table


def _relations_table(relations: tuple[Relation, ...], title: str, other: str) -> Table:
    table = Table("action", other, "times", "seen", title=title)
    for relation in relations:
        table.add_row(
            Text(relation.action, style=_QUAD_STYLES.get(relation.quad or "", "")),
            escape(relation.other_name),
            str(relation.weight),
            _dates(relation.first_seen, relation.last_seen),
        )
    return table


def profile_view(profile: Profile, evidence: int) -> RenderableType:
    """One actor: who it is, its relations out and in, and ``evidence`` sentences."""
    actor = profile.actor
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold")
    facts.add_column()
    for label, value in (
        ("id", actor.id),
        ("type", profile.type),
        ("country", actor.country or ""),
        ("sector", actor.sector or ""),
        ("also called", ", ".join(profile.aliases)),
        ("mentions", str(profile.mentions)),
        ("seen", _dates(actor.first_seen, actor.last_seen)),
    ):
        facts.add_row(label, escape(value))
    parts: list[RenderableType] = [Text(actor.name, style="bold underline"), facts]
    if profile.outgoing:
        title = f"{actor.name} did ({len(profile.outgoing)} relations)"
        parts.append(_relations_table(profile.outgoing, escape(title), "to"))
    if profile.incoming:
        title = f"done to {actor.name} ({len(profile.incoming)} relations)"
        parts.append(_relations_table(profile.incoming, escape(title), "by"))
    sentences = profile.evidence(evidence)
    if sentences:
        parts.append(Text("Evidence", style="bold"))
        for relation, sentence in sentences:
            arrow = "→" if relation.direction == "out" else "←"
            line = Text(f"{relation.action} {arrow} {relation.other_name}: ", style="dim")
            line.append(sentence, style="default")
            parts.append(line)
    return Group(*parts)
