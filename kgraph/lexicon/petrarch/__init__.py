"""Readers of the field's dictionary formats: PETRARCH2's verbs, agents and actors, and
PLOVER's CAMEO-to-PLOVER table.

They read the bundled dictionaries for `kgraph.lexicon.convert` and a user's own at run time.
Each takes a path or an open text file, yields small immutable records, and is strict by
default (a malformed line raises `source.DictionaryError`, naming file and line) or lenient
with an ``on_error`` callback (the line is reported and skipped):

| module | reads |
| --- | --- |
| `verbs` | the CAMEO verb dictionary: synonym sets, verbs, patterns |
| `patterns` | one pattern line into its elements; the compact form of the files |
| `agents` | the agent dictionary: nouns for kinds of actors, with role codes |
| `actors` | actor dictionaries: named actors with dated CAMEO codes |
| `plover` | PLOVER's CAMEO-to-PLOVER table, and the category of a code |
| `validation` | PETRARCH2's validation suite (sentences and their codings) |

with `source` (comments, lines, errors), `codes` (what a CAMEO actor code says: country and
sector), `names` (readable names) and `actor_table` (duplicate actors merged) under them.
"""
