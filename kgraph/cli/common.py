"""What the commands share: the stderr console, the options many take, and how they report.

Results go to stdout or files; messages, warnings and progress go to stderr, so output pipes
cleanly.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer
from rich.console import Console
from rich.markup import escape

from ..errors import KGraphError

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "STDOUT",
    "CommandError",
    "Db",
    "GraphOutput",
    "Output",
    "Quiet",
    "err",
    "shown",
    "target",
    "wrote",
]

# messages are one line each, whatever the terminal width, so they grep and pipe cleanly
err = Console(stderr=True, soft_wrap=True, highlight=False)

Db = Annotated[Path, typer.Option("--db", help="The kgraph SQLite database.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")]
Output = Annotated[Path, typer.Option("--output", "-o", help="File to write.")]
GraphOutput = Annotated[
    Path, typer.Option("--output", "-o", help="File to write, or - for stdout.")
]
STDOUT = Path("-")


class CommandError(KGraphError):
    """A command cannot do what it was asked; `kgraph.cli.boundary` prints the message."""


def target(output: Path) -> Path | TextIO:
    """Where ``-o`` writes: the file, or stdout for ``-o -``."""
    return sys.stdout if output == STDOUT else output


def shown(output: Path) -> str:
    """How a message names ``-o``: as given, or ``stdout``."""
    return "stdout" if output == STDOUT else escape(str(output))


def wrote(output: Path, graph: nx.MultiDiGraph) -> None:
    """Say what an export wrote."""
    err.print(
        f"{shown(output)}: {graph.number_of_nodes()} actors, {graph.number_of_edges()} relations"
    )
