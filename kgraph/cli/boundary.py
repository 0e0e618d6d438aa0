"""The one place where an error becomes a line on stderr and an exit code.

Every command runs inside `OneLineErrors`, the click group of the ``kgraph`` app. What a user
can cause or fix prints as one line and ends the command:

| raised | exit code |
| --- | --- |
| a bad option, argument or command (the usage errors of typer's click) | 2 |
| `kgraph.errors.KGraphError`, `OSError`, `sqlite3.Error`, a Neo4j driver error | 1 |
| Ctrl-C (`KeyboardInterrupt`; its message, if any, says what was kept) | 130 |

A closed pipe on stdout (``kgraph export json -o - | head``) ends the command quietly.

Anything else is a bug in kgraph, and keeps its traceback. The Neo4j driver's errors are
caught only when a command has loaded the driver: no other command can raise them, and
importing the driver would cost every command its start-up time.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Sequence
from typing import Any

import typer
from rich.markup import escape
from typer.core import TyperGroup

from ..errors import KGraphError
from .common import err

__all__ = ["OneLineErrors", "expected", "message"]

_NEO4J = "neo4j.exceptions"


def _neo4j_errors() -> tuple[type[Exception], ...]:
    """The Neo4j driver's base errors, if a command has imported the driver; else none."""
    exceptions = sys.modules.get(_NEO4J)
    return (exceptions.Neo4jError, exceptions.DriverError) if exceptions else ()


def expected() -> tuple[type[Exception], ...]:
    """The errors that are the user's to fix, not kgraph's."""
    return (KGraphError, OSError, sqlite3.Error, *_neo4j_errors())

_INTERRUPTED = 130  # as a shell reports a command that SIGINT ended


def message(error: BaseException) -> str:
    """The one line that says what went wrong, naming the file where there is one.

    >>> message(FileNotFoundError(2, "No such file or directory", "graph.json"))
    'graph.json: No such file or directory'
    >>> message(sqlite3.OperationalError("database is locked"))
    'the database: database is locked'
    """
    if isinstance(error, OSError) and error.filename is not None:
        return f"{error.filename}: {error.strerror or error}"
    if isinstance(error, sqlite3.Error):
        return f"the database: {error}"
    if isinstance(error, _neo4j_errors()):
        return f"Neo4j: {str(error).strip().splitlines()[0] if str(error).strip() else error!r}"
    return " ".join(str(error).split()) or type(error).__name__


def _say(kind: str, text: str) -> None:
    """Print ``kind: text``: an "error", or what was kept when a run was "interrupted"."""
    colour = "red" if kind == "error" else "yellow"
    err.print(f"[{colour}]{kind}:[/{colour}] {escape(text)}" if text else f"[{colour}]{kind}")


class OneLineErrors(TyperGroup):
    """A typer group that reports usage errors, named errors and Ctrl-C in one line each."""

    def invoke(self, ctx: typer.Context) -> Any:
        """Run the command, turning `expected` errors and Ctrl-C into one line."""
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            raise  # stdout's reader left (| head): typer exits quietly, as a pipe expects
        except KeyboardInterrupt as interrupt:
            _say("interrupted", str(interrupt))
            raise typer.Exit(_INTERRUPTED) from None
        except Exception as error:
            if not isinstance(error, expected()):
                raise
            _say("error", message(error))
            raise typer.Exit(1) from None

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        """Parse and run; a bad option or argument is one line naming the help to read.

        ``kgraph`` alone still shows the whole help, as typer lays it out.
        """
        argv = sys.argv[1:] if args is None else list(args)
        if not standalone_mode or not argv:
            return super().main(argv, prog_name, complete_var, standalone_mode, **extra)
        try:
            code = super().main(argv, prog_name, complete_var, False, **extra)
        except typer.TyperException as error:  # typer's click: usage errors
            context = getattr(error, "ctx", None)
            help_ = f"; see: {context.command_path} --help" if context else ""
            _say("error", f"{error.format_message().rstrip('.')}{help_}")
            sys.exit(error.exit_code)
        except typer.Abort:
            _say("error", "aborted")
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)
