"""Score kgraph on the real-news dev set and group what it misses by cause.

usage: eval_news.py [TEXTS_DIR] [--gold news_dev.json] [--misses]

Builds the graph of the dev articles (re-created under ``~/.cache/kgraph-news-dev``, see
``../shared/eval/README.md``) into a temporary database, prints the figures of the shared
scorer ``score_news.py`` and then each missed dyad under its cause, counted:

- ``no source actor`` / ``no target actor``: no node matches that side's pattern;
- ``no edge``: both sides are nodes, but no edge joins them either way;
- ``reversed``: only an edge from target to source;
- ``wrong category``: an edge with a category the annotation does not allow (which is shown).

A rule starts from the biggest group, not from one sentence.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import networkx as nx

from kgraph import Store, build, build_graph, load_pipeline, read_documents
from kgraph.export.graphml import write_graphml

_SHARED_EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
_TEXTS = Path.home() / ".cache" / "kgraph-news-dev"


def _graph(texts: Path, folder: Path) -> Path:
    graphml = folder / "news-dev.graphml"
    with Store(folder / "news-dev.db") as store:
        build(read_documents([texts]), store, load_pipeline())
        write_graphml(build_graph(store.triples()), graphml)
    return graphml


def _cause(graph: nx.MultiDiGraph, names: dict[str, str], dyad: list) -> tuple[str, str]:
    source, target, allowed = dyad
    sources = {n for n in graph if re.search(source, names[n])}
    targets = {n for n in graph if re.search(target, names[n])}
    if not sources:
        return "no source actor", source
    if not targets:
        return "no target actor", target
    forward = [c for u, v, c in graph.edges(data="category") if u in sources and v in targets]
    if forward:
        return "wrong category", f"{'|'.join(map(str, sorted(set(map(str, forward)))))}"
    if any(u in targets and v in sources for u, v in graph.edges()):
        return "reversed", ""
    return "no edge", ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("texts", nargs="?", type=Path, default=_TEXTS)
    parser.add_argument("--gold", type=Path, default=_SHARED_EVAL / "news_dev.json")
    parser.add_argument("--misses", action="store_true", help="list every miss under its cause")
    args = parser.parse_args()
    if not args.texts.is_dir():
        sys.exit(f"{args.texts}: no dev news texts; re-create them as "
                 "../shared/eval/README.md says")
    with tempfile.TemporaryDirectory() as folder:
        graphml = _graph(args.texts, Path(folder))
        scorer = [sys.executable, str(args.gold.with_name("score_news.py")), str(graphml)]
        print(subprocess.run([*scorer, str(args.gold)], check=True, capture_output=True,
                             text=True).stdout.splitlines()[0])
        graph = nx.read_graphml(graphml)
    names = {n: str(d.get("name") or d.get("label") or n).lower()
             for n, d in graph.nodes(data=True)}
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    causes: Counter[str] = Counter()
    listed: dict[str, list[str]] = defaultdict(list)
    for article in gold["articles"]:
        for dyad in article.get("dyads", []):
            found = [c for u, v, c in graph.edges(data="category")
                     if re.search(dyad[0], names[u]) and re.search(dyad[1], names[v])]
            if any(str(c) in dyad[2] for c in found):
                continue
            cause, detail = _cause(graph, names, dyad)
            causes[cause] += 1
            listed[cause].append(f"{article['file']}: {dyad[0]} -{'|'.join(dyad[2])}-> {dyad[1]}"
                                 + (f"  ({detail})" if detail else ""))
    for cause, count in causes.most_common():
        print(f"{count:4d}  {cause}")
        if args.misses:
            for line in listed[cause]:
                print(f"        {line}")


if __name__ == "__main__":
    main()
