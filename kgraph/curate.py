"""The analyst's hand on a database: decisions about actors, and articles listed or taken out.

`merge`, `rename`, `split` and `set_actor` find actors as ``kgraph show`` does (by id, name,
alias or the start of each word, `kgraph.explore.lookup.find_actor`) in the graph as the
decisions made so far leave it, and store a `kgraph.decisions.Decision`; `history` lists
them and `undo` takes one back. `articles` lists the stored articles and `forget` removes
some, with their triples and readings: an actor left with no triple is gone with them.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable

import networkx as nx

from .decisions import Decision
from .errors import KGraphError
from .explore.lookup import country_code, find_actor
from .graph import build_graph
from .lock import build_lock
from .names import fold, slug
from .records import Sector
from .store import Article, Store, open_store

__all__ = [
    "Article",
    "NoSuchArticle",
    "NotDecided",
    "articles",
    "forget",
    "history",
    "merge",
    "rename",
    "set_actor",
    "split",
    "undo",
]

Db = str | os.PathLike[str]


class NotDecided(KGraphError):
    """A decision that cannot be made (or undone) as asked; the message says why."""


class NoSuchArticle(KGraphError):
    """An article id that the database does not hold."""


def _decide(db: Db, decide: Callable[..., Decision], *names: str) -> Decision:
    """Find ``names`` in the decided graph of ``db``, and store what ``decide`` makes of
    the graph and their ids."""
    with open_store(db) as store:
        graph = build_graph(store.triples())
        ids = [find_actor(graph, name) for name in names]
        return store.decide(decide(graph, *ids))


def merge(db: Db, name: str, into: str) -> Decision:
    """Merge the actor ``name`` into the actor ``into``: its mentions become that actor's."""

    def decide(graph: nx.MultiDiGraph, actor: str, target: str) -> Decision:
        if actor == target:
            raise NotDecided(f'"{name}" and "{into}" are one actor already ({actor})')
        kept = graph.nodes[target]
        values = {"id": target, "into": kept["name"], "type": kept["type"],
                  "country": kept["country"], "sector": kept["sector"]}
        return Decision("merge", actor, graph.nodes[actor]["name"], values)

    return _decide(db, decide, name, into)


def rename(db: Db, name: str, new_name: str) -> Decision:
    """Give the actor ``name`` the name ``new_name`` (its id stays)."""
    new_name = " ".join(new_name.split())
    if not new_name:
        raise NotDecided("give the new name, not an empty one")

    def decide(graph: nx.MultiDiGraph, actor: str) -> Decision:
        return Decision("rename", actor, graph.nodes[actor]["name"], {"new_name": new_name})

    return _decide(db, decide, name)


def split(db: Db, name: str, alias: str) -> Decision:
    """Make the mentions of the actor ``name`` written as ``alias`` an actor of their own."""

    def decide(graph: nx.MultiDiGraph, actor: str) -> Decision:
        node = graph.nodes[actor]
        written = [a for a in node["aliases"] if fold(a) == fold(alias)]
        if not written:
            aliases = ", ".join(f'"{a}"' for a in node["aliases"]) or "none"
            raise NotDecided(f'{node["name"]} ({actor}) is never written "{alias}"; '
                             f"its aliases: {aliases}")
        new_id = slug(written[0])
        if new_id == actor:
            raise NotDecided(f'"{alias}" is {node["name"]}\'s own id; rename it instead')
        return Decision("split", actor, node["name"], {"alias": written[0], "id": new_id})

    return _decide(db, decide, name)


def set_actor(db: Db, name: str, *, country: str | None = None, sector: str | None = None
              ) -> Decision:
    """Set the country (a code or a name) or the sector (GOV, MIL, ...) of the actor."""
    values: dict[str, str] = {}
    if country is not None:
        values["country"] = country_code(country)
    if sector is not None:
        if sector.upper() not in Sector.__members__:
            raise NotDecided(f"unknown sector {sector!r}; one of {', '.join(Sector.__members__)}")
        values["sector"] = sector.upper()
    if not values:
        raise NotDecided("say what to set: --country, --sector or both")

    def decide(graph: nx.MultiDiGraph, actor: str) -> Decision:
        return Decision("set", actor, graph.nodes[actor]["name"], values)

    return _decide(db, decide, name)


def history(db: Db) -> list[Decision]:
    """Every decision made on ``db``, undone ones too, in the order they were made."""
    with open_store(db) as store:
        return store.decisions(undone=True)


def undo(db: Db, decision_id: int) -> Decision:
    """Undo the decision numbered ``decision_id`` (as `history` numbers them)."""
    with open_store(db) as store:
        undone = store.undo(decision_id)
    if undone is None:
        raise NotDecided(f"no decision {decision_id} in force; list them with: kgraph actors "
                         f"history --db {db}")
    return undone


def articles(db: Db) -> list[Article]:
    """The stored articles with their triple counts, in the order they were added."""
    with open_store(db) as store:
        return store.articles()


def forget(db: Db, ids: Iterable[str]) -> tuple[int, int]:
    """Remove the articles of these ids with their triples and readings; returns how many
    articles and triples went. An id the database lacks is `NoSuchArticle`, and then
    nothing is removed."""
    ids = list(dict.fromkeys(ids))
    with Store(db, create=False) as store:
        known = {article.id for article in store.articles()}
        missing = [i for i in ids if i not in known]
        if missing:
            raise NoSuchArticle(f"{db}: no article {', '.join(missing)}; list them with: "
                                f"kgraph articles --db {db}")
        with build_lock(store.path):
            return store.forget(ids)
