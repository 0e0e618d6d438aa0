"""``kgraph view``: one HTML page that needs nothing but a browser, checked in headless Chromium.

The page's own script writes what it drew into ``<body data-drawn data-nodes data-edges>``;
Chromium's ``--dump-dom`` prints the page after its scripts ran. To test hovering and the
filters, a test appends a script that moves the pointer and clicks, then writes what it saw
into the DOM too. Without Chromium those tests skip, saying how to install it.
"""

from __future__ import annotations

import json
from html.parser import HTMLParser

import networkx as nx
import pytest
from typer.testing import CliRunner

from kgraph.cli import app
from kgraph.export.view import view_data, write_view
from kgraph.graph import build_graph
from kgraph.records import Action, Actor, Triple
from kgraph.store import Store

from .headless import CHROMIUM, PAN, render
from .large_graph import made_up_graph

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
    assert [tag for tag, _ in tags.tags].count("script") == 3
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


@needs_chromium
def test_the_examples_graph_draws_in_chromium(examples_db, tmp_path):
    result = CliRunner().invoke(
        app, ["view", "--db", str(examples_db), "-o", str(tmp_path / "g.html")]
    )
    assert result.exit_code == 0, result.stderr
    with Store(examples_db) as store:
        graph = build_graph(store.triples())
    drawn = render(tmp_path / "g.html", tmp_path)
    assert (drawn["drawn"], drawn["nodes"], drawn["edges"], drawn["layout"]) == (
        "true", str(graph.number_of_nodes()), str(graph.number_of_edges()), "done"
    )
    assert result.stderr == (
        f"{tmp_path / 'g.html'}: {graph.number_of_nodes()} actors, "
        f"{graph.number_of_edges()} relations; open it in a browser\n"
    )


@needs_chromium
def test_a_browser_without_webgl_says_so(graph, tmp_path):
    write_view(graph, tmp_path / "graph.html")
    status = 'document.body.dataset.status = document.getElementById("status").textContent;'
    shown = render(tmp_path / "graph.html", tmp_path, status, flags=("--disable-3d-apis",))
    assert "drawn" not in shown
    assert shown["status"].startswith("this browser cannot draw the graph (WebGL: ")


# Moves the pointer onto the middle of the relation Choe -> Lavrov, then filters, then searches,
# writing what the page shows after each step.
INTERACT = """
const {nodes, edges, graph, renderer} = window.kgraph;
const box = document.getElementById("graph").getBoundingClientRect();
const point = (i, j) => {
  const [a, b] = [i, j].map((k) => graph.getNodeAttributes(String(k)));
  const at = renderer.graphToViewport({x: (a.x + b.x) / 2, y: (a.y + b.y) / 2});
  return {bubbles: true, clientX: box.left + at.x, clientY: box.top + at.y};
};
const attack = edges.find((e) => nodes[e.source].name === "Choe Son Hui");
// sigma listens on the document, and hovers only for events on its own top canvas
const captor = renderer.getMouseCaptor().container;
const pointer = (at) => captor.dispatchEvent(new MouseEvent("mousemove", at));
pointer(point(attack.source, attack.target));
document.body.dataset.tip = document.getElementById("tip").textContent;
const kim = nodes.findIndex((node) => node.name === "Kim Jong Un");
pointer(point(kim, kim));
document.body.dataset.actorTip = document.getElementById("tip").textContent;
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
const search = document.getElementById("search");
search.value = "ch";
search.dispatchEvent(new Event("input"));
const buttons = [...document.querySelectorAll("#matches button")];
document.body.dataset.matches = buttons.map((button) => button.textContent).join("|");
buttons[0].click();
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
    assert shown["actor-tip"] == (
        "Kim Jong UnPERSON · PRK · GOVdegree 3 (events in and out)also: Kim"
    )
    # dated 2024-01-16 or undated; then dated only; no category; all; all but ASSAULT
    steps = ["from-last-date", "without-undated", "no-category", "all-categories", "consult-only"]
    assert [shown[step] for step in steps] == ["3", "2", "0", "2", "1"]
    assert (shown["edges"], shown["nodes"]) == ("1", "2")  # Lavrov met Kim
    # searching "ch" offers Choe Son Hui alone, and choosing it selects it
    assert shown["matches"] == "Choe Son Hui"
    assert shown["selected"] == "Choe Son Hui"


@needs_chromium
def test_ten_thousand_actors_and_fifty_thousand_relations_draw_and_pan(tmp_path):
    write_view(made_up_graph(10_000, 50_000), tmp_path / "graph.html")
    shown = render(tmp_path / "graph.html", tmp_path, PAN)
    assert (shown["drawn"], shown["nodes"], shown["edges"]) == ("true", "10000", "50000")
    assert shown["panned"] == "true"
    print(f"first draw {shown['first-draw-ms']} ms, a frame of the pan {shown['pan-frame-ms']} ms")
    # without a GPU, on two busy CPUs: about 3 s and 100 ms (benchmarks/bench_view.py)
    assert int(shown["first-draw-ms"]) < 10_000
    assert int(shown["pan-frame-ms"]) < 250
