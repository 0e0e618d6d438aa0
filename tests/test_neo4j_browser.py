"""Neo4j Browser, served by the test server, connects and draws an analyst's query.

Driven in headless Chromium (Debian's ``chromium``, which CI installs); without it the test
skips and says so.
"""

from __future__ import annotations

import neo4j
import pytest

from kgraph.graph import build_graph
from kgraph.neo4j.bolt import write_neo4j
from kgraph.neo4j.queries import load_query
from tests.neo4j_browser import CHROMIUM, browser_session
from tests.neo4j_sample import DOCUMENTS, TRIPLES
from tests.neo4j_server import Neo4jServer

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="headless Chromium is not installed; run: apt-get install chromium"
)


def test_browser_runs_who_met_whom_and_draws_its_graph(
    neo4j_server: Neo4jServer, neo4j_driver: neo4j.Driver, neo4j_database: str
) -> None:
    write_neo4j(build_graph(TRIPLES), DOCUMENTS, TRIPLES, neo4j_driver, database=neo4j_database)
    with browser_session(neo4j_server) as browser:
        browser.run(":param limit => 25")
        table = browser.run(load_query("who_met_whom").cypher)
        for pair in ("Sergei Lavrov", "Choe Son Hui", "Kim Jong Un", "Vladimir Putin"):
            table.get_by_text(pair).first.wait_for()
        assert table.get_by_text("Antony Blinken").count() == 0  # "did not meet" is no meeting
        graph = browser.run(load_query("who_met_whom_graph").cypher)
        assert browser.graph(graph) == (4, 4)
        for actor in ("Sergei Lavrov", "Choe Son Hui", "Kim Jong Un", "Vladimir Putin"):
            assert graph.locator("svg g.node", has_text=actor.split()[0]).count() == 1
