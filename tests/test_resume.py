"""A build survives being killed, and two builds on one database take turns.

Real ``kgraph build`` processes on a generated corpus: one is killed with SIGKILL once it has
stored some articles and the build is run again; another runs while a second build starts.
Afterwards every article is stored once, no triple twice, and the triples are exactly those of
an uninterrupted extraction.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from spacy.language import Language

from kgraph.pipeline import extract_documents
from kgraph.store import Store

from .conftest import ROOT
from .corpus import generate_articles, write_jsonl
from .test_cli import kgraph, stderr_lines

ARTICLES = 120


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A JSONL file of `ARTICLES` short articles made from the examples."""
    path = tmp_path_factory.mktemp("corpus") / "news.jsonl"
    write_jsonl(path, generate_articles(ARTICLES, sentences=(2, 4)))
    return path


@pytest.fixture(scope="module")
def expected_triples(nlp: Language) -> set[str]:
    """The ids of the triples an uninterrupted extraction of the corpus finds."""
    pairs = extract_documents(generate_articles(ARTICLES, sentences=(2, 4)), nlp)
    return {triple.id for _, triples in pairs for triple in triples}


def start_build(
    corpus: Path, db: Path, *options: str, own_group: bool = False
) -> subprocess.Popen[str]:
    """``kgraph build`` in a child process, committing every few articles; with
    ``own_group``, in a process group of its own and SIGINT not ignored, as a shell starts a
    command (a test run in the background would hand its children SIGINT ignored)."""
    command = "from kgraph.cli import app; app()"
    return subprocess.Popen(
        [sys.executable, "-c", command, "build", str(corpus), "--db", str(db), *options],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=own_group,
        preexec_fn=_sigint_default if own_group else None,
    )


def _sigint_default() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def stored(db: Path) -> int:
    """How many articles another process has committed to ``db`` so far."""
    # Closed at once: an open connection would keep the next one from replaying the log.
    try:
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as connection:
            return connection.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    except sqlite3.Error:  # not created yet
        return 0


def wait_until_stored(db: Path, build: subprocess.Popen[str], articles: int) -> None:
    deadline = time.monotonic() + 120
    while stored(db) < articles:
        if build.poll() is not None:
            pytest.fail(f"the build ended before storing {articles} articles: {build.stderr}")
        if time.monotonic() > deadline:
            pytest.fail(f"the build stored fewer than {articles} articles in two minutes")
        time.sleep(0.02)


def processes(field: int, value: int) -> list[int]:
    """The processes whose ``field`` of /proc/PID/stat after the name is ``value`` (Linux):
    1 is the parent, 2 the process group."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:  # ended while we looked
            continue
        if int(fields[field]) == value:
            found.append(int(stat.parent.name))
    return found


def children(pid: int) -> list[int]:
    """The processes whose parent is ``pid``."""
    return processes(1, pid)


def assert_complete(db: Path, expected_triples: set[str]) -> None:
    """Every article stored once, every triple once, and exactly the expected triples."""
    with closing(sqlite3.connect(db)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        ids = [row[0] for row in connection.execute("SELECT id FROM documents")]
        triples = [row[0] for row in connection.execute("SELECT id FROM triples")]
        orphans = connection.execute(
            "SELECT COUNT(*) FROM triples WHERE doc_hash NOT IN (SELECT hash FROM documents)"
        ).fetchone()[0]
    assert sorted(ids) == sorted(f"article-{n}" for n in range(ARTICLES))
    assert len(triples) == len(set(triples))
    assert set(triples) == expected_triples
    assert orphans == 0


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_build_killed_mid_run_and_run_again_stores_everything_once(
    corpus: Path, expected_triples: set[str], tmp_path: Path, workers: str
) -> None:
    db = tmp_path / "kgraph.db"
    build = start_build(corpus, db, "--batch-size", "4", "--workers", workers)
    wait_until_stored(db, build, 10)
    workers_left = children(build.pid)
    build.send_signal(signal.SIGKILL)
    build.wait()
    try:
        # The first connection since the kill replays a commit that the killed build wrote to
        # the log but had no time to index; SQLite counts it as committed.
        with Store(db) as store:
            before = store.counts()["documents"]
        assert 10 <= before < ARTICLES
        # spaCy's workers wait on their queues forever once their parent is gone; the lock
        # belongs to the parent alone, so they cannot block the build that resumes.
        result = kgraph("build", corpus, "--db", db)
    finally:
        for pid in workers_left:
            os.kill(pid, signal.SIGKILL)
    assert result.exit_code == 0, result.stderr
    [summary] = stderr_lines(result)
    assert summary.startswith(f"{ARTICLES - before} articles added (")
    assert summary.endswith(f"), {before} already stored")
    assert_complete(db, expected_triples)


def test_a_second_build_on_the_same_database_stops_and_the_first_finishes(
    corpus: Path, expected_triples: set[str], tmp_path: Path
) -> None:
    db = tmp_path / "kgraph.db"
    first = start_build(corpus, db, "--batch-size", "4")
    wait_until_stored(db, first, 1)
    second = kgraph("build", corpus, "--db", db)
    assert second.exit_code == 1
    assert stderr_lines(second) == [
        f"error: {db}: another kgraph build is writing to it; wait for that build to finish, "
        "or build into another --db"
    ]
    _, errors = first.communicate(timeout=300)
    assert first.returncode == 0, errors
    assert errors.strip() == (
        f"{ARTICLES} articles added ({len(expected_triples)} triples), 0 already stored"
    )
    assert_complete(db, expected_triples)


_KILL_INSIDE_A_TRANSACTION = """
import os, signal, sys
from kgraph.store import Store
from tests.test_store import TALKS, triple

def triples_then_kill():
    yield triple(TALKS, 0)
    os.kill(os.getpid(), signal.SIGKILL)  # after the document row, before the commit
    yield triple(TALKS, 1)

with Store(sys.argv[1]) as store:
    store.add(TALKS, triples_then_kill())
"""


def test_a_process_killed_inside_a_transaction_leaves_no_half_document(tmp_path: Path) -> None:
    db = tmp_path / "kgraph.db"
    killed = subprocess.run(
        [sys.executable, "-c", _KILL_INSIDE_A_TRANSACTION, str(db)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    with closing(sqlite3.connect(db)) as connection:
        assert connection.execute("SELECT COUNT(*) FROM documents").fetchone() == (0,)
        assert connection.execute("SELECT COUNT(*) FROM triples").fetchone() == (0,)
