// Who is most involved in conflict? Actors by the statements of verbal or material conflict
// (PLOVER quad classes) they make or are the target of.
// Parameters:
//   limit: how many actors to return
// :param limit => 20
MATCH (a:Actor)-[r]-(:Actor)
WHERE r.quad IN ['verbal_conflict', 'material_conflict'] AND NOT r.lemma STARTS WITH 'not '
RETURN a.name AS actor, a.country AS country,
       sum(CASE WHEN startNode(r) = a THEN r.weight ELSE 0 END) AS initiated,
       sum(CASE WHEN endNode(r) = a THEN r.weight ELSE 0 END) AS targeted,
       sum(r.weight) AS conflict
ORDER BY conflict DESC, actor
LIMIT $limit
