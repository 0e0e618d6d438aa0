"""``kgraph view``: one HTML page that needs nothing but a browser, checked in headless Chromium.

The page's own script writes what it drew into ``<body data-drawn data-nodes data-edges>``;
Chromium's ``--dump-dom`` prints the page after its scripts ran. To test hovering and the
filters, a test appends a script that moves the pointer and clicks, then writes what it saw
into the DOM too. Without Chromium those tests skip, saying how to install it.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from kgraph.cli import app
from kgraph.export.view import view_data, write_view
from kgraph.graph import build_graph
from kgraph.records import Action, Actor, Triple
from kgraph.store import Store

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="headless Chromium is not installed; run: apt-get install chromium"
)

LAVROV = Actor("sergei-lavrov", "Sergei Lavrov", "Lavrov", "PERSON", "RUS", "GOV")
KIM = Actor("kim-jong-un", "Kim Jong Un", "Kim", "PERSON", "PRK", "GOV")
CHOE = Actor("choe-son-hui", "Choe Son Hui", "Choe", "PERSON", "PRK", "GOV")
MEET = Action("met", "meet", "CONSULT", "verbal_cooperation")
ATTACK = Action("attacked", "attack", "ASSAULT", "material_conflict")
# a sentence that would end the page's script, were it not escaped
HOSTILE = 'Kim said "</script><script>document.title = 1</script>" and {{script}} to Lavrov.'

TRIPLES = [
    Triple("a.txt", 0, "Lavrov met Kim in Pyongyang.", LAVROV, MEET, KIM, date="2023-10-19"),
    Triple("b.txt", 0, "Lavrov met Kim again.", LAVROV, MEET, KIM, date="2024-01-16"),
    Triple("b.txt", 1, "Choe attacked Lavrov.", CHOE, ATTACK, LAVROV, date="2024-01-16"),
    Triple("c.txt", 0, HOSTILE, KIM, ATTACK, CHOE),
]


@pytest.fixture
def graph() -> nx.MultiDiGraph:
    return build_graph(TRIPLES)


class _Tags(HTMLParser):
    """The tags of a page with their attributes, and the text of each script."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        if self.lasttag == "script":
            self.scripts.append(data)


def parse(page: str) -> _Tags:
    tags = _Tags()
    tags.feed(page)
    return tags


def test_the_page_fetches_nothing(graph, tmp_path):
    write_view(graph, tmp_path / "graph.html")
    tags = parse((tmp_path / "graph.html").read_text(encoding="utf-8"))
    for tag, attributes in tags.tags:
        assert tag not in {"link", "img", "iframe", "object", "embed"}
        assert not {"src", "href"} & set(attributes), (tag, attributes)
    assert "@import" not in (tmp_path / "graph.html").read_text(encoding="utf-8")


def test_the_page_holds_the_graph_as_json_and_article_text_cannot_escape_it(graph, tmp_path):
    write_view(graph, tmp_path / "graph.html", title="<Korea> & Russia")
    page = (tmp_path / "graph.html").read_text(encoding="utf-8")
    tags = parse(page)
    assert [tag for tag, _ in tags.tags].count("script") == 2
    assert json.loads(tags.scripts[0]) == view_data(graph)
    assert "<title>&lt;Korea&gt; &amp; Russia</title>" in page


def test_relations_carry_the_dates_of_their_events_for_the_date_filter(graph):
    data = view_data(graph)
    names = [node["name"] for node in data["nodes"]]
    by_pair = {(names[e["source"]], names[e["target"]]): e for e in data["edges"]}
    meet = by_pair["Sergei Lavrov", "Kim Jong Un"]
    assert (meet["dates"], meet["undated"], meet["weight"]) == (["2023-10-19", "2024-01-16"], 0, 2)
    assert by_pair["Kim Jong Un", "Choe Son Hui"]["undated"] == 1


