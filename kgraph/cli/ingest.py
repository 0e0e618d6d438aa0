"""``kgraph extract`` and ``kgraph build``: articles in, triples out (as JSONL, or stored).

Every bad input is one line naming the file (and line) and the run goes on. The two commands
take the same options for reading and parsing articles, declared once (`reads_articles`).
spaCy, the lexicon and the readers are imported inside the commands, as they run: ``kgraph
--help`` and the other commands do not pay for them.
"""

from __future__ import annotations

import functools
import inspect
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer
from rich.markup import escape

from ..distributed import PARTITION_SIZE, Cluster, cluster_address
from ..errors import ReadError
from ..export import open_output
from .common import STDOUT, CommandError, Db, Quiet, err, target

if TYPE_CHECKING:
    from ..records import Document
    from ..sources import ArticleFile

__all__ = ["build", "extract"]

Inputs = Annotated[
    list[str],
    typer.Argument(
        help="Article files (.txt .md .html .jsonl .csv .tsv), directories, or - for stdin."
    ),
]
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
Uncoded = Annotated[
    bool,
    typer.Option(help="Keep the triples whose act takes no PLOVER category (left out by "
                 "default: they are as often no act between the two actors as one)."),
]
Dictionaries = Annotated[
    list[Path] | None,
    typer.Option(
        "--dictionary",
        exists=True,
        help="Your own verb, agent, actor or discard dictionary in PETRARCH2's formats, or "
        "a folder of them; they win over kgraph's lists. Repeat for more.",
    ),
]

ActorFiles = Annotated[
    list[Path] | None,
    typer.Option(
        "--actors",
        exists=True,
        dir_okay=False,
        help="Your own actors, one a row, as CSV with a header (name,aliases,country,sector,"
        "type; aliases ;-separated) or YAML; they win over kgraph's lists. Repeat for more.",
    ),
]


def _cluster_address(address: str | None) -> str | None:
    """``--cluster`` checked as the command line is read (Dask itself is imported later)."""
    if address is None:
        return None
    try:
        return cluster_address(address)
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None


ClusterAddress = Annotated[
    str | None,
    typer.Option(
        "--cluster",
        callback=_cluster_address,
        help="Parse on a Dask cluster: local (a worker process per CPU here), local:N, or a "
        "scheduler's address, tcp://HOST:PORT. Its workers need kgraph and its model, and "
        "must see the input folders at the same paths.",
    ),
]
ClusterFile = Annotated[
    Path | None,
    typer.Option(
        "--cluster-file",
        help="Parse on the Dask cluster whose scheduler wrote this file "
        "(dask scheduler --scheduler-file FILE).",
    ),
]
PartitionSize = Annotated[
    int, typer.Option(min=1, help="With a cluster: articles a worker parses in one task.")
]


class _Run:
    """One run over articles: its options, its progress bar, and its bad inputs reported.

    Skipped inputs are printed as they come and counted by kind, never kept: a run over a
    million broken lines holds a few counters.
    """

    def __init__(self, options: dict[str, Any]) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self.options = options
        self.quiet: bool = options["quiet"]
        self.skipped: Counter[str] = Counter()
        self.unknown_types: set[str] = set()
        self.progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err,
            # a bar is for a person at a terminal; in a log it would leave a blank line
            disable=self.quiet or not err.is_terminal,
            transient=True,
        )
        self.task = self.progress.add_task("articles", total=None)

    def read(self, inputs: list[str]) -> Iterator[Document]:
        """The articles of ``inputs``, each bad input reported and counted here."""
        from ..sources import read_documents

        self._expect(inputs)
        return read_documents(inputs, on_error=self.skip, **self._columns())

    def _expect(self, inputs: list[str]) -> None:
        """Give the bar its total where the inputs tell it without being read."""
        from ..sources import count_articles

        if not self.progress.disable:
            self.progress.update(self.task, total=count_articles(inputs))

    def _columns(self) -> dict[str, Any]:
        return {
            name: self.options[name]
            for name in ("text_column", "id_column", "date_column", "strict")
        }

    def parsing(self) -> dict[str, Any]:
        """The keyword arguments of `kgraph.pipeline`'s functions: batches, workers, errors,
        and the lexicon with the user's dictionaries on top."""
        from ..lexicon import load_lexicon

        on_error = None if self.options["strict"] else self.skip
        return {
            "batch_size": self.options["batch_size"],
            "n_process": self.options["workers"],
            "on_error": on_error,
            "on_document": self.advance,
            "lexicon": load_lexicon(
                self.options["dictionary"] or (), on_error, self.options["actors"] or ()
            ),
            "uncoded": self.options["uncoded"],
        }

    @property
    def cluster(self) -> Cluster | None:
        """The Dask cluster to parse on, if ``--cluster`` or ``--cluster-file`` names one."""
        address, file = self.options["cluster"], self.options["cluster_file"]
        if address is None and file is None:
            return None
        if address is not None and file is not None:
            raise typer.BadParameter("give --cluster or --cluster-file, not both")
        if self.options["workers"] != 1:
            raise typer.BadParameter(
                "--workers is for one machine; a cluster's workers are its own processes"
            )
        return Cluster(address, file and str(file), self.options["partition_size"])

    def sources(self, inputs: list[str]) -> Iterator[Document | ArticleFile]:
        """As `read`, with files of one article left for the cluster's workers to read."""
        from ..sources import read_sources

        self._expect(inputs)
        return read_sources(inputs, on_error=self.skip, **self._columns())

    def on_cluster(self) -> dict[str, Any]:
        """The keyword arguments of `kgraph.distributed`'s functions."""
        return {
            "model": self.options["model"],
            "dictionaries": self.options["dictionary"] or (),
            "actors": self.options["actors"] or (),
            "batch_size": self.options["batch_size"],
            "on_error": None if self.options["strict"] else self.skip,
            "on_progress": self.advance_by,
            "uncoded": self.options["uncoded"],
        }

    def advance_by(self, articles: int) -> None:
        self.progress.advance(self.task, articles)

    def skip(self, error: ReadError) -> None:
        self.skipped[error.kind] += 1
        if error.kind == "unknown type":
            self.unknown_types.add(PurePath(error.path).suffix.lower() or "no extension")
        err.print(f"[yellow]skipped:[/yellow] {escape(str(error))}")

    def skipped_summary(self) -> str:
        """", 3 inputs skipped (2 malformed, 1 unknown type: .pdf)", or "" when nothing was
        skipped."""
        if not self.skipped:
            return ""
        kinds = ", ".join(
            f"{count} {kind}{self._types() if kind == 'unknown type' else ''}"
            for kind, count in self.skipped.most_common()
        )
        return f", {self.skipped.total()} inputs skipped ({kinds})"

    def _types(self) -> str:
        return ": " + ", ".join(sorted(self.unknown_types))

    def advance(self, *_: object) -> None:
        self.progress.advance(self.task)

    def finish(self, articles: int, summary: object) -> None:
        """Print the summary; fail if every input was skipped."""
        if not self.quiet:
            err.print(f"{summary}{self.skipped_summary()}")
        if articles == 0 and self.skipped:
            raise CommandError("no article could be read")


