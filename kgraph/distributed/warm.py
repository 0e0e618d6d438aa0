"""Imported by the fork server of a local cluster: the bundled lexicon loaded, and its tables
filled, before the workers are forked from it.

Each worker then starts with them, shared copy-on-write as spaCy's own worker processes share
them, instead of loading them anew, all at once, on the same CPUs (`client._local_cluster`).
Importing this module elsewhere does nothing but take that time.
"""

from __future__ import annotations

from ..nlp import load_pipeline
from ..pipeline import extract_documents
from .worker import WARM_UP

list(extract_documents([WARM_UP], load_pipeline()))
