"""Finding actors and countries by what an analyst types: forgiving, and clear when unsure."""

from __future__ import annotations

import networkx as nx
import pytest

from kgraph.explore import (
    ActorNotFound,
    AmbiguousActor,
    UnknownCountry,
    country_code,
    find_actor,
)


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for node, name, aliases, mentions, country in [
        ("kim-jong-un", "Kim Jong Un", ["Kim", "North Korean leader Kim Jong Un"], 9, "PRK"),
        ("kim-yo-jong", "Kim Yo Jong", ["Kim Yo-jong"], 2, "PRK"),
        ("sergei-lavrov", "Sergei Lavrov", ["Lavrov"], 7, "RUS"),
        ("sebastian-pinera", "Sebastián Piñera", [], 1, "CHL"),
        ("north-korea", "North Korea", ["Pyongyang"], 5, "PRK"),
    ]:
        graph.add_node(node, name=name, aliases=aliases, mentions=mentions, country=country)
    return graph


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # the id, the name in any case, with any hyphens and accents
        ("kim-jong-un", "kim-jong-un"),
        ("Kim Jong Un", "kim-jong-un"),
        ("kim jong un", "kim-jong-un"),
        ("KIM JONG-UN", "kim-jong-un"),
        ("sebastian pinera", "sebastian-pinera"),
        # an alias: how an article named the actor
        ("Kim", "kim-jong-un"),
        ("Pyongyang", "north-korea"),
        ("kim yo-jong", "kim-yo-jong"),
        # the start of each word, in order
        ("Lavrov", "sergei-lavrov"),
        ("s lavrov", "sergei-lavrov"),
        ("Kim Y", "kim-yo-jong"),
        ("north", "north-korea"),
    ],
)
def test_an_actor_is_found_by_what_an_analyst_types(graph, typed, expected):
    assert find_actor(graph, typed) == expected


def test_a_name_several_actors_share_lists_them_all_most_mentioned_first(graph):
    with pytest.raises(AmbiguousActor) as raised:
        find_actor(graph, "jong")
    assert raised.value.candidates == ["kim-jong-un", "kim-yo-jong"]
    assert str(raised.value) == (
        '"jong" could be any of 2 actors: Kim Jong Un (kim-jong-un, PRK), '
        "Kim Yo Jong (kim-yo-jong, PRK); give more of the name, or the id"
    )


def test_an_exact_alias_wins_over_a_partial_name(graph):
    # "Kim" starts both names, but one article called Kim Jong Un just "Kim"
    assert find_actor(graph, "kim") == "kim-jong-un"


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        (
            "Kim Jong Il",
            'no actor is called "Kim Jong Il"; the closest are: Kim Jong Un (kim-jong-un, PRK), '
            "Kim Yo Jong (kim-yo-jong, PRK)",
        ),
        # a misspelt surname comes close to the surname alone, not to the whole name
        (
            "Lavrow",
            'no actor is called "Lavrow"; the closest are: Sergei Lavrov (sergei-lavrov, RUS)',
        ),
        (
            "Sergey Lavrof",
            'no actor is called "Sergey Lavrof"; the closest are: Sergei Lavrov (sergei-lavrov, '
            "RUS)",
        ),
        (
            "Pinyera",
            'no actor is called "Pinyera"; the closest are: Sebastián Piñera (sebastian-pinera, '
            "CHL)",
        ),
        (
            "Zelensky",
            'no actor is called "Zelensky"; list the actors with their ids: kgraph actors',
        ),
        ("  ", 'no actor is called "  "; list the actors with their ids: kgraph actors'),
    ],
)
def test_no_match_says_what_comes_closest(graph, typed, message):
    with pytest.raises(ActorNotFound) as raised:
        find_actor(graph, typed)
    assert str(raised.value) == message


@pytest.mark.parametrize(
    ("typed", "code"),
    [("PRK", "PRK"), ("prk", "PRK"), ("North Korea", "PRK"), ("north korea", "PRK"),
     ("Russian", "RUS"), ("Moscow", "RUS")],
)  # fmt: skip
def test_a_country_is_a_code_a_name_a_demonym_or_a_capital(typed, code):
    assert country_code(typed) == code


def test_an_unknown_country_asks_for_its_code():
    with pytest.raises(UnknownCountry) as raised:
        country_code("Narnia")
    assert str(raised.value) == (
        'no country is called "Narnia"; give its ISO-3166 alpha-3 code, such as PRK or USA'
    )
