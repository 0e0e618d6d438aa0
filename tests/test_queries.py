"""Every file in ``cypher/`` runs against Neo4j loaded with the sample corpus."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import neo4j
import pytest
from neo4j.graph import Path as GraphPath

from kgraph.graph import build_graph
from kgraph.neo4j.bolt import write_neo4j
from kgraph.neo4j.queries import (
    QueryNotFound,
    QueryParameterError,
    display_value,
    list_queries,
    load_query,
    parse_value,
    run_query,
)
from tests.neo4j_sample import DOCUMENTS, TRIPLES
from tests.neo4j_server import clear

SEED_TITLE = DOCUMENTS[0].title

# (query, parameters, expected rows); None parameters means the header's defaults.
EXPECTED: list[tuple[str, dict[str, Any] | None, list[list[Any]]]] = [
    (
        "schema",
        None,
        [
            ["actor_country", "RANGE", "NODE", ["Actor"], ["country"], None],
            ["actor_id", "RANGE", "NODE", ["Actor"], ["id"], "actor_id"],
            ["actor_name", "RANGE", "NODE", ["Actor"], ["name"], None],
            ["article_id", "RANGE", "NODE", ["Article"], ["id"], "article_id"],
            ["event_date", "RANGE", "NODE", ["Event"], ["date"], None],
            ["event_id", "RANGE", "NODE", ["Event"], ["id"], "event_id"],
        ],
    ),
    (
        "who_met_whom",
        None,
        [
            ["Sergei Lavrov", "Choe Son Hui", 2, ["invite", "meet"], "2023-10-19", "2023-10-19"],
            ["Sergei Lavrov", "Kim Jong Un", 2, ["meet"], "2023-10-19", "2023-10-20"],
            ["Kim Jong Un", "Vladimir Putin", 1, ["meet"], "2024-01-22", "2024-01-22"],
        ],
    ),
    (
        "who_met_whom_graph",
        None,
        [
            ["Sergei Lavrov -[CONSULT: meet]-> Kim Jong Un"],
            ["Kim Jong Un -[CONSULT: meet]-> Vladimir Putin"],
            ["Sergei Lavrov -[CONSULT: invite]-> Choe Son Hui"],
            ["Sergei Lavrov -[CONSULT: meet]-> Choe Son Hui"],
        ],
    ),
    (
        "who_met_whom",
        {"limit": 1},
        [["Sergei Lavrov", "Choe Son Hui", 2, ["invite", "meet"], "2023-10-19", "2023-10-19"]],
    ),
    (
        "neighbourhood",
        {"actor": "kim-jong-un"},
        [
            ["in", "CONSULT", "meet", "Sergei Lavrov", 2, "2023-10-19", "2023-10-20"],
            ["out", "CONSULT", "meet", "Vladimir Putin", 1, "2024-01-22", "2024-01-22"],
        ],
    ),
    (
        "top_actors_by_degree",
        {"limit": 3},
        [["Sergei Lavrov", "RUS", 4, 5], ["Russia", "RUS", 4, 4], ["Kim Jong Un", "PRK", 2, 3]],
    ),
    (
        "top_actors_by_conflict",
        None,
        [
            ["Russia", "RUS", 1, 1, 2],
            ["United States", "USA", 2, 0, 2],
            ["North Korea", "PRK", 0, 1, 1],
            ["Ukraine", "UKR", 0, 1, 1],
        ],
    ),
    (
        "dyad_timeline",
        {"actor": "kim-jong-un", "other": "sergei-lavrov"},
        [
            ["2023-10-19", "Sergei Lavrov", "meet", False, "CONSULT", "Kim Jong Un",
             TRIPLES[0].sentence, SEED_TITLE],
            ["2023-10-20", "Sergei Lavrov", "meet", False, "CONSULT", "Kim Jong Un",
             TRIPLES[5].sentence, "Lavrov's second day"],
        ],
    ),
    (
        "country_pair_balance",
        None,
        [["PRK", "RUS", 6, 0], ["PRK", "USA", 0, 1], ["RUS", "UKR", 0, 1], ["RUS", "USA", 0, 1]],
    ),
    (
        "shortest_path",
        None,
        [
            [
                ["Choe Son Hui", "Sergei Lavrov", "Kim Jong Un", "Vladimir Putin"],
                ["<- CONSULT: invite", "CONSULT: meet ->", "CONSULT: meet ->"],
                3,
            ],
            [
                ["Choe Son Hui", "Sergei Lavrov", "Kim Jong Un", "Vladimir Putin"],
                ["<- CONSULT: meet", "CONSULT: meet ->", "CONSULT: meet ->"],
                3,
            ],
        ],
    ),
    ("shortest_path", {"actor": "antony-blinken", "other": "ukraine"}, []),
    (
        "relationship_evidence",
        None,
        [
            ["CONSULT", "meet", "2023-10-19", TRIPLES[0].sentence, SEED_TITLE,
             DOCUMENTS[0].url, 0.9],
            ["CONSULT", "meet", "2023-10-20", TRIPLES[5].sentence, "Lavrov's second day",
             None, 0.9],
        ],
    ),
    (
        "new_relations_since",
        None,
        [
            ["2024-01-22", "Kim Jong Un", "CONSULT", "meet", "Vladimir Putin", 1],
            ["2024-01-22", "Leif-Eric Easley", "RELATED_TO", "describe", "Russia", 1],
            ["2024-01-22", "Russia", "ASSAULT", "attack", "Ukraine", 1],
            ["2024-01-22", "Sergei Lavrov", "CONSULT", "not meet", "Antony Blinken", 1],
        ],
    ),
    ("new_relations_since", {"since": "2025-01-01"}, []),
    (
        "actors_by_country_and_sector",
        None,
        [
            ["PRK", "GOV", 3, ["Choe Son Hui", "Kim Jong Un", "North Korea"]],
            ["RUS", "GOV", 3, ["Russia", "Sergei Lavrov", "Vladimir Putin"]],
            ["UKR", "GOV", 1, ["Ukraine"]],
            ["USA", "GOV", 2, ["Antony Blinken", "United States"]],
            [None, "EDU", 1, ["Leif-Eric Easley"]],
        ],
    ),
    (
        "actors_by_country_and_sector",
        {"country": "RUS"},
        [["RUS", "GOV", 3, ["Russia", "Sergei Lavrov", "Vladimir Putin"]]],
    ),
]  # fmt: skip


@pytest.fixture(scope="module")
def loaded(neo4j_driver: neo4j.Driver) -> str:
    """The database holding the sample corpus, for this module's tests, which only read it."""
    clear(neo4j_driver)
    write_neo4j(build_graph(TRIPLES), DOCUMENTS, TRIPLES, neo4j_driver, database="neo4j")
    return "neo4j"


