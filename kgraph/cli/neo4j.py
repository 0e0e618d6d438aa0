"""``kgraph export neo4j|cypher|csv`` and ``kgraph query``: the graph in Neo4j, and questions to it.

The password comes from NEO4J_PASSWORD or a hidden prompt, never an option, so never in `ps`.
The library's named errors (`kgraph.neo4j.connection.Neo4jServerError` and the rest) reach
`kgraph.cli.boundary`, which prints each as its one line. The Neo4j driver (which imports
pandas when it is installed) and networkx are imported as a command runs, so that the other
commands do not pay for them.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .common import STDOUT, CommandError, Db, GraphOutput, Quiet, err, shown, target

if TYPE_CHECKING:
    import neo4j
    import networkx as nx

    from ..neo4j.bolt import ExportSummary
    from ..neo4j.connection import Settings
    from ..records import Document, Triple

__all__ = ["export_csv", "export_cypher", "export_neo4j", "query"]
Uri = Annotated[
    str, typer.Option(envvar="NEO4J_URI", help="Bolt URI: neo4j://, neo4j+s://, bolt://, ...")
]
Username = Annotated[str, typer.Option(envvar="NEO4J_USERNAME", help="Neo4j user.")]
Database = Annotated[str, typer.Option(envvar="NEO4J_DATABASE", help="Neo4j database name.")]


def _neo4j_password() -> str:
    """NEO4J_PASSWORD, else a prompt that does not echo at a terminal; never an option, so
    never in `ps`."""
    from ..neo4j.connection import neo4j_password

    def ask() -> str:
        return typer.prompt("Neo4j password", hide_input=True, err=True)

    return neo4j_password(ask if sys.stdin.isatty() else None)


def _setting_names(ctx: typer.Context) -> Settings:
    """Each connection setting as the user gave it: its option if on the command line."""
    from ..neo4j.connection import Settings

    # by name: typer's click is its own copy, whose ParameterSource is not click's
    given = {
        name: f"--{name}"
        for name in ("uri", "username", "database")
        if getattr(ctx.get_parameter_source(name), "name", "") == "COMMANDLINE"
    }
    return Settings(**given)


def _connect(ctx: typer.Context, uri: str, username: str, database: str) -> neo4j.Driver:
    """A driver logged in to ``uri`` that has ``database``, its messages naming the options."""
    from ..neo4j.connection import connect

    # The driver logs Neo4j's notices as warnings, one long line each: the analyst's queries
    # name every PLOVER type, and a type no article has is such a notice, not a problem.
    logging.getLogger("neo4j").setLevel(logging.ERROR)
    return connect(
        uri, username, _neo4j_password(), database=database, names=_setting_names(ctx)
    )


def _read(db: Path) -> tuple[nx.MultiDiGraph, list[Document], list[Triple]]:
    """The graph of ``db`` and the documents and triples its articles and events come from."""
    from ..graph import build_graph
    from ..store import open_store

    with open_store(db) as store:
        documents, triples = list(store.documents()), list(store.triples())
    return build_graph(triples), documents, triples


def _summary_line(summary: ExportSummary, *, pruned: bool = False) -> str:
    sent = ", ".join(f"{count} {kind}" for kind, count in summary.rows.items() if count)
    return (
        f"{summary.nodes_created} nodes and {summary.relationships_created} relationships "
        f"created, {summary.constraints_added} constraints and {summary.indexes_added} indexes "
        f"added (rows sent: {sent or 'none'})"
        + (f"; pruned: {summary.nodes_deleted} nodes and {summary.relationships_deleted} "
           "relationships deleted" if pruned else "")
    )


def export_neo4j(
    ctx: typer.Context,
    db: Db = Path("kgraph.db"),
    uri: Uri = "neo4j://localhost:7687",
    username: Username = "neo4j",
    database: Database = "neo4j",
    batch_size: Annotated[int, typer.Option(min=1, help="Rows per transaction.")] = 5000,
    prune: Annotated[
        bool,
        typer.Option(help="Then delete what Neo4j holds that the database no longer has "
                     "(articles forgotten, actors merged): Neo4j holds this graph alone."),
    ] = False,
    quiet: Quiet = False,
) -> None:
    """Write the graph to Neo4j 5 over Bolt; running it again changes nothing.

    The password comes from NEO4J_PASSWORD, else a hidden prompt. After kgraph forget,
    resolve or actors merge, --prune takes out of Neo4j what the database no longer has.

    Example: kgraph export neo4j --db kgraph.db --uri neo4j+s://xxxx.databases.neo4j.io
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from ..neo4j.bolt import write_neo4j

    graph, documents, triples = _read(db)
    progress = Progress(
        TextColumn("neo4j"),
        BarColumn(),
        MofNCompleteColumn(),
        console=err,
        disable=quiet,
        transient=True,
    )
    task = progress.add_task("rows", total=None)
    with _connect(ctx, uri, username, database) as driver, progress:
        summary = write_neo4j(
            graph,
            documents,
            triples,
            driver,
            database=database,
            batch_size=batch_size,
            progress=lambda done, total: progress.update(task, completed=done, total=total),
            prune=prune,
        )
    if not quiet:
        line = _summary_line(summary, pruned=prune)
        err.print(f"{database}: {line}", highlight=False, soft_wrap=True)


