// Who met whom, as a picture? The meetings, talks and consultations of who_met_whom as actors
// and their CONSULT relations, for Neo4j Browser to draw; the strongest first.
// Parameters:
//   limit: how many relations to draw
// :param limit => 100
MATCH p = (a:Actor)-[r:CONSULT]->(b:Actor)
WHERE NOT r.lemma STARTS WITH 'not '
RETURN p
ORDER BY r.weight DESC, a.name, b.name, r.lemma
LIMIT $limit
