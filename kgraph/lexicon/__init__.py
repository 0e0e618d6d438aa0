"""kgraph's lexicon from the field's own dictionaries: readers, converter, generated tables.

The readers take PETRARCH2's dictionary formats, the bundled ones as a user's own; each takes
a path or an open text file, yields small immutable records, and is strict by default (a
malformed line raises `kgraph.lexicon.source.DictionaryError`, naming file and line) or
lenient with an ``on_error`` callback (the line is reported and skipped):

| module | reads |
| --- | --- |
| `kgraph.lexicon.verbs` | the CAMEO verb dictionary: synonym sets, verbs, patterns |
| `kgraph.lexicon.patterns` | one pattern line into its elements; the compact form of the files |
| `kgraph.lexicon.agents` | the agent dictionary: nouns for kinds of actors, with role codes |
| `kgraph.lexicon.actors` | actor dictionaries: named actors with dated CAMEO codes |
| `kgraph.lexicon.plover` | PLOVER's CAMEO-to-PLOVER table, and the category of a code |
| `kgraph.lexicon.validation` | PETRARCH2's validation suite (sentences and their codings) |

with `kgraph.lexicon.source` (comments, lines, errors), `kgraph.lexicon.codes` (what a CAMEO
actor code says: country and sector) and `kgraph.lexicon.names` (readable names) under them.

`kgraph.lexicon.convert` writes ``data/generated/`` from ``../shared/dictionaries`` (merging
duplicate actors with `kgraph.lexicon.actor_table`), and `kgraph.lexicon.tables` loads what
it wrote into lookup tables.
"""
