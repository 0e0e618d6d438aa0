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

from dataclasses import dataclass
from functools import cache

from .actors import NamedActors
from .agents import Agents
from .events import CATEGORIES, Events, load_events
from .places import Places

__all__ = ["CATEGORIES", "Lexicon", "load_lexicon"]


@dataclass(frozen=True)
class Lexicon:
    """The tables of events, places, agent nouns and named actors."""

    events: Events
    places: Places
    agents: Agents
    actors: NamedActors


@cache
def load_lexicon() -> Lexicon:
    """The bundled lexicon, one per process: its tables are shared by every document."""
    places = Places()
    return Lexicon(load_events(), places, Agents(), NamedActors(places))
