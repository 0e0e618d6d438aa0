"""A change made for speed changes no output: this tree extracts what a reference revision does.

The reference is where this branch last took in ``main`` (``git merge-base HEAD main``, or
the revision in ``KGRAPH_SAME_AS``): its ``kgraph/`` is taken out of git into a temporary
folder, and both trees run ``kgraph extract`` as a user runs it,
each in its own process, over the examples, the seed article and the dev split of the shared
benchmark. The triples must be the same, line for line and in the same order, with and
without ``--uncoded``. Where this tree's ``kgraph/`` is the reference's (on ``main`` itself),
there is nothing to compare and the test says so.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from .conftest import EXAMPLES, ROOT, SEED, SHARED

REFERENCE = os.environ.get("KGRAPH_SAME_AS", "")
INPUTS = [EXAMPLES, SEED, SHARED / "eval" / "plover_gsr_dev.jsonl"]


def _git(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True)


def _reference() -> str:
    """The revision to compare with, or a skip when there is none."""
    found = _git("rev-parse", "--verify", "--quiet", f"{REFERENCE}^{{commit}}") if REFERENCE \
        else _git("merge-base", "HEAD", "main")
    if found.returncode:
        pytest.skip(f"no revision {REFERENCE or 'main'!r} to compare with")
    return found.stdout.decode().strip()


def _reference_tree(folder: Path) -> Path:
    """The reference's ``kgraph/`` package in ``folder``, or a skip when there is none to
    compare with."""
    reference = _reference()
    if _git("diff", "--quiet", reference, "--", "kgraph").returncode == 0:
        pytest.skip(f"kgraph/ is {reference}'s: nothing to compare")
    archive = _git("archive", "--format=tar", reference, "kgraph")
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(folder, filter="data")
    return folder


def _extract(tree: Path, output: Path, *options: str) -> list[str]:
    """The lines ``kgraph extract`` of the package in ``tree`` writes for `INPUTS`."""
    command = "import sys; sys.path.insert(0, sys.argv.pop(1)); from kgraph.cli import app; app()"
    inputs = [str(path) for path in INPUTS]
    subprocess.run(
        [sys.executable, "-c", command, str(tree), "extract", *inputs, "-o", str(output),
         "--quiet", *options],
        check=True,
        cwd=tree,
    )
    return output.read_text(encoding="utf-8").splitlines()


@pytest.mark.skipif(not SEED.exists(), reason=f"{SHARED} is not beside the checkout")
@pytest.mark.parametrize("options", [(), ("--uncoded",)], ids=["coded", "uncoded"])
def test_the_triples_are_the_references(tmp_path: Path, options: tuple[str, ...]) -> None:
    reference = _reference_tree(tmp_path / "reference")
    expected = _extract(reference, tmp_path / "reference.jsonl", *options)
    found = _extract(ROOT, tmp_path / "found.jsonl", *options)
    assert len(expected) > 200
    assert found == expected
