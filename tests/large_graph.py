"""A graph of a year of news, made up, for the view's test and benchmark: any number of actors
and relations, the same for the same seed.

Actors get names built from syllables (no real person), a country and a sector; relations join
actors chosen with a long tail (a few actors take part in many relations, most in few, as in
news), each of a PLOVER category and lemma, with one to three events on dates of one year and
a made-up evidence sentence each. The triples go through `kgraph.graph.build_graph`, so the
graph is what kgraph builds from a store.
"""

from __future__ import annotations

import datetime
import itertools
import random

import networkx as nx

from kgraph.graph import build_graph
from kgraph.records import Action, Actor, Category, Triple

__all__ = ["made_up_graph"]

_SYLLABLES = ["ka", "lo", "ver", "min", "ta", "sor", "e", "dal", "ru", "nik", "o", "bes", "ha",
              "mi", "tul", "an", "zo", "per", "i", "gal"]  # fmt: skip
_COUNTRIES = ["USA", "RUS", "UKR", "CHN", "PRK", "KOR", "JPN", "DEU", "FRA", "GBR", "IRN",
              "ISR", "IND", "PAK", "BRA", "MLI", "ETH", "KEN", "TUR", "POL", None]  # fmt: skip
_SECTORS = ["GOV", "MIL", "REB", "OPP", "BUS", "MED", "IGO", None]
_QUADS = {
    "verbal_cooperation": ["AGREE", "CONSULT", "SUPPORT", "CONCEDE"],
    "material_cooperation": ["COOPERATE", "AID", "RETREAT"],
    "verbal_conflict": ["REQUEST", "ACCUSE", "REJECT", "THREATEN"],
    "material_conflict": ["PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"],
}
_QUAD_OF = {category: quad for quad, categories in _QUADS.items() for category in categories}
_LEMMAS = ["meet", "praise", "warn", "accuse", "attack", "aid", "urge", "reject", "sign"]


def _name(rng: random.Random) -> str:
    word = lambda: "".join(rng.choices(_SYLLABLES, k=rng.randint(2, 3))).capitalize()  # noqa: E731
    return f"{word()} {word()}"


def _actors(count: int, rng: random.Random) -> list[Actor]:
    actors = []
    for i in range(count):
        name = _name(rng)
        actors.append(
            Actor(f"actor-{i}", name, name.split()[-1], "PERSON", rng.choice(_COUNTRIES),
                  rng.choice(_SECTORS))
        )  # fmt: skip
    return actors


def made_up_graph(actors: int, relations: int, seed: int = 14) -> nx.MultiDiGraph:
    """A graph of ``actors`` actors and ``relations`` relations (at least as many as actors).

    >>> graph = made_up_graph(50, 120)
    >>> graph.number_of_nodes(), graph.number_of_edges()
    (50, 120)
    """
    rng = random.Random(seed)
    people = _actors(actors, rng)
    # a long tail: the actor of rank r is chosen in proportion to 1 / (r + 10)
    tail = list(itertools.accumulate(1 / (rank + 10) for rank in range(actors)))
    categories = list(_QUAD_OF)
    start = datetime.date(2024, 1, 1)
    keys: set[tuple[int, int, str, str]] = set()
    triples = []
    while len(keys) < relations:
        # each actor once first, so that every one of them has a relation
        first = len(keys) if len(keys) < actors else rng.choices(range(actors), cum_weights=tail)[0]
        a, b = first, rng.choices(range(actors), cum_weights=tail)[0]
        if rng.random() < 0.5:
            a, b = b, a
        category, lemma = rng.choice(categories), rng.choice(_LEMMAS)
        if a == b or (a, b, category, lemma) in keys:
            continue
        keys.add((a, b, category, lemma))
        action = Action(lemma, lemma, Category(category), _QUAD_OF[category])
        for event in range(rng.choice([1, 1, 1, 2, 3])):
            date = start + datetime.timedelta(days=rng.randrange(366))
            sentence = f"{people[a].name} and {people[b].name}: {lemma}, {date:%B %d}."
            triples.append(
                Triple(f"article-{len(triples)}", event, sentence, people[a], action, people[b],
                       date=date.isoformat())
            )  # fmt: skip
    return build_graph(triples)
