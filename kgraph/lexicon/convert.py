"""Convert the field's dictionaries into kgraph's lexicon files, ``data/generated/``.

    python -m kgraph.lexicon.convert ../shared/dictionaries

reads PETRARCH2's CAMEO verb dictionary, Phoenix agent and actor dictionaries and PLOVER's
CAMEO-to-PLOVER table from that folder (laid out as in ``../shared/dictionaries``) and writes
one tab-separated file per table, sorted, one record a line, and a README saying what each
holds. The same folder gives the same bytes every time.

The bundled dictionaries have a few lines that do not follow their own format (a code
``[080!]``, a date ``2004017``); the converter skips them and lists each, with its reason, in
``skipped.tsv``, so a new problem shows in the diff. Everything else is read as the format
says (see the reader modules).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from string import Template

from ..errors import KGraphError
from .petrarch.actor_table import merged_actors, summary_role
from .petrarch.actors import Actor, format_role, read_actors
from .petrarch.agents import read_agents
from .petrarch.codes import role_sector
from .petrarch.patterns import format_elements
from .petrarch.plover import category_table, plover_category, read_cameo_to_plover
from .petrarch.source import DictionaryError, ErrorHandler
from .petrarch.verbs import EventCode, read_verbs

__all__ = ["GENERATED", "SOURCES", "convert", "main"]

GENERATED = Path(__file__).parent / "data" / "generated"
SOURCES = {
    "plover": "plover/CAMEO2PLOVER-2021.txt",
    "verbs": "petrarch2/CAMEO.2.0.txt",
    "agents": "petrarch2/Phoenix.agents.txt",
    "actors": (
        "petrarch2/Phoenix.Countries.actors.txt",
        "petrarch2/Phoenix.International.actors.txt",
        "petrarch2/Phoenix.MilNonState.actors.txt",
    ),
}
"""The files the converter reads, relative to the dictionaries folder."""

COLUMNS = {
    "plover.tsv": "code category mode context",
    "verbs.tsv": "lemma verb block code category passive_code passive_category",
    "patterns.tsv": "block before after code category passive_code passive_category",
    "agents.tsv": "noun plurals sector code",
    "actors.tsv": "name type country sector code aliases roles",
    "skipped.tsv": "file line reason",
}
_README_TEMPLATE = Path(__file__).parent / "data" / "generated_readme.md"
_LIST = ";"


@dataclass
class Conversion:
    """The tables the converter writes, as rows of strings, and what it counted."""

    tables: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    counts: Counter[str] = field(default_factory=Counter)


def convert(root: Path) -> Conversion:
    """Read the dictionaries under ``root`` into the generated tables (nothing written yet).

    ``root`` is laid out as ``../shared/dictionaries`` (`SOURCES`); `write` writes the result:
    ``write(convert(Path("../shared/dictionaries")), root, GENERATED)``.
    """
    result = Conversion()
    skipped: list[tuple[str, ...]] = []

    def skip(error: DictionaryError) -> None:
        """Keep a line the readers could not read, with its reason, for ``skipped.tsv``."""
        where = Path(error.path).relative_to(root).as_posix()
        skipped.append((where, str(error.line), error.reason))

    entries = list(read_cameo_to_plover(root / SOURCES["plover"]))
    table = category_table(entries)
    result.tables["plover.tsv"] = sorted(
        {(entry.code, entry.category, entry.mode, entry.context) for entry in entries}
    )
    result.counts["plover codes"] = len(table)
    result.counts["plover rows"] = len(result.tables["plover.tsv"])
    _verb_tables(root / SOURCES["verbs"], table, result, skip)
    _agent_table(root / SOURCES["agents"], result, skip)
    actors = []
    for name in SOURCES["actors"]:
        for actor in read_actors(root / name, skip):
            if not actor.roles:
                skipped.append((name, str(actor.line), f"{actor.name} has no code"))
            actors.append(actor)
    _actor_table(actors, result)
    result.tables["skipped.tsv"] = sorted(skipped, key=lambda row: (row[0], int(row[1])))
    result.counts["skipped lines"] = len(skipped)
    return result


def _codes(code: EventCode, table: dict[str, str | None]) -> tuple[str, str, str, str]:
    return (
        code.active or "",
        plover_category(code.active, table) or "",
        code.passive or "",
        plover_category(code.passive, table) or "",
    )


def _verb_tables(
    path: Path, table: dict[str, str | None], result: Conversion, skip: ErrorHandler
) -> None:
    dictionary = read_verbs(path, skip)
    verbs = {(v.lemma, v.verb, v.block, *_codes(v.code, table)) for v in dictionary.verbs}
    patterns = {
        (p.block, format_elements(p.before), format_elements(p.after), *_codes(p.code, table))
        for p in dictionary.patterns
    }
    result.tables["verbs.tsv"] = sorted(verbs)
    result.tables["patterns.tsv"] = sorted(patterns)
    result.counts.update(
        {
            "synonym sets": len(dictionary.synsets),
            "verb blocks": len({v.block for v in dictionary.verbs}),
            "verbs": len(verbs),
            "verbs of several words": sum(1 for row in verbs if " " in row[0]),
            "verbs with a category": sum(1 for row in verbs if row[4]),
            "pattern lines": len({p.line for p in dictionary.patterns}),
            "patterns": len(patterns),
            "patterns with a category": sum(1 for row in patterns if row[4] or row[6]),
        }
    )


def _agent_table(path: Path, result: Conversion, skip: ErrorHandler) -> None:
    rows = {
        (
            agent.noun,
            _LIST.join(agent.plurals),
            role_sector(agent.roles) or "",
            f"{agent.code}~" if agent.prefix else f"~{agent.code}",
        )
        for agent in read_agents(path, skip)
    }
    result.tables["agents.tsv"] = sorted(rows)
    result.counts["agents"] = len(rows)


def _actor_table(actors: Iterable[Actor], result: Conversion) -> None:
    merged = merged_actors(actors)
    rows = []
    for actor in merged:
        summary = summary_role(actor.roles)
        rows.append(
            (
                actor.name,
                actor.type,
                summary.country or "",
                summary.sector or "",
                summary.code,
                _LIST.join(actor.synonyms),
                _LIST.join(format_role(role) for role in actor.roles),
            )
        )
    result.tables["actors.tsv"] = sorted(rows)
    result.counts.update(Counter(f"actors {actor.type}" for actor in merged))
    result.counts["actors"] = len(rows)
    result.counts["people with dated roles"] = sum(
        1 for actor in merged if actor.type == "PERSON" and any(r.dated for r in actor.roles)
    )
    result.counts["dated roles"] = sum(1 for actor in merged for role in actor.roles if role.dated)


def write(result: Conversion, root: Path, out: Path) -> None:
    """Write the tables, their README and PETRARCH2's licence into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    licence = (root / "petrarch2" / "LICENSE").read_text(encoding="utf-8")
    (out / "LICENSE.petrarch2").write_text(licence, encoding="utf-8")
    source = {
        "petrarch2_commit": _commit(root, "petrarch2"),
        "plover_commit": _commit(root, "plover"),
    }
    for name, rows in result.tables.items():
        header = "# " + "\t".join(COLUMNS[name].split())
        lines = [header, *("\t".join(row) for row in rows)]
        (out / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    sizes = {name: (out / name).stat().st_size for name in result.tables}
    text = Template(_README_TEMPLATE.read_text(encoding="utf-8")).substitute(
        **source,
        **{key.replace(" ", "_"): value for key, value in result.counts.items()},
        **{f"size_{name.split('.')[0]}": f"{size / 1e6:.2f} MB" for name, size in sizes.items()},
    )
    (out / "README.md").write_text(text, encoding="utf-8")


def _commit(root: Path, folder: str) -> str:
    """The commit a folder of dictionaries was taken at, from its ``.commit`` file."""
    try:
        return (root / folder / ".commit").read_text(encoding="utf-8").split()[0]
    except (OSError, IndexError):
        return "unknown"


def main(argv: Sequence[str] | None = None) -> int:
    """Convert the dictionaries folder given on the command line; 0 when done, else 1.

    ``python -m kgraph.lexicon.convert ../shared/dictionaries [--out FOLDER]``; a missing or
    unreadable source file, or a folder that cannot be written, is one line on stderr.
    """
    parser = argparse.ArgumentParser(prog="python -m kgraph.lexicon.convert", description=__doc__)
    parser.add_argument("dictionaries", type=Path, help="the folder, e.g. ../shared/dictionaries")
    parser.add_argument(
        "--out", type=Path, default=GENERATED, help="where to write (default: %(default)s)"
    )
    args = parser.parse_args(argv)
    root = args.dictionaries.resolve()
    try:
        write(convert(root), root, args.out)
    except KGraphError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"error: {error.filename}: {error.strerror}", file=sys.stderr)
        return 1
    print(f"wrote {os.path.relpath(args.out)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
