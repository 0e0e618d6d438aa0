"""The ``kgraph`` command: a thin typer layer over the library, one module per group of verbs.

| verbs | module |
| --- | --- |
| ``extract``, ``build`` | `kgraph.cli.ingest` |
| ``resolve``, ``articles``, ``forget`` | `kgraph.cli.curate` |
| ``actors merge``, ``rename``, ``split``, ``set``, ``history``, ``undo`` | `kgraph.cli.actors` |
| ``export graphml``, ``export gexf``, ``export json``, ``view`` | `kgraph.cli.export` |
| ``stats``, ``actors``, ``show`` | `kgraph.cli.explore` |
| ``export neo4j``, ``export cypher``, ``export csv``, ``query`` | `kgraph.cli.neo4j` |

Each command parses its options, calls the library and reports; `kgraph.cli.common` holds
what they share, and `kgraph.cli.boundary` turns every error into one line and an exit code.
Results go to stdout or files; messages, warnings and progress go to stderr.

The command modules import spaCy, networkx, the Neo4j driver and the lexicon inside the
commands that use them, so that ``kgraph --help`` starts at once and ``kgraph stats`` loads
only the graph (tests/test_startup.py).
"""

from __future__ import annotations

from typing import Annotated

import typer

from .. import __version__
from . import curate, explore, export, ingest, neo4j
from .actors import actors_app
from .boundary import OneLineErrors

__all__ = ["app"]

app = typer.Typer(
    cls=OneLineErrors,
    help="Turn news articles into a knowledge graph of who did what to whom.",
    no_args_is_help=True,
    add_completion=False,
)
export_app = typer.Typer(help="Write the graph in a format for Gephi or other tools.")
app.add_typer(export_app, name="export")
app.add_typer(actors_app, name="actors")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kgraph {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show version.")
    ] = False,
) -> None:
    """kgraph: news articles in, a graph of geopolitical relations out."""


for command in (
    ingest.extract,
    ingest.build,
    curate.resolve,
    curate.articles,
    curate.forget,
    explore.stats,
    explore.show,
    export.view,
    neo4j.query,
):
    app.command()(command)
for name, command in {
    "graphml": export.export_graphml,
    "gexf": export.export_gexf,
    "json": export.export_json,
    "neo4j": neo4j.export_neo4j,
    "cypher": neo4j.export_cypher,
    "csv": neo4j.export_csv,
}.items():
    export_app.command(name)(command)
