"""The tab-separated data files that ship inside kgraph's packages (lexicons, lists, tables)."""

from __future__ import annotations

from importlib import resources

__all__ = ["rows"]


def rows(package: str, name: str) -> list[list[str]]:
    """The tab-separated rows of ``package``'s ``data/name``, comments and blank lines skipped.

    >>> rows("kgraph.lexicon", "regions.tsv")[0]
    ['Northern Ireland', 'GBR']
    """
    text = resources.files(package).joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
