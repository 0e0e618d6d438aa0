"""``kgraph actors merge|rename|split|set|history|undo``: the analyst's corrections.

Each stores a decision in the database (`kgraph.curate`), which every export, ``show`` and
``actors`` then apply, and which later builds and ``kgraph resolve`` leave in force.
``kgraph actors`` alone lists the top actors (`kgraph.cli.explore.actors`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .common import Db, err
from .explore import actors as top_actors

if TYPE_CHECKING:
    from ..decisions import Decision

__all__ = ["actors_app"]

actors_app = typer.Typer(
    help="List the actors, or correct who is who.", invoke_without_command=True
)
actors_app.callback()(top_actors)

Name = Annotated[str, typer.Argument(help="The actor: a name, part of it, an alias or an id.")]


def _decide(how: str, db: Path, *names: str, **values: str | None) -> None:
    """Make a decision with `kgraph.curate`'s function ``how``, and say what was stored."""
    from .. import curate

    decision: Decision = getattr(curate, how)(db, *names, **values)
    err.print(f"decision {decision.id}: {escape(str(decision))}; undo it with: "
              f"kgraph actors undo {decision.id}")


@actors_app.command()
def merge(
    name: Name,
    into: Annotated[str, typer.Argument(help="The actor it is: its mentions become this one's.")],
    db: Db = Path("kgraph.db"),
) -> None:
    """Merge an actor into another: two names of one actor.

    Example: kgraph actors merge "Kim" "Kim Jong Un" --db kgraph.db
    """
    _decide("merge", db, name, into)


@actors_app.command()
def rename(
    name: Name,
    new_name: Annotated[str, typer.Argument(help="The name to give it (its id stays).")],
    db: Db = Path("kgraph.db"),
) -> None:
    """Give an actor another name.

    Example: kgraph actors rename "Volkov" "Andrei V. Volkov" --db kgraph.db
    """
    _decide("rename", db, name, new_name)


@actors_app.command()
def split(
    name: Name,
    alias: Annotated[str, typer.Option(help="The alias whose mentions become their own actor.")],
    db: Db = Path("kgraph.db"),
) -> None:
    """Undo a wrong merge: the mentions under one alias become an actor of their own.

    Example: kgraph actors split "Kim Jong Un" --alias Kim --db kgraph.db
    """
    _decide("split", db, name, alias)


@actors_app.command("set")
def set_(
    name: Name,
    country: Annotated[str | None, typer.Option(help="A code (PRK) or a name.")] = None,
    sector: Annotated[str | None, typer.Option(help="GOV, MIL, REB, ...")] = None,
    db: Db = Path("kgraph.db"),
) -> None:
    """Set an actor's country or sector.

    Example: kgraph actors set "Ri Chol-su" --country PRK --sector GOV --db kgraph.db
    """
    _decide("set_actor", db, name, country=country, sector=sector)


@actors_app.command()
def history(db: Db = Path("kgraph.db")) -> None:
    """List the decisions made, with the numbers kgraph actors undo takes.

    Example: kgraph actors history --db kgraph.db
    """
    from ..curate import history as decisions

    table = Table("#", "made (UTC)", "decision", "undone", title="Decisions, in the order made")
    for decision in decisions(db):
        table.add_row(str(decision.id), _minute(decision.made), escape(str(decision)),
                      _minute(decision.undone))
    Console().print(table)


def _minute(moment: str | None) -> str:
    """"2026-12-02 17:10" of an ISO time, for a table."""
    return moment.replace("T", " ")[:16] if moment else ""


@actors_app.command()
def undo(
    number: Annotated[int, typer.Argument(help="The decision's number in kgraph actors history.")],
    db: Db = Path("kgraph.db"),
) -> None:
    """Undo a decision.

    Example: kgraph actors undo 3 --db kgraph.db
    """
    from ..curate import undo as undo_decision

    decision = undo_decision(db, number)
    err.print(f"undone: decision {decision.id}: {escape(str(decision))}")
