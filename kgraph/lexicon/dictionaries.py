"""A user's own dictionaries, in PETRARCH2's formats, on top of the bundled lexicon.

``kgraph extract|build --dictionary PATH`` takes files or folders. A file is read by what its
name says it is: a name with "verb" (or a CAMEO verb dictionary's "CAMEO") is a verb
dictionary, with "agent" an agent dictionary, with "actor" an actor dictionary, with
"discard" a discard list (phrases that mark a sentence, or with ``+`` a whole article, as no
news to code: sports, weather); any other file in a folder is left alone. What the user's
files say
wins over kgraph's own lists and the bundled dictionaries: their verbs and patterns decide a
verb's category (CAMEO codes through PLOVER's table, as the bundled ones), their agents the
sector of a noun, their actors who is who, their states' names a country (the validation
suite's fictional Arnor is ``ARN``).

A line that cannot be read is handed to ``on_error`` as a `DictionaryError` naming file and
line, and the rest of the file is used.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ReadError
from ..names import table_key
from .actor_file import ListedActor, add_listed, read_actor_file
from .actors import Organisation, Person
from .agents import Role
from .petrarch.actors import Actor, read_actors
from .petrarch.agents import read_agents
from .petrarch.codes import role_sector
from .petrarch.source import ErrorHandler, dictionary_lines
from .petrarch.verbs import Pattern, read_verbs
from .tables import category_of

__all__ = ["UserDictionaries", "dictionary_files", "read_dictionaries"]

_WORD = re.compile(r"[\w'’.-]+")


@dataclass
class UserDictionaries:
    """What a user's dictionaries say, in the form the lexicon looks things up in."""

    verbs: dict[str, str | None] = field(default_factory=dict)
    blocks: dict[str, tuple[str, ...]] = field(default_factory=dict)
    patterns: dict[str, list[Pattern]] = field(default_factory=lambda: defaultdict(list))
    agents: dict[str, Role] = field(default_factory=dict)
    states: dict[str, str] = field(default_factory=dict)
    organisations: dict[str, Organisation] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    sentence_discards: list[str] = field(default_factory=list)
    story_discards: list[str] = field(default_factory=list)
    listed: dict[str, ListedActor] = field(default_factory=dict)

    def discards(self, text: str, *, story: bool = False) -> bool:
        """Whether a sentence (or with ``story``, an article) holds a discard phrase.

        >>> user = UserDictionaries(sentence_discards=["baseball"], story_discards=["espn2"])
        >>> user.discards("The Baseball league met."), user.discards("ESPN2 said", story=True)
        (True, True)
        """
        words = f" {' '.join(_WORD.findall(text.lower()))} "
        phrases = self.story_discards if story else self.sentence_discards
        return any(f" {phrase} " in words for phrase in phrases)


def dictionary_files(paths: Iterable[str | os.PathLike[str]]) -> list[tuple[str, Path]]:
    """Each dictionary file of ``paths`` (files, or folders read one level deep) with its
    kind: ``"verbs"``, ``"agents"``, ``"actors"`` or ``"discards"``. A file named as none of
    them is a `ReadError` when named itself, and left alone in a folder.

    >>> dictionary_files([])
    []
    """
    found = []
    for path in map(Path, paths):
        if not path.exists():
            raise ReadError(str(path), "no such dictionary file or folder", kind="not found")
        for file in sorted(path.iterdir()) if path.is_dir() else [path]:
            kind = _kind(file.name)
            if kind:
                found.append((kind, file))
            elif not path.is_dir():
                raise ReadError(str(file), "not a verb, agent, actor or discard dictionary: "
                                "name it *verbs*, *agents*, *actors* or *discards*",
                                kind="unknown type")
    return found


def _kind(name: str) -> str | None:
    lower = name.lower()
    if "verb" in lower or lower.startswith("cameo"):
        return "verbs"
    if "agent" in lower:
        return "agents"
    if "actor" in lower:
        return "actors"
    if "discard" in lower:
        return "discards"
    return None


def read_dictionaries(
    paths: Iterable[str | os.PathLike[str]],
    on_error: ErrorHandler | None = None,
    actor_files: Iterable[str | os.PathLike[str]] = (),
) -> UserDictionaries:
    """Read a user's dictionaries (`dictionary_files`) and actor files (`read_actor_file`,
    which win over the dictionaries) into lookup tables."""
    user = UserDictionaries()
    for kind, file in dictionary_files(paths):
        if kind == "verbs":
            _add_verbs(user, file, on_error)
        elif kind == "agents":
            _add_agents(user, file, on_error)
        elif kind == "discards":
            _add_discards(user, file)
        else:
            for actor in read_actors(file, on_error):
                _add_actor(user, actor)
    for file in actor_files:
        for listed in read_actor_file(file, on_error):
            add_listed(user, listed)
    return user


def _add_verbs(user: UserDictionaries, file: Path, on_error: ErrorHandler | None) -> None:
    dictionary = read_verbs(file, on_error)
    blocks: dict[str, list[str]] = defaultdict(list)
    for verb in dictionary.verbs:
        user.verbs.setdefault(verb.lemma, category_of(verb.code.active))
        blocks[verb.lemma].append(verb.block)
    for lemma, names in blocks.items():
        user.blocks[lemma] = tuple(dict.fromkeys((*user.blocks.get(lemma, ()), *names)))
    for pattern in dictionary.patterns:
        user.patterns[pattern.block].append(pattern)


def _add_agents(user: UserDictionaries, file: Path, on_error: ErrorHandler | None) -> None:
    for agent in read_agents(file, on_error):
        role = Role(role_sector(agent.roles), person=False)
        for form in (agent.noun, *agent.plurals):
            user.agents.setdefault(form.lower(), role)


def _add_discards(user: UserDictionaries, file: Path) -> None:
    for line in dictionary_lines(file):
        phrase = line.text.split("#", 1)[0].strip()
        story = phrase.startswith("+")
        words = " ".join(_WORD.findall(phrase.lower()))
        if words:
            (user.story_discards if story else user.sentence_discards).append(words)


def _add_actor(user: UserDictionaries, actor: Actor) -> None:
    role = next((r for r in actor.roles if r.country or r.sector), None)
    country, sector = (role.country, role.sector) if role else (None, None)
    names = (actor.name, *actor.synonyms)
    listed = ListedActor(actor.name, tuple(actor.synonyms), actor.type, country, sector)
    for name in names:
        user.listed.setdefault(table_key(name), listed)
    if actor.type == "GPE" and country:
        for name in names:
            user.states.setdefault(table_key(name), country)
    elif actor.type == "PERSON":
        person = Person(actor.name, country, sector or "GOV")
        for name in names:
            user.people.setdefault(table_key(name), person)
    else:
        organisation = Organisation(actor.name, sector or "", country)
        for name in names:
            user.organisations.setdefault(table_key(name), organisation)
