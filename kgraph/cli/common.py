"""What the commands share: the stderr console, the options many take, and how they report.

Results go to stdout or files; messages, warnings and progress go to stderr, so output pipes
cleanly.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import networkx as nx
import typer
from rich.console import Console
from rich.markup import escape

from ..errors import KGraphError
from ..store import Store

__all__ = [
    "Db",
    "Output",
    "Quiet",
    "err",
    "fail",
    "one_line_errors",
    "open_store",
    "wrote",
]

# messages are one line each, whatever the terminal width, so they grep and pipe cleanly
err = Console(stderr=True, soft_wrap=True, highlight=False)

Db = Annotated[Path, typer.Option("--db", help="The kgraph SQLite database.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")]
Output = Annotated[Path, typer.Option("--output", "-o", help="File to write.")]


def fail(message: str) -> typer.Exit:
    """Print ``message`` as the one error line; the exit to raise."""
    err.print(f"[red]error:[/red] {escape(message)}")
    return typer.Exit(code=1)


@contextmanager
def one_line_errors() -> Iterator[None]:
    """Turn the library's named errors into one line on stderr and exit code 1."""
    try:
        yield
    except KGraphError as error:
        raise fail(str(error)) from None


def open_store(db: Path) -> Store:
    """The database ``db``, which must exist."""
    if not db.exists():
        raise fail(f"{db}: no such database; create it with: kgraph build ARTICLES --db {db}")
    return Store(db)


def wrote(output: Path, graph: nx.MultiDiGraph) -> None:
    """Say what an export wrote."""
    err.print(
        f"{escape(str(output))}: {graph.number_of_nodes()} actors, "
        f"{graph.number_of_edges()} relations"
    )
