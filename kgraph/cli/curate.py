"""``kgraph resolve``, ``kgraph articles`` and ``kgraph forget``: the stored articles in hand.

``resolve`` applies new lists (an actor file, dictionaries) to the readings a build stored,
without parsing; ``articles`` lists what is stored, and ``forget`` takes articles out.
The library does the work (`kgraph.resolve.stored`, `kgraph.curate`); the lexicon is
imported only by ``resolve``, as it runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..errors import ReadError
from .common import Db, Quiet, err
from .ingest import ActorFiles, Dictionaries, Uncoded

__all__ = ["articles", "forget", "resolve"]


def resolve(
    db: Db = Path("kgraph.db"),
    actors: ActorFiles = None,
    dictionary: Dictionaries = None,
    uncoded: Uncoded = False,
    quiet: Quiet = False,
) -> None:
    """Resolve the stored mentions to actors again, with new lists, without parsing.

    A build stores what each article's sentences say; this applies an actor file or
    dictionaries to it in seconds. Your decisions (kgraph actors merge ...) still hold.

    Example: kgraph resolve --db kgraph.db --actors people.csv
    """
    from ..lexicon import load_lexicon
    from ..resolve.stored import resolve_store
    from ..store import open_store

    def skip(error: ReadError) -> None:
        err.print(f"[yellow]skipped:[/yellow] {escape(str(error))}")

    with open_store(db) as store:  # a wrong --db is told before the lists load
        lexicon = load_lexicon(dictionary or (), skip, actors or ())
        summary = resolve_store(store, lexicon, uncoded=uncoded)
    if not quiet:
        err.print(escape(str(summary)))


def articles(db: Db = Path("kgraph.db")) -> None:
    """List the stored articles: id (what kgraph forget takes), title, date, source, triples.

    Example: kgraph articles --db kgraph.db
    """
    from ..curate import articles as stored_articles

    found = stored_articles(db)
    table = Table(title=f"{len(found)} articles")
    # a file's id is its path: folded onto lines whole, never cut, so that it can be copied
    table.add_column("id", overflow="fold", ratio=3)
    table.add_column("title", ratio=3)
    table.add_column("date", no_wrap=True)
    table.add_column("source", ratio=1)
    table.add_column("triples", justify="right", no_wrap=True)
    for article in found:
        table.add_row(escape(article.id), escape(article.title or ""), article.date or "",
                      escape(article.source or ""), str(article.triples))
    Console().print(table)


def forget(
    ids: Annotated[list[str], typer.Argument(help="Article ids, as kgraph articles lists them.")],
    db: Db = Path("kgraph.db"),
) -> None:
    """Take articles out of the database, with their triples and the actors left with none.

    Example: kgraph forget reuters-0412 afp-0413 --db kgraph.db
    """
    from ..curate import forget as forget_articles

    articles, triples = forget_articles(db, ids)
    err.print(f"{articles} articles forgotten ({triples} triples)")
