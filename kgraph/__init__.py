"""kgraph: news articles in, a knowledge graph of geopolitical relations out.

>>> from kgraph import load_pipeline, read_documents, extract_documents, build_graph, load_graph

Each name is imported from its module when first asked for (PEP 562), so that a command which
needs no spaCy or networkx, ``kgraph --help`` or ``kgraph stats``, does not pay for them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_MODULES = {
    "Action": "records",
    "Actor": "records",
    "Document": "records",
    "Store": "store",
    "Triple": "records",
    "build": "pipeline",
    "build_graph": "graph",
    "extract_documents": "pipeline",
    "load_graph": "graph",
    "load_pipeline": "nlp",
    "read_documents": "sources",
}

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

if TYPE_CHECKING:
    from .graph import build_graph, load_graph
    from .nlp import load_pipeline
    from .pipeline import build, extract_documents
    from .records import Action, Actor, Document, Triple
    from .sources import read_documents
    from .store import Store


def __getattr__(name: str) -> Any:
    """The public name ``name``, imported from its module the first time it is asked for."""
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_MODULES[name]}"), name)
    globals()[name] = value  # asked for once: later lookups find it without this function
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
