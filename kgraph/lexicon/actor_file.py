"""An analyst's actor file: one actor a row, as CSV with a header or as YAML.

``kgraph extract|build|resolve --actors FILE`` reads it into the same `UserDictionaries` as
the PETRARCH-format ``--dictionary`` files, so the two are one mechanism with two readers.
Each actor has a ``name`` and may have ``aliases`` (";"-separated, or a YAML list),
``country`` (ISO-3166 alpha-3), ``sector`` (a code of ``kgraph/data/sectors.tsv``) and
``type`` (``PERSON``, the default, ``ORG``, ``GROUP`` or ``GPE``, a state, whose row may
make up its own code: a fictional state's). A CSV file::

    name,aliases,country,sector,type
    Tamsin Arkwright,Arkwright;the Ferrywoman,GBR,GOV,PERSON

or the same in YAML::

    - name: Tamsin Arkwright
      aliases: [Arkwright, the Ferrywoman]
      country: GBR

A row that cannot be used (no name, a country code no list knows, an unknown sector or type)
is handed to ``on_error`` as a `DictionaryError` naming file and line, and the rest is used.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ReadError
from ..names import table_key
from ..records import ActorType, Sector
from .actors import Organisation, Person
from .petrarch.source import DictionaryError, ErrorHandler, report
from .places import Places

if TYPE_CHECKING:
    from .dictionaries import UserDictionaries

__all__ = ["ListedActor", "add_listed", "read_actor_file"]

_CODE = re.compile(r"[A-Z]{3}")
_YAML_ENDINGS = (".yaml", ".yml")


@dataclass(frozen=True)
class ListedActor:
    """One row of an actor file: the actor the analyst named, and how else it is called."""

    name: str
    aliases: tuple[str, ...]
    type: str
    country: str | None
    sector: str | None


def read_actor_file(
    path: str | os.PathLike[str], on_error: ErrorHandler | None = None
) -> list[ListedActor]:
    """The usable actors of the file at ``path``, each bad row reported to ``on_error`` (or,
    without one, raised). A file that cannot be read at all is one `ReadError`.

    >>> import tempfile
    >>> with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as file:
    ...     _ = file.write("name,aliases,country\\nTamsin Arkwright,Arkwright,GBR\\n,x,FRA\\n")
    >>> errors = []
    >>> [a.name for a in read_actor_file(file.name, errors.append)], errors[0].line
    (['Tamsin Arkwright'], 3)
    """
    name = os.fspath(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ReadError(name, f"cannot read the actor file: {error}") from None
    rows = _yaml_rows(name, text) if name.lower().endswith(_YAML_ENDINGS) else _csv_rows(name, text)
    rows = list(rows)
    states = {str(row.get("country") or "").strip().upper() for _, row in rows
              if str(row.get("type") or "").strip().upper() == ActorType.GPE}
    places, found = Places(), []

    def known_country(code: str) -> bool:
        return code in states or places.country_name(code) is not None

    for line, row in rows:
        try:
            found.append(_actor(row, known_country))
        except ValueError as error:
            report(DictionaryError(name, str(error), line), on_error)
    return found


def _csv_rows(name: str, text: str) -> Iterator[tuple[int, dict[str, Any]]]:
    reader = csv.DictReader(text.splitlines())
    fields = [field.strip().lower() for field in reader.fieldnames or ()]
    if "name" not in fields:
        raise ReadError(name, "an actor file's CSV header names a name column "
                        "(name,aliases,country,sector,type)", 1, kind="malformed")
    reader.fieldnames = fields
    for row in reader:
        yield reader.line_num, row


def _yaml_rows(name: str, text: str) -> Iterator[tuple[int, dict[str, Any]]]:
    import yaml

    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if not isinstance(node, yaml.SequenceNode):
            raise ReadError(name, "an actor file in YAML is a list of actors (- name: ...)",
                            kind="malformed")
        items = [(item.start_mark.line + 1, loader.construct_object(item, deep=True))
                 for item in node.value]
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise ReadError(name, f"invalid YAML: {getattr(error, 'problem', error)}",
                        mark.line + 1 if mark else None, kind="malformed") from None
    finally:
        loader.dispose()
    for line, item in items:
        yield line, item if isinstance(item, dict) else {"name": None}


def _actor(row: dict[str, Any], known_country: Callable[[str], bool]) -> ListedActor:
    """The actor of one row, or `ValueError` saying what makes it unusable."""
    name = str(row.get("name") or "").strip()
    if not name:
        raise ValueError("an actor without a name; give it one in the name column")
    kind = str(row.get("type") or ActorType.PERSON).strip().upper()
    if kind not in ActorType.__members__:
        raise ValueError(f"{name}: unknown type {kind!r}; one of PERSON, ORG, GROUP, GPE")
    country = str(row.get("country") or "").strip().upper() or None
    if country is not None and not (_CODE.fullmatch(country) and known_country(country)):
        raise ValueError(f"{name}: {country!r} is no ISO-3166 alpha-3 country code (such as GBR)")
    sector = str(row.get("sector") or "").strip().upper() or None
    if sector is not None and sector not in Sector.__members__:
        raise ValueError(f"{name}: unknown sector {sector!r}; see kgraph/data/sectors.tsv")
    if kind == ActorType.GPE and country is None:
        raise ValueError(f"{name}: a state (GPE) needs its country code")
    aliases = row.get("aliases") or ()
    if isinstance(aliases, str):
        aliases = aliases.split(";")
    return ListedActor(name, tuple(a for a in map(str.strip, map(str, aliases)) if a),
                       kind, country, sector)


def add_listed(user: UserDictionaries, actor: ListedActor) -> None:
    """Put ``actor`` in a `UserDictionaries` (``user``), over what its other files said."""
    keys = [table_key(name) for name in (actor.name, *actor.aliases)]
    if actor.type == ActorType.GPE:
        user.states.update(dict.fromkeys(keys, actor.country))
    elif actor.type == ActorType.PERSON:
        user.people.update(dict.fromkeys(keys, Person(actor.name, actor.country,
                                                      actor.sector or "GOV")))
    else:
        organisation = Organisation(actor.name, actor.sector or "", actor.country, actor.type)
        user.organisations.update(dict.fromkeys(keys, organisation))
    user.listed.update(dict.fromkeys(keys, actor))
