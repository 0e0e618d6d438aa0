"""``kgraph extract`` and ``kgraph build``: articles in, triples out (as JSONL, or stored).

Every bad input is one line naming the file (and line) and the run goes on.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, TextIO

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..errors import ReadError
from ..export import open_output
from ..nlp import load_pipeline
from ..pipeline import build as build_store
from ..pipeline import write_triples
from ..records import Document
from ..sources import read_documents
from ..store import Store
from .common import STDOUT, CommandError, Db, Quiet, err, target

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
            # a bar is for a person at a terminal; in a log it would leave a blank line
            disable=quiet or not err.is_terminal,
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


@contextmanager
def _output(path: Path | None) -> Iterator[TextIO]:
    """The ``-o`` file, put in place only when the command succeeds; stdout without one."""
    with open_output(target(path or STDOUT), binary=False) as handle:
        yield handle


def extract(
    inputs: Inputs,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="JSONL file to write (default, or -: stdout)."),
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
    with _output(output) as handle:
        nlp = load_pipeline(model)
        with run.running():
            summary = write_triples(
                documents,
                nlp,
                handle,
                batch_size=batch_size,
                n_process=workers,
                on_error=None if strict else run.skip,
                on_document=run.advance,
            )
    _finish(run, summary.articles, str(summary))


def _finish(run: _Run, articles: int, summary: str) -> None:
    if not run.quiet:
        err.print(f"{summary}{run.skipped_summary()}")
    if articles == 0 and run.skipped:
        raise CommandError("no article could be read")


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
    nlp = load_pipeline(model)
    run = _Run(quiet)
    documents = run.read(inputs, text_column, id_column, date_column, strict)
    with Store(db) as store, run.running():
        summary = build_store(
            documents,
            store,
            nlp,
            batch_size=batch_size,
            n_process=workers,
            on_error=None if strict else run.skip,
            on_document=run.advance,
        )
    _finish(run, summary.added + summary.unchanged, str(summary))
