"""Dependency labels the rules read, grouped by the part they play (spaCy's English labels)."""

from __future__ import annotations

SUBJECT_DEPS = frozenset({"nsubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass"})
ANY_SUBJECT_DEPS = SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
OBJECT_DEPS = frozenset({"dobj", "dative", "obj"})
CLAUSE_COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp"})
# a clause a condition hangs on is no event: "unless Baghdad accepted", "if Hamas ran"
CONDITION_MARKS = frozenset({"if", "unless"})