def test_only_the_actors_with_most_relations_are_kept_when_asked(graph):
    data = view_data(graph, max_actors=2)
    assert [node["name"] for node in data["nodes"]] == ["Kim Jong Un", "Sergei Lavrov"]
    assert (data["shown"], data["total"], len(data["edges"])) == (2, 3, 1)


# --- in the browser --------------------------------------------------------------------------


def render(page: Path, tmp_path: Path, script: str = "") -> dict[str, str]:
    """Open ``page`` in headless Chromium, run ``script`` after the page's own, return the
    attributes of ``<body>``."""
    if script:
        text = page.read_text(encoding="utf-8")
        page.write_text(text.replace("</body>", f"<script>{script}</script>\n</body>"), "utf-8")
    done = subprocess.run(
        [
            CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-dev-shm-usage", f"--user-data-dir={tmp_path / 'chromium'}",
            "--window-size=1280,800", "--dump-dom", page.resolve().as_uri(),
        ],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    body = re.search(r"<body([^>]*)>", done.stdout)
    assert done.returncode == 0 and body, done.stderr[-2000:]
    return dict(re.findall(r'data-([\w-]+)="([^"]*)"', body[1]))


@needs_chromium
def test_the_examples_graph_draws_in_chromium(examples_db, tmp_path):
    result = CliRunner().invoke(
        app, ["view", "--db", str(examples_db), "-o", str(tmp_path / "g.html")]
    )
    assert result.exit_code == 0, result.stderr
    with Store(examples_db) as store:
        graph = build_graph(store.triples())
    drawn = render(tmp_path / "g.html", tmp_path)
    assert drawn == {
        "drawn": "true",
        "nodes": str(graph.number_of_nodes()),
        "edges": str(graph.number_of_edges()),
    }
    assert result.stderr == (
        f"{tmp_path / 'g.html'}: {graph.number_of_nodes()} actors, "
        f"{graph.number_of_edges()} relations; open it in a browser\n"
    )


# Moves the pointer onto the middle of the relation Choe -> Lavrov (the only one between them,
# so drawn straight), then filters, writing what the page shows after each step.
INTERACT = """
const {nodes, edges, view} = window.kgraph;
const canvas = document.getElementById("graph");
const box = canvas.getBoundingClientRect();
const attack = edges.find((e) => nodes[e.source].name === "Choe Son Hui");
const [a, b] = [nodes[attack.source], nodes[attack.target]];
canvas.dispatchEvent(new MouseEvent("mousemove", {
  clientX: box.left + view.x + view.k * (a.x + b.x) / 2,
  clientY: box.top + view.y + view.k * (a.y + b.y) / 2,
}));
document.body.dataset.tip = document.getElementById("tip").textContent;
const step = (name, act) => { act(); document.body.dataset[name] = document.body.dataset.edges; };
const slide = (id, value) => {
  document.getElementById(id).value = value;
  document.getElementById(id).dispatchEvent(new Event("input"));
};
step("fromLastDate", () => slide("from", 1));
step("withoutUndated", () => document.getElementById("undated").click());
step("noCategory", () => document.getElementById("none").click());
step("allCategories", () => document.getElementById("all").click());
step("consultOnly", () => document.querySelector("[data-category=ASSAULT]").click());
"""


@needs_chromium
def test_hovering_shows_the_evidence_and_the_filters_hide_relations(graph, tmp_path):
    write_view(graph, tmp_path / "graph.html")
    shown = render(tmp_path / "graph.html", tmp_path, INTERACT)
    assert shown["tip"] == (
        "Choe Son Hui → ASSAULT: attack → Sergei Lavrov"
        "reported once; 2024-01-16"
        "“Choe attacked Lavrov.”"
    )
    # dated 2024-01-16 or undated; then dated only; no category; all; all but ASSAULT
    steps = ["from-last-date", "without-undated", "no-category", "all-categories", "consult-only"]
    assert [shown[step] for step in steps] == ["3", "2", "0", "2", "1"]
    assert (shown["edges"], shown["nodes"]) == ("1", "2")  # Lavrov met Kim
