"""The ``kgraph`` command: a thin typer layer over the library.

Results go to stdout or files; messages, warnings and progress go to stderr, so output pipes
cleanly. Every bad input is one line naming the file (and line) and the run goes on.
"""

from __future__ import annotations

import json
import logging
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, TextIO

import networkx as nx
import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import __version__
from .cli_tables import actors_table, categories_table, profile_view
from .errors import KGraphError, ReadError
from .export import atomic_output
from .export.gexf import write_gexf
from .export.graphml import write_graphml
from .export.html import MAX_ACTORS, write_html
from .export.json import write_json
from .graph import build_graph
from .io import read_documents
from .lookup import country_code, find_actor
from .neo4j.admin_csv import write_neo4j_csv
from .neo4j.bolt import ExportSummary, write_neo4j
from .neo4j.connection import Settings, connect, neo4j_password
from .neo4j.queries import display_value, list_queries, load_query, parse_value, run_query
from .neo4j.script import write_cypher
from .nlp import load_pipeline
from .pipeline import build as build_store
from .pipeline import extract_documents
from .records import Document
from .store import Store
from .summary import category_counts, date_range, profile, rank_actors

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
    typer.Argument(
        help="Article files (.txt .md .html .jsonl .csv .tsv), directories, or - for stdin."
    ),
]
Db = Annotated[Path, typer.Option("--db", help="The kgraph SQLite database.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")]
Strict = Annotated[bool, typer.Option(help="Stop at the first unreadable input.")]
TextColumn_ = Annotated[str, typer.Option(help="The JSONL/CSV field that holds the text.")]
IdColumn = Annotated[str, typer.Option(help="The JSONL/CSV field that holds the article id.")]
DateColumn = Annotated[
    str, typer.Option(help="The JSONL/CSV field that holds the date (else the dateline's).")
]
BatchSize = Annotated[int, typer.Option(min=1, help="Documents per spaCy batch.")]
Workers = Annotated[
    int, typer.Option(min=1, help="Processes that parse articles in parallel (spaCy n_process).")
]
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
    # The driver logs Neo4j's notices as warnings, one long line each: the analyst's queries
    # name every PLOVER type, and a type no article has is such a notice, not a problem.
    logging.getLogger("neo4j").setLevel(logging.ERROR)


def _fail(message: str) -> typer.Exit:
    err.print(f"[red]error:[/red] {escape(message)}")
    return typer.Exit(code=1)


@contextmanager
def _one_line_errors() -> Iterator[None]:
    """Turn the library's named errors into one line on stderr and exit code 1."""
    try:
        yield
    except KGraphError as error:
        raise _fail(str(error)) from None


class _Run:
    """Progress and bad-input reporting shared by the commands that read articles.

    Skipped inputs are printed as they come and counted by kind, never kept: a run over a
    million broken lines holds a few counters.
    """

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.skipped: Counter[str] = Counter()
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

    def read(
        self, inputs: list[Path], text_column: str, id_column: str, date_column: str, strict: bool
    ) -> Iterator[Document]:
        """The articles of ``inputs``, each bad input reported and counted here."""
        return read_documents(
            inputs,
            on_error=self.skip,
            text_column=text_column,
            id_column=id_column,
            date_column=date_column,
            strict=strict,
        )

    def skip(self, error: ReadError) -> None:
        self.skipped[error.kind] += 1
        err.print(f"[yellow]skipped:[/yellow] {escape(str(error))}")

    def skipped_summary(self) -> str:
        """", 3 inputs skipped (2 malformed, 1 binary)", or "" when nothing was skipped."""
        if not self.skipped:
            return ""
        kinds = ", ".join(f"{count} {kind}" for kind, count in self.skipped.most_common())
        return f", {self.skipped.total()} inputs skipped ({kinds})"

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


@contextmanager
def _output(path: Path | None) -> Iterator[TextIO]:
    """The ``-o`` file, put in place only when the command succeeds; stdout without one."""
    if path is None:
        yield sys.stdout
        return
    with atomic_output(path, "w") as handle:
        yield handle


