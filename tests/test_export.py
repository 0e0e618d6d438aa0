"""How the graph is written out: GraphML for Gephi, node-link JSON, to a path (atomically) or
to an open file.

Each format is read back with networkx: GraphML must equal `gephi_safe(graph)` (lists joined,
None left out, numeric weight), JSON must equal the graph itself (lists stay lists). Property
tests do the same for graphs made of random actor ids, lemmas and texts. Every writer takes an
open file as networkx's do, and writes to it what it would write to a path.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kgraph.export.gexf import write_gexf
from kgraph.export.graphml import LIST_SEPARATOR, gephi_safe, write_graphml
from kgraph.export.json import write_json
from kgraph.export.view import write_view
from kgraph.graph import build_graph
from kgraph.records import Action, Actor, Triple

GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"

LAVROV = Actor("sergei-lavrov", "Sergei Lavrov", "Lavrov", "PERSON", "RUS", "GOV")
KIM = Actor("kim-jong-un", "Kim Jong Un", "Kim", "PERSON", "PRK", "GOV")
# No country or sector known: both must be left out of the GraphML, not written as "None".
MOON = Actor("moon-jae-in", "Moon Jae-in", "문재인", "PERSON")

MEET = Action("met", "meet", "CONSULT", "verbal_cooperation")
DID_NOT_MEET = Action("meet", "meet", "CONSULT", "verbal_cooperation", negated=True)
TOUR = Action("toured", "tour")  # no category, no quad


def triple(
    subject: Actor, action: Action, object: Actor, doc_id: str, sentence: str, date: str | None
) -> Triple:
    return Triple(doc_id, 0, sentence, subject, action, object, date=date)


@pytest.fixture
def graph() -> nx.MultiDiGraph:
    """Three actors, parallel edges, lists of two, None values, a non-ASCII alias."""
    return build_graph(
        [
            triple(LAVROV, MEET, KIM, "a.txt", "Lavrov met Kim.", "2023-10-19"),
            triple(LAVROV, MEET, KIM, "b.txt", "They met again.", "2024-01-16"),
            triple(KIM, MEET, LAVROV, "b.txt", "Kim met Lavrov.", "2024-01-16"),
            triple(LAVROV, DID_NOT_MEET, MOON, "c.txt", "Lavrov did not meet 문재인.", None),
            triple(KIM, TOUR, MOON, "c.txt", "Kim toured Seoul with Moon.", None),
        ]
    )


def read_graphml(path: Path) -> nx.MultiDiGraph:
    return nx.read_graphml(path, force_multigraph=True)


def read_json(path: Path) -> nx.MultiDiGraph:
    data = json.loads(path.read_text(encoding="utf-8"))
    return nx.node_link_graph(data, edges="edges", multigraph=True, directed=True)


# --- GraphML ---------------------------------------------------------------------------------


def test_graphml_reads_back_with_the_same_nodes_and_edges(
    graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    path = tmp_path / "graph.graphml"
    write_graphml(graph, path)
    read = read_graphml(path)
    expected = gephi_safe(graph)
    assert read.is_directed() and read.is_multigraph()
    assert sorted(read.nodes(data=True)) == sorted(expected.nodes(data=True))
    assert sorted(read.edges(keys=True, data=True)) == sorted(expected.edges(keys=True, data=True))


def test_graphml_weight_stays_a_number(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = tmp_path / "graph.graphml"
    write_graphml(graph, path)
    key = "sergei-lavrov->kim-jong-un:CONSULT|meet"
    weight = read_graphml(path).edges["sergei-lavrov", "kim-jong-un", key]["weight"]
    assert weight == 2
    assert type(weight) is int


def test_graphml_joins_lists_with_the_list_separator(
    graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    path = tmp_path / "graph.graphml"
    write_graphml(graph, path)
    read = read_graphml(path)
    assert LIST_SEPARATOR == "; "
    assert read.nodes["moon-jae-in"]["aliases"] == "문재인"
    edge = read.edges["sergei-lavrov", "kim-jong-un", "sergei-lavrov->kim-jong-un:CONSULT|meet"]
    assert edge["doc_ids"] == "a.txt; b.txt"
    assert edge["evidence"] == "Lavrov met Kim.; They met again."


def test_graphml_leaves_out_none_values(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = tmp_path / "graph.graphml"
    write_graphml(graph, path)
    read = read_graphml(path)
    assert "country" not in read.nodes["moon-jae-in"]
    assert "sector" not in read.nodes["moon-jae-in"]
    toured = read.edges["kim-jong-un", "moon-jae-in", "kim-jong-un->moon-jae-in:|tour"]
    assert toured == {
        "label": "tour",
        "lemma": "tour",
        "weight": 1,
        "doc_ids": "c.txt",
        "evidence": "Kim toured Seoul with Moon.",
        "triple_ids": graph.edges["kim-jong-un", "moon-jae-in", "|tour"]["triple_ids"][0],
    }
    assert "None" not in path.read_text(encoding="utf-8")


def test_graphml_key_ids_are_the_attribute_names(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    # Gephi takes the key with id "d3" as the node label: networkx's default ids would hijack it.
    path = tmp_path / "graph.graphml"
    write_graphml(graph, path)
    keys = ET.parse(path).getroot().findall(f"{GRAPHML}key")
    assert {(key.get("for"), key.get("attr.name")) for key in keys} >= {
        ("node", "label"),
        ("edge", "label"),
        ("edge", "weight"),
    }
    assert [key.get("id") for key in keys] == [key.get("attr.name") for key in keys]
    weight = next(key for key in keys if key.get("id") == "weight")
    assert weight.get("attr.type") in {"int", "long"}


def test_graphml_edge_ids_are_unique_so_gephi_keeps_every_edge(
    graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    path = tmp_path / "graph.graphml"
    write_graphml(graph, path)
    ids = [edge.get("id") for edge in ET.parse(path).getroot().iter(f"{GRAPHML}edge")]
    assert len(ids) == graph.number_of_edges()
    assert len(set(ids)) == len(ids), sorted(ids)


@pytest.mark.parametrize(
    ("where", "message"),
    [
        ("node", "node 'kim-jong-un' attribute 'meta' has unsupported type <class 'dict'>"),
        (
            "edge",
            "edge 'kim-jong-un'->'sergei-lavrov' attribute 'meta' has unsupported type "
            "<class 'dict'>",
        ),
    ],
)
def test_graphml_refuses_a_value_it_cannot_write_and_names_the_attribute(
    graph: nx.MultiDiGraph, tmp_path: Path, where: str, message: str
) -> None:
    if where == "node":
        graph.nodes["kim-jong-un"]["meta"] = {"source": "Tass"}
    else:
        graph.edges["kim-jong-un", "sergei-lavrov", "CONSULT|meet"]["meta"] = {"source": "Tass"}
    path = tmp_path / "graph.graphml"
    with pytest.raises(TypeError) as raised:
        write_graphml(graph, path)
    assert str(raised.value) == message
    assert list(tmp_path.iterdir()) == []


# --- JSON ------------------------------------------------------------------------------------


def test_json_reads_back_as_the_same_graph(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = tmp_path / "graph.json"
    write_json(graph, path)
    read = read_json(path)
    assert sorted(read.nodes(data=True)) == sorted(graph.nodes(data=True))
    assert sorted(read.edges(keys=True, data=True)) == sorted(graph.edges(keys=True, data=True))


def test_json_keeps_lists_as_lists_and_none_as_null(
    graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    path = tmp_path / "graph.json"
    write_json(graph, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    moon = next(node for node in data["nodes"] if node["id"] == "moon-jae-in")
    assert moon["aliases"] == ["문재인"]
    assert moon["country"] is None
    met = next(edge for edge in data["edges"] if edge["key"] == "CONSULT|meet")
    assert met["doc_ids"] == ["a.txt", "b.txt"]
    # Readable text, not \\u escapes.
    assert "문재인" in path.read_text(encoding="utf-8")


def test_json_is_utf8_whatever_the_locale(tmp_path: Path) -> None:
    script = (
        "import networkx as nx\n"
        "from kgraph.export.json import write_json\n"
        "graph = nx.MultiDiGraph()\n"
        "graph.add_node('moon-jae-in', name='\\ubb38\\uc7ac\\uc778')\n"
        "write_json(graph, 'graph.json')\n"
    )
    # An ASCII locale, with Python's UTF-8 mode and locale coercion switched off.
    env = {**os.environ, "LC_ALL": "C", "PYTHONCOERCECLOCALE": "0", "PYTHONUTF8": "0"}
    run = subprocess.run(
        [sys.executable, "-X", "utf8=0", "-c", script],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert read_json(tmp_path / "graph.json").nodes["moon-jae-in"]["name"] == "문재인"


# --- open files ------------------------------------------------------------------------------

WRITERS = {"graphml": write_graphml, "gexf": write_gexf, "json": write_json, "view": write_view}
TEXT_WRITERS = ["json", "view"]


def undated(data: bytes) -> bytes:
    """An export without the day GEXF stamps it with, which two writes may not share."""
    return re.sub(rb'lastmodifieddate="[^"]*"', b"", data)


def test_graphml_round_trips_through_bytes(graph: nx.MultiDiGraph) -> None:
    out = io.BytesIO()
    write_graphml(graph, out)
    out.seek(0)
    read = nx.read_graphml(out, force_multigraph=True)
    expected = gephi_safe(graph)
    assert sorted(read.nodes(data=True)) == sorted(expected.nodes(data=True))
    assert sorted(read.edges(keys=True, data=True)) == sorted(expected.edges(keys=True, data=True))


def test_json_round_trips_through_bytes(graph: nx.MultiDiGraph) -> None:
    out = io.BytesIO()
    write_json(graph, out)
    data = json.loads(out.getvalue().decode("utf-8"))
    read = nx.node_link_graph(data, edges="edges", multigraph=True, directed=True)
    assert sorted(read.nodes(data=True)) == sorted(graph.nodes(data=True))
    assert sorted(read.edges(keys=True, data=True)) == sorted(graph.edges(keys=True, data=True))


@pytest.mark.parametrize(
    ("name", "open_file"),
    [(name, io.BytesIO) for name in WRITERS] + [(name, io.StringIO) for name in TEXT_WRITERS],
    ids=lambda value: value if isinstance(value, str) else value.__name__,
)
def test_a_writer_writes_to_an_open_file_what_it_writes_to_a_path_and_leaves_it_open(
    graph: nx.MultiDiGraph, tmp_path: Path, name: str, open_file: type[io.IOBase]
) -> None:
    WRITERS[name](graph, tmp_path / "graph.out")
    out = open_file()
    WRITERS[name](graph, out)
    written = out.getvalue()
    if isinstance(written, str):
        written = written.encode("utf-8")
    assert undated(written) == undated((tmp_path / "graph.out").read_bytes())
    assert not out.closed


@pytest.mark.parametrize("name", sorted(set(WRITERS) - set(TEXT_WRITERS)))
def test_a_writer_of_bytes_writes_under_a_text_stream_like_stdout(
    graph: nx.MultiDiGraph, tmp_path: Path, name: str
) -> None:
    WRITERS[name](graph, tmp_path / "graph.out")
    raw = io.BytesIO()
    stdout = io.TextIOWrapper(raw, encoding="utf-8")
    stdout.write("before\n")
    WRITERS[name](graph, stdout)
    assert undated(raw.getvalue()) == b"before\n" + undated((tmp_path / "graph.out").read_bytes())


def test_a_writer_of_bytes_refuses_text_it_cannot_reach_the_bytes_of(
    graph: nx.MultiDiGraph,
) -> None:
    with pytest.raises(TypeError, match="this export writes bytes: give a binary file or a path"):
        write_graphml(graph, io.StringIO())


# --- atomic output ---------------------------------------------------------------------------


@pytest.mark.parametrize("error", [OSError("disk full"), KeyboardInterrupt()], ids=repr)
def test_an_interrupted_graphml_export_leaves_the_previous_file(
    graph: nx.MultiDiGraph,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    error: BaseException,
) -> None:
    path = tmp_path / "graph.graphml"
    path.write_text("the previous export\n")

    def write_half_then_fail(*args: object, **kwargs: object) -> None:
        handle = args[1]
        handle.write(b"<?xml version='1.0' encoding='utf-8'?>\n<graphml")  # type: ignore[attr-defined]
        raise error

    monkeypatch.setattr(nx, "write_graphml", write_half_then_fail)
    with pytest.raises(type(error)):
        write_graphml(graph, path)
    assert path.read_text() == "the previous export\n"
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


def test_an_interrupted_json_export_leaves_the_previous_file(
    graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    path = tmp_path / "graph.json"
    path.write_text("the previous export\n")
    # json.dump writes the nodes before it reaches the edge it cannot encode.
    graph.edges["kim-jong-un", "moon-jae-in", "|tour"]["places"] = {"Seoul"}
    with pytest.raises(TypeError, match="Object of type set is not JSON serializable"):
        write_json(graph, path)
    assert path.read_text() == "the previous export\n"
    assert list(tmp_path.iterdir()) == [path]


@pytest.mark.parametrize("write", [write_graphml, write_json], ids=["graphml", "json"])
def test_an_export_replaces_the_previous_file_and_leaves_nothing_else(
    graph: nx.MultiDiGraph, tmp_path: Path, write
) -> None:
    path = tmp_path / "graph.out"
    path.write_text("the previous export\n")
    write(graph, path)
    assert path.read_text(encoding="utf-8") != "the previous export\n"
    assert list(tmp_path.iterdir()) == [path]


@pytest.mark.parametrize("write", [write_graphml, write_json], ids=["graphml", "json"])
def test_an_export_has_the_permissions_of_any_new_file(
    graph: nx.MultiDiGraph, tmp_path: Path, write
) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text("made with open()\n")
    path = tmp_path / "graph.out"
    write(graph, path)
    assert oct(path.stat().st_mode & 0o777) == oct(plain.stat().st_mode & 0o777)


# --- properties ------------------------------------------------------------------------------


def _xml_char(char: str) -> bool:
    """Whether XML 1.0 allows ``char`` in a document (surrogates are excluded by the codec)."""
    code = ord(char)
    return (code >= 0x20 or char in "\t\n\r") and code not in (0xFFFE, 0xFFFF)


texts = st.text(st.characters(codec="utf-8").filter(_xml_char), max_size=12)
maybe_texts = st.none() | texts


@st.composite
def graphs(draw: st.DrawFn) -> nx.MultiDiGraph:
    """A graph built from up to 8 random triples between up to 4 random actor ids."""
    ids = draw(st.lists(texts, min_size=1, max_size=4, unique=True))
    actors = st.builds(
        Actor,
        id=st.sampled_from(ids),
        name=texts,
        text=texts,
        type=st.sampled_from(["PERSON", "ORG", "GPE", "NORP"]),
        country=maybe_texts,
        sector=maybe_texts,
    )
    actions = st.builds(
        Action,
        text=texts,
        lemma=texts,
        category=st.sampled_from([None, "CONSULT", "ACCUSE", "AID"]),
        quad=maybe_texts,
        negated=st.booleans(),
    )
    triples = st.builds(
        Triple,
        doc_id=texts,
        sentence_index=st.integers(0, 99),
        sentence=texts,
        subject=actors,
        action=actions,
        object=actors,
        date=maybe_texts,
    )
    return build_graph(draw(st.lists(triples, min_size=1, max_size=8)))


@settings(max_examples=50, deadline=None)
@given(graph=graphs())
def test_graphml_round_trips_any_graph(graph: nx.MultiDiGraph) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "graph.graphml"
        write_graphml(graph, path)
        read = read_graphml(path)
    expected = gephi_safe(graph)
    assert sorted(read.nodes(data=True)) == sorted(expected.nodes(data=True))
    assert sorted(read.edges(keys=True, data=True)) == sorted(expected.edges(keys=True, data=True))


@settings(max_examples=50, deadline=None)
@given(graph=graphs())
def test_json_round_trips_any_graph(graph: nx.MultiDiGraph) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "graph.json"
        write_json(graph, path)
        read = read_json(path)
    assert sorted(read.nodes(data=True)) == sorted(graph.nodes(data=True))
    assert sorted(read.edges(keys=True, data=True)) == sorted(graph.edges(keys=True, data=True))
