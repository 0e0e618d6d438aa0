"""Shared fixtures: one spaCy pipeline per session, paths to the bundled and shared data."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from kgraph.nlp import load_pipeline

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "lavrov-pyongyang.txt"


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The English pipeline, loaded once for the whole test session."""
    return load_pipeline()
