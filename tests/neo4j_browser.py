"""Neo4j Browser, the analysts' window, driven in headless Chromium through Playwright.

The test server serves Neo4j Browser itself (``org.neo4j.client:neo4j-browser`` from Maven,
on its classpath) at ``/browser/``. `BrowserSession` opens it, logs in with the connect form
and runs commands and queries as an analyst types them; `python -m tests.neo4j_browser PNG`
loads the examples into a fresh Neo4j and saves the picture of ``who_met_whom_graph`` that the
README shows (``make screenshot``).
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import Locator, Page, expect, sync_playwright

from tests.neo4j_server import Neo4jServer

__all__ = ["CHROMIUM", "BrowserSession", "browser_session"]

CHROMIUM = shutil.which("chromium")
_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
]  # fmt: skip
_TIMEOUT_MS = 60_000


class BrowserSession:
    """One Neo4j Browser page, logged in to ``server``'s database ``neo4j``."""

    def __init__(self, page: Page, server: Neo4jServer) -> None:
        self.page = page
        page.set_default_timeout(_TIMEOUT_MS)
        user_at = server.uri.replace("bolt://", f"bolt://{server.username}@")
        page.goto(f"{server.http_uri}/browser/?dbms={user_at}&db=neo4j")
        page.get_by_test_id("password").fill(server.password)
        page.get_by_test_id("connect").click()
        page.get_by_text("You are connected as user").wait_for()
        self.run(":clear")

    def run(self, text: str) -> Locator:
        """Paste ``text`` into the editor, run it, and return the frame it makes (the top one)."""
        frames = self.page.locator("[data-testid=frame]")
        before = frames.count()
        self.page.locator("#monaco-main-editor").click()
        self.page.keyboard.insert_text(text)
        self.page.keyboard.press("Control+Enter")
        expect(frames).to_have_count(0 if text == ":clear" else before + 1)
        return frames.first

    def graph(self, frame: Locator) -> tuple[int, int]:
        """How many nodes and relationships the frame's graph view draws."""
        frame.locator("svg g.node").first.wait_for()
        return frame.locator("svg g.node").count(), frame.locator("svg g.relationship").count()


@contextmanager
def browser_session(
    server: Neo4jServer, width: int = 1280, height: int = 800
) -> Iterator[BrowserSession]:
    """A logged-in Neo4j Browser page in headless Chromium (Debian's ``chromium``)."""
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=_FLAGS)
        try:
            page = chromium.new_page(viewport={"width": width, "height": height})
            yield BrowserSession(page, server)
        finally:
            chromium.close()


def _screenshot(database: Path, picture: Path) -> None:
    """The examples' who_met_whom_graph in Neo4j Browser, saved as ``picture``."""
    import neo4j

    from kgraph import Store, build_graph
    from kgraph.neo4j.bolt import write_neo4j
    from kgraph.neo4j.queries import load_query

    with Store(database) as store:
        documents, triples = list(store.documents()), list(store.triples())
    query = load_query("who_met_whom_graph")
    with (
        Neo4jServer() as server,
        neo4j.GraphDatabase.driver(server.uri, auth=server.auth) as driver,
    ):
        write_neo4j(build_graph(triples), documents, triples, driver, database="neo4j")
        with browser_session(server, 1100, 760) as session:
            session.run(":param limit => 100")
            frame = session.run(query.cypher)
            session.graph(frame)
            session.page.wait_for_timeout(3000)  # let the force layout settle
            frame.screenshot(path=str(picture))


if __name__ == "__main__":
    _screenshot(Path(sys.argv[1]), Path(sys.argv[2]))
