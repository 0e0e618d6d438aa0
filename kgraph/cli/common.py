"""What the commands share: the stderr console, the options many take, and how they report.

Results go to stdout or files; messages, warnings and progress go to stderr, so output pipes
cleanly.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import networkx as nx
import typer
from rich.console import Console
from rich.markup import escape

from ..errors import KGraphError

__all__ = ["CommandError", "Db", "Output", "Quiet", "err", "wrote"]

# messages are one line each, whatever the terminal width, so they grep and pipe cleanly
err = Console(stderr=True, soft_wrap=True, highlight=False)

Db = Annotated[Path, typer.Option("--db", help="The kgraph SQLite database.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")]
Output = Annotated[Path, typer.Option("--output", "-o", help="File to write.")]


class CommandError(KGraphError):
    """A command cannot do what it was asked; `kgraph.cli.boundary` prints the message."""


def wrote(output: Path, graph: nx.MultiDiGraph) -> None:
    """Say what an export wrote."""
    err.print(
        f"{escape(str(output))}: {graph.number_of_nodes()} actors, "
        f"{graph.number_of_edges()} relations"
    )
