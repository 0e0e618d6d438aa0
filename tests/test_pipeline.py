"""The main job as a library: any text goes through, workers change nothing, builds take turns.

`extract_documents` and `build` with the session's spaCy pipeline; the tests that kill a build
in a subprocess are in ``test_resume.py``.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from kgraph.errors import DatabaseBusy, ReadError
from kgraph.lock import build_lock
from kgraph.pipeline import build, extract_documents
from kgraph.records import Document, Triple
from kgraph.sources import read_documents
from kgraph.store import Store

from .conftest import EXAMPLES, ROOT
from .corpus import example_sentences

TALKS = Document("talks", "Lavrov met Kim in Pyongyang on Thursday.")
SUMMIT = Document("summit", "Putin met Xi in Beijing.")


def triples_of(nlp: Language, text: str) -> list[Triple]:
    [(_, triples)] = extract_documents([Document("any", text)], nlp)
    return triples


# --- any text --------------------------------------------------------------------------------


@st.composite
def noisy_news(draw: st.DrawFn) -> str:
    """Example sentences with arbitrary Unicode spliced in between words.

    The clause rules see parses with subjects, verbs and objects and odd tokens among them,
    which random text alone seldom gives.
    """
    sentences = draw(st.lists(st.sampled_from(example_sentences()), min_size=1, max_size=3))
    words = " ".join(sentences).split(" ")
    for _ in range(draw(st.integers(0, 4))):
        words.insert(draw(st.integers(0, len(words))), draw(st.text(max_size=4)))
    return " ".join(words)


def assert_well_formed(triples: list[Triple]) -> None:
    """Each triple can be stored: it goes to JSON and back unchanged, and ids are unique."""
    for triple in triples:
        assert Triple.from_dict(json.loads(json.dumps(triple.to_dict()))) == triple
    assert len({triple.id for triple in triples}) == len(triples)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text())
def test_any_unicode_text_extracts_without_crashing(nlp: Language, text: str) -> None:
    assert_well_formed(triples_of(nlp, text))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=noisy_news())
def test_news_mixed_with_any_unicode_extracts_without_crashing(
    nlp: Language, text: str
) -> None:
    assert_well_formed(triples_of(nlp, text))


# --- workers and bad articles ----------------------------------------------------------------


def test_two_workers_give_the_same_triples_in_the_same_order(nlp: Language) -> None:
    documents = list(read_documents([EXAMPLES]))
    one = [(d.id, ts) for d, ts in extract_documents(documents, nlp, batch_size=4)]
    two = [(d.id, ts) for d, ts in extract_documents(documents, nlp, batch_size=4, n_process=2)]
    assert two == one
    assert sum(len(ts) for _, ts in one) > 0


def test_an_article_longer_than_max_length_is_reported_and_the_rest_extracted(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(nlp, "max_length", 30)
    errors: list[ReadError] = []
    pairs = list(extract_documents([TALKS, SUMMIT], nlp, on_error=errors.append))
    assert [document.id for document, _ in pairs] == ["summit"]
    assert [(str(error), error.kind) for error in errors] == [
        (
            "talks: article of 40 characters is longer than spaCy's max_length (30); "
            "split it into shorter articles",
            "too long",
        )
    ]


def test_without_on_error_an_article_too_long_is_raised(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(nlp, "max_length", 30)
    with pytest.raises(ReadError, match="^talks: article of 40 characters is longer"):
        list(extract_documents([TALKS, SUMMIT], nlp))


# --- stopping early with workers -------------------------------------------------------------

# Each script stops a two-worker run part-way with batches in flight; run in a process group of
# its own, so that a hang is a failed test and its workers can be ended.
_HEADER = """
import multiprocessing
from kgraph.errors import ReadError
from kgraph.nlp import load_pipeline
from kgraph.pipeline import build, extract_documents
from kgraph.store import Store
from tests.corpus import generate_articles

nlp = load_pipeline()
"""
STOPS = {
    "a strict reader raises": """
def strict():
    yield from generate_articles(150)
    raise ReadError("feed.jsonl", "invalid JSON", 151)

seen = []
try:
    for document, _ in extract_documents(strict(), nlp, n_process=2):
        seen.append(document.id)
except ReadError as error:
    print(len(seen), error)
""",
    "the caller breaks": """
for count, _ in enumerate(extract_documents(generate_articles(400), nlp, n_process=2)):
    if count == 40:
        break
print(count, "stopped")
""",
    "storing fails": """
class FullDisk(Store):
    def add(self, document, triples, reading=None):
        if document.id == "article-40":
            raise OSError(28, "No space left on device")
        return super().add(document, triples, reading)

try:
    build(generate_articles(400), FullDisk(":memory:"), nlp, n_process=2)
except OSError as error:
    print(40, error.strerror)
""",
}
EXPECTED = {
    "a strict reader raises": "150 feed.jsonl:151: invalid JSON",
    "the caller breaks": "40 stopped",
    "storing fails": "40 No space left on device",
}


@pytest.mark.parametrize("stop", STOPS)
def test_a_run_with_workers_stopped_part_way_ends_promptly(stop: str) -> None:
    script = _HEADER + STOPS[stop] + "print(multiprocessing.active_children())\n"
    run = subprocess.Popen(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        out, errors = run.communicate(timeout=90)
    except subprocess.TimeoutExpired:
        os.killpg(run.pid, signal.SIGKILL)
        pytest.fail(f"{stop}: the run with two workers hung")
    assert run.returncode == 0, errors
    assert out.splitlines() == [EXPECTED[stop], "[]"]  # and no worker left behind
    assert "W127" not in errors  # spaCy's warning that a worker did not exit cleanly


# --- one build at a time ---------------------------------------------------------------------


def test_a_build_while_another_holds_the_lock_stops_and_writes_nothing(
    nlp: Language, tmp_path: Path
) -> None:
    path = tmp_path / "kgraph.db"
    with Store(path) as store, build_lock(path):
        with pytest.raises(DatabaseBusy) as raised:
            build([TALKS], store, nlp)
        assert store.counts() == {"documents": 0, "triples": 0}
    assert str(raised.value) == (
        f"{path}: another kgraph build is writing to it; wait for that build to finish, "
        "or build into another --db"
    )


def test_the_lock_is_released_when_a_build_ends_or_fails(nlp: Language, tmp_path: Path) -> None:
    def crashing_reader() -> Iterator[Document]:
        yield SUMMIT
        raise RuntimeError("reader crashed")

    with Store(tmp_path / "kgraph.db") as store:
        assert build([TALKS], store, nlp).added == 1
        with pytest.raises(RuntimeError, match="reader crashed"):
            build(crashing_reader(), store, nlp)
        build([TALKS, SUMMIT], store, nlp)
        assert store.counts()["documents"] == 2


def test_an_in_memory_database_needs_no_lock(
    nlp: Language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with Store(":memory:") as store:
        assert build([TALKS], store, nlp).added == 1
    assert not list(tmp_path.iterdir())