def export_cypher(
    db: Db = Path("kgraph.db"), output: GraphOutput = Path("graph.cypher")
) -> None:
    """Write the graph as a Cypher script for cypher-shell -f or Neo4j Browser.

    Example: kgraph export cypher --db kgraph.db -o graph.cypher
    """
    from ..neo4j.script import write_cypher

    count = write_cypher(*_read(db), target(output))
    run = "cypher-shell" if output == STDOUT else f"cypher-shell -f {shown(output)}"
    err.print(f"{shown(output)}: {count} statements; run: {run}", highlight=False)


def export_csv(
    db: Db = Path("kgraph.db"),
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Folder for the import files.")
    ] = Path("neo4j-import"),
    database: Annotated[str, typer.Option(help="Database the import command creates.")] = "neo4j",
) -> None:
    """Write neo4j-admin import files and print the command that imports them.

    Example: kgraph export csv --db kgraph.db -o neo4j-import
    """
    from ..neo4j.admin_csv import write_neo4j_csv

    files = write_neo4j_csv(*_read(db), output)
    typer.echo(files.command(database))
    err.print(
        f"{escape(str(output))}: {len(files.nodes)} node files, "
        f"{len(files.relationships)} relationship files; after the import run: "
        f"cypher-shell -d {escape(database)} -f {escape(str(files.schema))}",
        highlight=False,
        soft_wrap=True,
    )


def _parameters(pairs: list[str]) -> dict[str, object]:
    from ..neo4j.queries import parse_value

    parameters = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise CommandError(f"--param takes key=value, not {pair!r}")
        parameters[key] = parse_value(value)
    return parameters


def query(
    ctx: typer.Context,
    name: Annotated[
        str | None, typer.Argument(help="Query to run; leave out to list the queries.")
    ] = None,
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="A parameter as key=value.")
    ] = None,
    uri: Uri = "neo4j://localhost:7687",
    username: Username = "neo4j",
    database: Database = "neo4j",
) -> None:
    """Run one of the analyst's queries from cypher/ on Neo4j and print a table.

    Values are Cypher literals (25, 'text', null); anything else is taken as text.

    Example: kgraph query neighbourhood --param actor=sergei-lavrov
    """
    from ..neo4j.queries import display_value, list_queries, load_query, run_query

    out = Console()
    if name is None:
        table = Table("query", "parameters", "question", title="Queries")
        for item in list_queries():
            table.add_row(item.name, ", ".join(item.defaults), item.question)
        out.print(table)
        return
    chosen = load_query(name)
    parameters = chosen.parameters(_parameters(param or []))
    with _connect(ctx, uri, username, database) as driver:
        columns, rows = run_query(driver, chosen, parameters, database=database)
    table = Table(*columns, title=chosen.question)
    for row in rows:
        table.add_row(*(escape(display_value(value)) for value in row))
    out.print(table)
    err.print(f"{len(rows)} rows", highlight=False)