@app.command()
def extract(
    inputs: Inputs,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="JSONL file to write (default: stdout).")
    ] = None,
    text_column: TextColumn_ = "text",
    id_column: IdColumn = "id",
    date_column: DateColumn = "date",
    batch_size: BatchSize = 32,
    workers: Workers = 1,
    model: Model = None,
    strict: Strict = False,
    quiet: Quiet = False,
) -> None:
    """Extract actor-action-actor triples and write them as JSONL, one triple a line.

    Example: kgraph extract examples/ -o triples.jsonl --workers 2
    """
    run = _Run(quiet)
    documents = run.read(inputs, text_column, id_column, date_column, strict)
    count = articles = 0
    with _one_line_errors(), _output(output) as handle:
        nlp = _nlp(model)
        with run.running():
            for _, triples in extract_documents(
                documents,
                nlp,
                batch_size=batch_size,
                n_process=workers,
                on_error=None if strict else run.skip,
            ):
                articles += 1
                for triple in triples:
                    handle.write(json.dumps(triple.to_dict(), ensure_ascii=False) + "\n")
                    count += 1
                run.advance()
    _finish(run, articles, f"{count} triples from {articles} articles")


def _finish(run: _Run, articles: int, summary: str) -> None:
    if not run.quiet:
        err.print(f"{summary}{run.skipped_summary()}")
    if articles == 0 and run.skipped:
        raise _fail("no article could be read")


@app.command()
def build(
    inputs: Inputs,
    db: Db = Path("kgraph.db"),
    text_column: TextColumn_ = "text",
    id_column: IdColumn = "id",
    date_column: DateColumn = "date",
    batch_size: BatchSize = 32,
    workers: Workers = 1,
    model: Model = None,
    strict: Strict = False,
    quiet: Quiet = False,
) -> None:
    """Extract triples from articles into the database; articles stored already are skipped.

    A build stopped at any point (Ctrl-C, a crash, kill -9) and run again parses only what the
    database lacks. A second build on the same database stops with an error at once.

    Example: kgraph build examples/ --db kgraph.db --workers 2
    """
    nlp = _nlp(model)
    run = _Run(quiet)
    documents = run.read(inputs, text_column, id_column, date_column, strict)
    with _one_line_errors(), Store(db) as store, run.running():
        summary = build_store(
            documents,
            store,
            nlp,
            batch_size=batch_size,
            n_process=workers,
            on_error=None if strict else run.skip,
            on_document=run.advance,
        )
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
    _export_graph(db, output, write_graphml)


@export_app.command("gexf")
def export_gexf(db: Db = Path("kgraph.db"), output: Output = Path("graph.gexf")) -> None:
    """Write the graph as dynamic GEXF: in Gephi, the timeline replays relations as reported.

    Example: kgraph export gexf --db kgraph.db -o graph.gexf
    """
    with _open_store(db) as store:
        triples = list(store.triples())
    graph = build_graph(triples)
    with _one_line_errors():
        write_gexf(graph, triples, output)
    _wrote(output, graph)


@export_app.command("json")
def export_json(db: Db = Path("kgraph.db"), output: Output = Path("graph.json")) -> None:
    """Write the graph as node-link JSON (networkx.node_link_graph reads it back).

    Example: kgraph export json --db kgraph.db -o graph.json
    """
    _export_graph(db, output, write_json)


def _export_graph(
    db: Path, output: Path, write: Callable[[nx.MultiDiGraph, Path], None]
) -> None:
    with _open_store(db) as store:
        graph = build_graph(store.triples())
    with _one_line_errors():
        write(graph, output)
    _wrote(output, graph)


def _wrote(output: Path, graph: nx.MultiDiGraph) -> None:
    err.print(
        f"{escape(str(output))}: {graph.number_of_nodes()} actors, "
        f"{graph.number_of_edges()} relations"
    )


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
    first, last = date_range(graph)
    if first:
        out.print(f"reported from {first} to {last}", highlight=False)
    out.print(categories_table(category_counts(graph)))
    out.print(actors_table(rank_actors(graph, top), f"Top {top} actors by degree"))