def _reading(
    text_column: TextColumn_ = "text",
    id_column: IdColumn = "id",
    date_column: DateColumn = "date",
    batch_size: BatchSize = 32,
    workers: Workers = 1,
    model: Model = None,
    dictionary: Dictionaries = None,
    actors: ActorFiles = None,
    uncoded: Uncoded = False,
    cluster: ClusterAddress = None,
    cluster_file: ClusterFile = None,
    partition_size: PartitionSize = PARTITION_SIZE,
    strict: Strict = False,
    quiet: Quiet = False,
) -> None:
    """The options of every command that reads articles: only its signature is used."""


def reads_articles(command: Callable[..., None]) -> Callable[..., None]:
    """``command``, declared with `_reading`'s options after its own; it gets them as a `_Run`.

    typer reads a command's options from its signature, and has no groups of options to share.
    """
    shared = inspect.signature(_reading, eval_str=True).parameters
    own = inspect.signature(command, eval_str=True).parameters

    @functools.wraps(command)
    def with_reading(**options: Any) -> None:
        run = _Run({name: options.pop(name) for name in shared})
        command(run=run, **options)

    with_reading.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [*(parameter for name, parameter in own.items() if name != "run"), *shared.values()]
    )
    return with_reading


@contextmanager
def _output(path: Path | None) -> Iterator[TextIO]:
    """The ``-o`` file, put in place only when the command succeeds; stdout without one."""
    with open_output(target(path or STDOUT), binary=False) as handle:
        yield handle


@reads_articles
def extract(
    inputs: Inputs,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="JSONL file to write (default, or -: stdout)."),
    ] = None,
    *,
    run: _Run,
) -> None:
    """Extract actor-action-actor triples and write them as JSONL, one triple a line.

    Example: kgraph extract examples/ -o triples.jsonl --workers 2
    """
    cluster = run.cluster
    with _output(output) as handle:
        if cluster:
            from .. import distributed

            with run.progress:
                summary = distributed.write_triples(
                    run.sources(inputs), handle, cluster, **run.on_cluster()
                )
        else:
            from ..nlp import load_pipeline
            from ..pipeline import write_triples

            documents = run.read(inputs)
            nlp = load_pipeline(run.options["model"])
            with run.progress:
                summary = write_triples(documents, nlp, handle, **run.parsing())
    run.finish(summary.articles, summary)


@reads_articles
def build(inputs: Inputs, db: Db = Path("kgraph.db"), *, run: _Run) -> None:
    """Extract triples from articles into the database; articles stored already are skipped.

    A build stopped at any point (Ctrl-C, a crash, kill -9) and run again parses only what the
    database lacks. A second build on the same database stops with an error at once.

    Example: kgraph build examples/ --db kgraph.db --workers 2
    """
    from ..store import Store

    cluster = run.cluster
    if cluster:
        from .. import distributed

        with Store(db) as store, run.progress:
            summary = distributed.build(run.sources(inputs), store, cluster, **run.on_cluster())
    else:
        from ..nlp import load_pipeline
        from ..pipeline import build as build_store

        nlp = load_pipeline(run.options["model"])
        documents = run.read(inputs)
        with Store(db) as store, run.progress:
            summary = build_store(documents, store, nlp, **run.parsing())
    run.finish(summary.added + summary.unchanged, summary)
