"""kgraph: news articles in, a knowledge graph of geopolitical relations out.

>>> from kgraph import load_pipeline, read_documents, extract_documents, build_graph, load_graph
"""

from __future__ import annotations

from .graph import build_graph, load_graph
from .nlp import load_pipeline
from .pipeline import build, extract_documents
from .records import Action, Actor, Document, Triple
from .sources import read_documents
from .store import Store

__version__ = "0.1.0"

__all__ = [
    "Action",
    "Actor",
    "Document",
    "Store",
    "Triple",
    "__version__",
    "build",
    "build_graph",
    "extract_documents",
    "load_graph",
    "load_pipeline",
    "read_documents",
]