@app.command()
def actors(
    db: Db = Path("kgraph.db"),
    top: Annotated[int, typer.Option(min=1, help="How many actors to list.")] = 20,
    country: Annotated[
        str | None, typer.Option(help="Only this country: a code (PRK) or a name (North Korea).")
    ] = None,
    sector: Annotated[str | None, typer.Option(help="Only this sector: GOV, MIL, REB, ...")] = None,
) -> None:
    """List the actors with the most relations, with the ids that kgraph show takes.

    Example: kgraph actors --db kgraph.db --top 20 --country PRK
    """
    try:
        code = country_code(country) if country else None
    except KGraphError as error:
        raise _fail(str(error)) from None
    with _open_store(db) as store:
        graph = build_graph(store.triples())
    sector = sector.upper() if sector else None
    rows = rank_actors(graph, top, country=code, sector=sector)
    kind = " ".join(filter(None, (code, sector, "actors")))
    if not rows and graph.number_of_nodes():
        raise _fail(f"no {kind} in {db}; list them all with: kgraph actors --db {db}")
    if not rows:
        raise _fail(f"no actors in {db}; add articles with: kgraph build ARTICLES --db {db}")
    Console().print(actors_table(rows, f"Top {len(rows)} {kind} by degree"))


@app.command()
def show(
    name: Annotated[str, typer.Argument(help="The actor: a name, part of it, an alias or an id.")],
    db: Db = Path("kgraph.db"),
    evidence: Annotated[int, typer.Option(min=0, help="How many evidence sentences to print.")] = 5,
) -> None:
    """Show one actor: aliases, country, sector, relations in and out, evidence sentences.

    The name is matched forgivingly: "kim jong un", "Kim" and "kim-jong-un" all find Kim Jong Un.

    Example: kgraph show "Kim Jong Un" --db kgraph.db
    """
    with _open_store(db) as store:
        graph = build_graph(store.triples())
    try:
        node = find_actor(graph, name)
    except KGraphError as error:
        raise _fail(str(error)) from None
    Console().print(profile_view(profile(graph, node), evidence))


@app.command()
def view(
    db: Db = Path("kgraph.db"),
    output: Output = Path("graph.html"),
    title: Annotated[str, typer.Option(help="The page's title.")] = "kgraph",
    max_actors: Annotated[
        int, typer.Option(min=1, help="Show only this many actors, those with most relations.")
    ] = MAX_ACTORS,
) -> None:
    """Write the graph as one HTML page that opens offline: hover for evidence, filter by date.

    Example: kgraph view --db kgraph.db -o graph.html
    """
    with _open_store(db) as store:
        triples = list(store.triples())
    with _one_line_errors():
        shown = write_html(
            build_graph(triples), triples, output, title=title, max_actors=max_actors
        )
    of_all = f" (of {shown['total']})" if shown["shown"] < shown["total"] else ""
    err.print(
        f"{escape(str(output))}: {shown['shown']} actors{of_all}, {len(shown['edges'])} relations;"
        " open it in a browser",
        highlight=False,
    )


# --- Neo4j -----------------------------------------------------------------------------------

Uri = Annotated[
    str, typer.Option(envvar="NEO4J_URI", help="Bolt URI: neo4j://, neo4j+s://, bolt://, ...")
]
Username = Annotated[str, typer.Option(envvar="NEO4J_USERNAME", help="Neo4j user.")]
Database = Annotated[str, typer.Option(envvar="NEO4J_DATABASE", help="Neo4j database name.")]


def _neo4j_password() -> str:
    """NEO4J_PASSWORD, else a prompt that does not echo at a terminal; never an option, so
    never in `ps`."""

    def ask() -> str:
        return typer.prompt("Neo4j password", hide_input=True, err=True)

    return neo4j_password(ask if sys.stdin.isatty() else None)


def _setting_names(ctx: typer.Context) -> Settings:
    """Each connection setting as the user gave it: its option if on the command line."""
    # by name: typer's click is its own copy, whose ParameterSource is not click's
    given = {
        name: f"--{name}"
        for name in ("uri", "username", "database")
        if getattr(ctx.get_parameter_source(name), "name", "") == "COMMANDLINE"
    }
    return Settings(**given)


