"""The ``kgraph`` command: a thin typer layer over the library.

Results go to stdout or files; messages, warnings and progress go to stderr, so output pipes
cleanly. Every bad input is one line naming the file (and line) and the run goes on.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import __version__
from .errors import KGraphError, ReadError
from .export.graphml import write_graphml
from .export.json import write_json
from .graph import build_graph
from .io import read_documents
from .nlp import load_pipeline
from .pipeline import build as build_store
from .pipeline import extract_documents
from .store import Store

app = typer.Typer(
    help="Turn news articles into a knowledge graph of who did what to whom.",
    no_args_is_help=True,
    add_completion=False,
)
export_app = typer.Typer(help="Write the graph in a format for Gephi or other tools.")
app.add_typer(export_app, name="export")

# messages are one line each, whatever the terminal width, so they grep and pipe cleanly
err = Console(stderr=True, soft_wrap=True, highlight=False)

Inputs = Annotated[
    list[str],
    typer.Argument(help="Article files (.txt .md .jsonl .csv .tsv), directories, or - for stdin."),
]
Db = Annotated[Path, typer.Option("--db", help="The kgraph SQLite database.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")]
Strict = Annotated[bool, typer.Option(help="Stop at the first unreadable input.")]
TextColumn_ = Annotated[str, typer.Option(help="The JSONL/CSV field that holds the text.")]
BatchSize = Annotated[int, typer.Option(min=1, help="Documents per spaCy batch.")]
Model = Annotated[
    str | None, typer.Option(help="spaCy pipeline to load (default: en_core_web_sm or mirror).")
]


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


def _fail(message: str) -> typer.Exit:
    err.print(f"[red]error:[/red] {escape(message)}")
    return typer.Exit(code=1)


class _Run:
    """Progress and bad-input reporting shared by the commands that read articles."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.skipped: list[ReadError] = []
        self.progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err,
            disable=quiet,
            transient=True,
        )
        self.task = self.progress.add_task("articles", total=None)

    def skip(self, error: ReadError) -> None:
        self.skipped.append(error)
        err.print(f"[yellow]skipped:[/yellow] {escape(str(error))}")

    def advance(self, *_: object) -> None:
        self.progress.advance(self.task)

    @contextmanager
    def running(self) -> Iterator[_Run]:
        with self.progress:
            yield self


def _nlp(model: str | None):  # type: ignore[no-untyped-def]
    try:
        return load_pipeline(model)
    except KGraphError as error:
        raise _fail(str(error)) from None


@app.command()
def extract(
    inputs: Inputs,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="JSONL file to write (default: stdout).")
    ] = None,
    text_column: TextColumn_ = "text",
    batch_size: BatchSize = 32,
    model: Model = None,
    strict: Strict = False,
    quiet: Quiet = False,
) -> None:
    """Extract actor-action-actor triples and write them as JSONL, one triple a line.

    Example: kgraph extract examples/ -o triples.jsonl
    """
    nlp = _nlp(model)
    run = _Run(quiet)
    documents = read_documents(
        inputs, on_error=run.skip, text_column=text_column, strict=strict
    )
    handle = output.open("w", encoding="utf-8") if output else sys.stdout
    count = articles = 0
    try:
        with run.running():
            for _, triples in extract_documents(
                documents, nlp, batch_size=batch_size, on_error=run.skip
            ):
                articles += 1
                for triple in triples:
                    handle.write(json.dumps(triple.to_dict(), ensure_ascii=False) + "\n")
                    count += 1
                run.advance()
    except ReadError as error:
        raise _fail(str(error)) from None
    finally:
        if output:
            handle.close()
    _finish(run, articles, f"{count} triples from {articles} articles")


def _finish(run: _Run, articles: int, summary: str) -> None:
    if not run.quiet:
        skipped = f", {len(run.skipped)} inputs skipped" if run.skipped else ""
        err.print(f"{summary}{skipped}")
    if articles == 0 and run.skipped:
        raise _fail("no article could be read")


@app.command()
def build(
    inputs: Inputs,
    db: Db = Path("kgraph.db"),
    text_column: TextColumn_ = "text",
    batch_size: BatchSize = 32,
    model: Model = None,
    strict: Strict = False,
    quiet: Quiet = False,
) -> None:
    """Extract triples from articles into the database; articles stored already are skipped.

    Example: kgraph build examples/ --db kgraph.db
    """
    nlp = _nlp(model)
    run = _Run(quiet)
    documents = read_documents(
        inputs, on_error=run.skip, text_column=text_column, strict=strict
    )
    try:
        with Store(db) as store, run.running():
            summary = build_store(
                documents,
                store,
                nlp,
                batch_size=batch_size,
                on_error=run.skip,
                on_document=run.advance,
            )
    except ReadError as error:
        raise _fail(str(error)) from None
    _finish(
        run,
        summary.added + summary.unchanged,
        f"{summary.added} articles added ({summary.triples} triples), "
        f"{summary.unchanged} already stored",
    )


def _open_store(db: Path) -> Store:
    if not db.exists():
        raise _fail(f"{db}: no such database; create it with: kgraph build ARTICLES --db {db}")
    return Store(db)


Output = Annotated[Path, typer.Option("--output", "-o", help="File to write.")]


@export_app.command("graphml")
def export_graphml(db: Db = Path("kgraph.db"), output: Output = Path("graph.graphml")) -> None:
    """Write the graph as GraphML that Gephi opens (lists joined, numeric weight).

    Example: kgraph export graphml --db kgraph.db -o graph.graphml
    """
    with _open_store(db) as store:
        graph = build_graph(store.triples())
    write_graphml(graph, output)
    err.print(f"{output}: {graph.number_of_nodes()} actors, {graph.number_of_edges()} relations")


@export_app.command("json")
def export_json(db: Db = Path("kgraph.db"), output: Output = Path("graph.json")) -> None:
    """Write the graph as node-link JSON (networkx.node_link_graph reads it back).

    Example: kgraph export json --db kgraph.db -o graph.json
    """
    with _open_store(db) as store:
        graph = build_graph(store.triples())
    write_json(graph, output)
    err.print(f"{output}: {graph.number_of_nodes()} actors, {graph.number_of_edges()} relations")


@app.command()
def stats(
    db: Db = Path("kgraph.db"),
    top: Annotated[int, typer.Option(min=0, help="How many top actors to list.")] = 10,
) -> None:
    """Print what the database holds: articles, triples, actors, relations, categories.

    Example: kgraph stats --db kgraph.db
    """
    with _open_store(db) as store:
        counts = store.counts()
        graph = build_graph(store.triples())
    out = Console()
    out.print(
        f"{counts['documents']} articles, {counts['triples']} triples, "
        f"{graph.number_of_nodes()} actors, {graph.number_of_edges()} relations",
        highlight=False,
    )
    categories: dict[str, int] = {}
    for _, _, data in graph.edges(data=True):
        name = data["category"] or "(none)"
        categories[name] = categories.get(name, 0) + data["weight"]
    table = Table("category", "triples", title="Relations by PLOVER category")
    for name, weight in sorted(categories.items(), key=lambda kv: -kv[1]):
        table.add_row(name, str(weight))
    out.print(table)
    actors = Table("actor", "country", "sector", "degree", title=f"Top {top} actors by degree")
    ranked = sorted(graph.degree(weight="weight"), key=lambda nd: (-nd[1], nd[0]))[:top]
    for node, degree in ranked:
        data = graph.nodes[node]
        actors.add_row(data["name"], data["country"] or "", data["sector"] or "", str(degree))
    out.print(actors)
