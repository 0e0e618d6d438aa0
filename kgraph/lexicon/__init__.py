"""Everything extraction and resolution look up, as one `Lexicon` built from data files.

A lexicon has four parts, each loading its tables on first use:

- ``events``: verbs, phrasal verbs and event nouns to PLOVER categories, and the verbs of
  speech, intent and reciprocity the clause rules read (`Events`);
- ``places``: states by name, demonym and capital, cities and regions (`Places`);
- ``agents``: agent nouns and their sectors, title words, partitives (`Agents`);
- ``actors``: named organisations and people (`NamedActors`).

The rules receive one lexicon and never load tables themselves, so a user's own lists can
stand beside the bundled ones.

>>> lexicon = load_lexicon()
>>> lexicon.events.verb_category("meet"), lexicon.places.country_of("Pyongyang")
('CONSULT', 'PRK')
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from .actors import NamedActors
from .agents import Agents
from .dictionaries import read_dictionaries
from .events import CATEGORIES, Events, load_events
from .petrarch.source import ErrorHandler
from .places import Places
from .verb_patterns import VerbPatterns

__all__ = ["CATEGORIES", "Lexicon", "load_lexicon"]


@dataclass(frozen=True)
class Lexicon:
    """The tables of events, places, agent nouns and named actors."""

    events: Events
    places: Places
    agents: Agents
    actors: NamedActors


def load_lexicon(
    dictionaries: Sequence[str | os.PathLike[str]] = (),
    on_error: ErrorHandler | None = None,
    actors: Sequence[str | os.PathLike[str]] = (),
) -> Lexicon:
    """The bundled lexicon, with a user's own dictionaries on top (`dictionaries`: files or
    folders in PETRARCH2's formats; ``actors``: actor files, `read_actor_file`, which win over
    them; their unreadable lines go to ``on_error``).

    The bundled lexicon is one per process: its tables are shared by every document.
    """
    if not dictionaries and not actors:
        return _bundled()
    user = read_dictionaries(dictionaries, on_error, actors)
    places = Places(user=user)
    events = replace(load_events(), patterns=VerbPatterns(user), user=user)
    return Lexicon(events, places, Agents(user=user), NamedActors(places, user=user))


@cache
def _bundled() -> Lexicon:
    places = Places()
    return Lexicon(load_events(), places, Agents(), NamedActors(places))