def _sorted_lists(rows: list[list[Any]]) -> list[list[Any]]:
    """Rows with list values sorted: collect() promises no order."""
    return [[sorted(v) if isinstance(v, list) else v for v in row] for row in rows]


@pytest.mark.parametrize(("name", "parameters", "expected"), EXPECTED)
def test_query_rows(
    neo4j_driver: neo4j.Driver, loaded: str, name: str, parameters, expected
) -> None:
    _, rows = run_query(neo4j_driver, load_query(name), parameters, database=loaded)
    rows = [[display_value(v) if isinstance(v, GraphPath) else v for v in row] for row in rows]
    if name in ("shortest_path", "who_met_whom_graph"):  # their order matters
        assert rows == expected
    else:
        assert _sorted_lists(rows) == _sorted_lists(expected)


def test_every_query_is_tested() -> None:
    assert {query.name for query in list_queries()} == {name for name, _, _ in EXPECTED}
    assert len(list_queries()) >= 10


@pytest.mark.parametrize("query", list_queries(), ids=lambda query: query.name)
def test_every_query_has_a_header(query) -> None:
    assert query.question.endswith((".", "?")) and "?" in query.question
    assert set(query.descriptions) == set(query.defaults)
    assert not query.cypher.startswith("//")


def test_columns(neo4j_driver: neo4j.Driver, loaded: str) -> None:
    columns, _ = run_query(neo4j_driver, load_query("who_met_whom"), database=loaded)
    assert columns == ["actor", "met", "times", "actions", "first_seen", "last_seen"]


def test_an_unknown_query_names_the_queries() -> None:
    with pytest.raises(QueryNotFound, match=r"^no query named 'nope'; the queries are: actors_by"):
        load_query("nope")
    with pytest.raises(QueryNotFound):
        load_query("../pyproject")


def test_an_unknown_parameter_is_refused() -> None:
    with pytest.raises(QueryParameterError, match="^who_met_whom takes limit, not actor$"):
        load_query("who_met_whom").parameters({"actor": "x"})


def test_a_parameter_without_a_default_is_refused(tmp_path: Path) -> None:
    (tmp_path / "broken.cypher").write_text(
        "// Who?\n// Parameters:\n//   actor: an id\nMATCH (a {id: $actor}) RETURN a\n"
    )
    with pytest.raises(QueryParameterError, match=r"^broken.cypher: .* \['actor'\]$"):
        load_query("broken", tmp_path)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("25", 25),
        ("-1.5", -1.5),
        ("null", None),
        ("TRUE", True),
        ("'sergei-lavrov'", "sergei-lavrov"),
        ('"double"', "double"),
        (r"'it\'s \u00e9\n'", "it's \u00e9\n"),
        (r"'\ud83d\ude00'", "\U0001f600"),
        ("2024-01-01", "2024-01-01"),
        ("sergei-lavrov", "sergei-lavrov"),
    ],
)
def test_parse_value(text: str, value: Any) -> None:
    assert parse_value(text) == value
