"""Neo4j: the property-graph model of the graph and every way kgraph puts it into Neo4j 5.

One module a job: `connection` (the driver, the URI and password checked, the errors a user
meets as named exceptions), `model` (the rows of DESIGN.md's Neo4j model and the Cypher that
merges them), `bolt` (the live export), `script` (a Cypher script for cypher-shell or Browser),
`admin_csv` (files for ``neo4j-admin database import``) and `queries` (the analyst's queries of
``cypher/``, package data here). kgraph needs only the Python driver: no Neo4j server or Java.
"""
