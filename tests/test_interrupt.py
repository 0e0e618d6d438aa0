"""One Ctrl-C ends a build promptly, workers and all, and says how to go on.

A real ``kgraph build --workers 2`` on a generated corpus gets SIGINT once: sent to its process
group, as a terminal's Ctrl-C is (spaCy's workers get it too), or to the build alone, as
``kill -INT`` does. Within five seconds it exits with code 130 and one line saying how many
articles it stored and that running it again goes on; no worker prints a traceback, and none
is left behind.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import ROOT
from .corpus import generate_articles, write_jsonl
from .test_resume import processes, stored, wait_until_stored

ARTICLES = 400
INTERRUPTED = re.compile(
    r"interrupted: (\d+) articles added \(\d+ triples\), 0 already stored; "
    r"run the same build again to go on from there"
)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """More articles than two workers parse in the time the test waits."""
    path = tmp_path_factory.mktemp("corpus") / "news.jsonl"
    write_jsonl(path, generate_articles(ARTICLES))
    return path


def in_group(group: int) -> list[int]:
    """The processes of process group ``group``."""
    return processes(2, group)


@pytest.mark.parametrize("to", ["the process group", "the build alone"])
def test_one_sigint_ends_a_build_with_two_workers_within_five_seconds(
    corpus: Path, tmp_path: Path, to: str
) -> None:
    db = tmp_path / "kgraph.db"
    build = subprocess.Popen(
        [sys.executable, "-c", "from kgraph.cli import app; app()", "build", str(corpus)]
        + ["--db", str(db), "--workers", "2"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a shell gives a command
    )
    try:
        wait_until_stored(db, build, 1)
        sent = time.monotonic()
        if to == "the process group":
            os.killpg(build.pid, signal.SIGINT)
        else:
            build.send_signal(signal.SIGINT)
        _, errors = build.communicate(timeout=60)
        took = time.monotonic() - sent
        left = in_group(build.pid)
    finally:
        for pid in in_group(build.pid):
            os.kill(pid, signal.SIGKILL)
    assert took < 5, f"{took:.1f} s"
    assert build.returncode == 130, errors
    lines = [line for line in errors.splitlines() if line.strip()]
    assert len(lines) == 1, errors
    [line] = lines
    match = INTERRUPTED.fullmatch(line)
    assert match, line
    assert 0 < int(match[1]) == stored(db) < ARTICLES
    assert left == []  # spaCy's workers ended with it
