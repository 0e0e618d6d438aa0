"""kgraph's lexicon from the field's own dictionaries: readers, converter, generated tables.

The readers take PETRARCH2's dictionary formats, the bundled ones as a user's own:

| module | reads |
| --- | --- |
| `kgraph.lexicon.verbs` | the CAMEO verb dictionary: synonym sets, verbs, patterns |
| `kgraph.lexicon.agents` | the agent dictionary: nouns for kinds of actors, with sectors |
| `kgraph.lexicon.actors` | actor dictionaries: named actors with dated CAMEO codes |
| `kgraph.lexicon.plover` | PLOVER's CAMEO-to-PLOVER table |
| `kgraph.lexicon.validation` | PETRARCH2's validation suite (sentences and their codings) |

`kgraph.lexicon.convert` writes ``data/generated/`` from them, and `kgraph.lexicon.tables`
loads what it wrote into lookup tables.
"""
