"""``kgraph stats``, ``kgraph actors`` and ``kgraph show``: answers at the terminal, as tables.

The tables lay out the records of `kgraph.explore` and hold no logic of their own; with the
other ``kgraph.cli`` modules, this is where rich is imported. Text from articles is escaped,
so a "[...]" in a name or sentence prints as is. The graph (networkx) is imported as a
command runs, not with the CLI.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console, Group, RenderableType
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from ..records import Quad
from .common import Db

if TYPE_CHECKING:
    from ..explore import ActorRow, Profile, Relation

__all__ = ["actors", "show", "stats"]

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


def stats(
    db: Db = Path("kgraph.db"),
    top: Annotated[int, typer.Option(min=0, help="How many top actors to list.")] = 10,
) -> None:
    """Print what the database holds: articles, triples, actors, relations, categories.

    Example: kgraph stats --db kgraph.db
    """
    from ..explore import stats as database_stats

    held = database_stats(db, top)
    out = Console()
    out.print(
        f"{held.articles} articles, {held.triples} triples, "
        f"{held.actors} actors, {held.relations} relations",
        highlight=False,
    )
    if held.first_seen:
        out.print(f"reported from {held.first_seen} to {held.last_seen}", highlight=False)
    out.print(categories_table(held.categories))
    out.print(actors_table(held.top, f"Top {top} actors by degree"))


def actors(
    context: typer.Context,
    db: Db = Path("kgraph.db"),
    top: Annotated[int, typer.Option(min=1, help="How many actors to list.")] = 20,
    country: Annotated[
        str | None, typer.Option(help="Only this country: a code (PRK) or a name (North Korea).")
    ] = None,
    sector: Annotated[str | None, typer.Option(help="Only this sector: GOV, MIL, REB, ...")] = None,
) -> None:
    """List the actors with the most relations, with the ids that kgraph show takes; or
    correct who is who with the commands below (kgraph actors merge --help).

    Example: kgraph actors --db kgraph.db --top 20 --country PRK
    """
    if context.invoked_subcommand is not None:
        return  # a correction: its command runs next
    from ..explore import top_actors

    ranking = top_actors(db, top, country=country, sector=sector)
    title = f"Top {len(ranking.rows)} {ranking.kind} by degree"
    Console().print(actors_table(ranking.rows, title))


def show(
    name: Annotated[str, typer.Argument(help="The actor: a name, part of it, an alias or an id.")],
    db: Db = Path("kgraph.db"),
    evidence: Annotated[int, typer.Option(min=0, help="How many evidence sentences to print.")] = 5,
) -> None:
    """Show one actor: aliases, country, sector, relations in and out, evidence sentences.

    The name is matched forgivingly: "kim jong un", "Kim" and "kim-jong-un" all find Kim Jong Un.

    Example: kgraph show "Kim Jong Un" --db kgraph.db
    """
    from ..explore import actor_profile

    Console().print(profile_view(actor_profile(db, name), evidence))