def _summary_line(summary: ExportSummary) -> str:
    sent = ", ".join(f"{count} {kind}" for kind, count in summary.rows.items() if count)
    return (
        f"{summary.nodes_created} nodes and {summary.relationships_created} relationships "
        f"created, {summary.constraints_added} constraints and {summary.indexes_added} indexes "
        f"added (rows sent: {sent or 'none'})"
    )


@export_app.command("neo4j")
def export_neo4j(
    ctx: typer.Context,
    db: Db = Path("kgraph.db"),
    uri: Uri = "neo4j://localhost:7687",
    username: Username = "neo4j",
    database: Database = "neo4j",
    batch_size: Annotated[int, typer.Option(min=1, help="Rows per transaction.")] = 5000,
    quiet: Quiet = False,
) -> None:
    """Write the graph to Neo4j 5 over Bolt; running it again changes nothing.

    The password comes from NEO4J_PASSWORD, else a hidden prompt.

    Example: kgraph export neo4j --db kgraph.db --uri neo4j+s://xxxx.databases.neo4j.io
    """
    with _open_store(db) as store:
        documents, triples = list(store.documents()), list(store.triples())
    graph = build_graph(triples)
    progress = Progress(
        TextColumn("neo4j"),
        BarColumn(),
        MofNCompleteColumn(),
        console=err,
        disable=quiet,
        transient=True,
    )
    task = progress.add_task("rows", total=None)
    try:
        with connect(
            uri, username, _neo4j_password(), database=database, names=_setting_names(ctx)
        ) as driver, progress:
            summary = write_neo4j(
                graph,
                documents,
                triples,
                driver,
                database=database,
                batch_size=batch_size,
                progress=lambda done, total: progress.update(task, completed=done, total=total),
            )
    except KGraphError as error:
        raise _fail(str(error)) from None
    if not quiet:
        err.print(f"{database}: {_summary_line(summary)}", highlight=False, soft_wrap=True)


@export_app.command("cypher")
def export_cypher(db: Db = Path("kgraph.db"), output: Output = Path("graph.cypher")) -> None:
    """Write the graph as a Cypher script for cypher-shell -f or Neo4j Browser.

    Example: kgraph export cypher --db kgraph.db -o graph.cypher
    """
    with _open_store(db) as store:
        documents, triples = list(store.documents()), list(store.triples())
    with _one_line_errors():
        count = write_cypher(build_graph(triples), documents, triples, output)
    path = escape(str(output))
    err.print(f"{path}: {count} statements; run: cypher-shell -f {path}", highlight=False)


@export_app.command("csv")
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
    with _open_store(db) as store:
        documents, triples = list(store.documents()), list(store.triples())
    with _one_line_errors():
        files = write_neo4j_csv(build_graph(triples), documents, triples, output)
    typer.echo(files.command(database))
    err.print(
        f"{escape(str(output))}: {len(files.nodes)} node files, "
        f"{len(files.relationships)} relationship files; after the import run: "
        f"cypher-shell -d {escape(database)} -f {escape(str(files.schema))}",
        highlight=False,
        soft_wrap=True,
    )


def _parameters(pairs: list[str]) -> dict[str, object]:
    parameters = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise _fail(f"--param takes key=value, not {pair!r}")
        parameters[key] = parse_value(value)
    return parameters


@app.command()
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
    out = Console()
    if name is None:
        table = Table("query", "parameters", "question", title="Queries")
        for item in list_queries():
            table.add_row(item.name, ", ".join(item.defaults), item.question)
        out.print(table)
        return
    try:
        chosen = load_query(name)
        parameters = chosen.parameters(_parameters(param or []))
        with connect(
            uri, username, _neo4j_password(), database=database, names=_setting_names(ctx)
        ) as driver:
            columns, rows = run_query(driver, chosen, parameters, database=database)
    except KGraphError as error:
        raise _fail(str(error)) from None
    table = Table(*columns, title=chosen.question)
    for row in rows:
        table.add_row(*(escape(display_value(value)) for value in row))
    out.print(table)
    err.print(f"{len(rows)} rows", highlight=False)
