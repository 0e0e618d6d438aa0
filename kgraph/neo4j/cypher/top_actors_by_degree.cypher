// Who are the most connected actors? Actors by the number of relations they take part in,
// and by how many statements support them.
// Parameters:
//   limit: how many actors to return
// :param limit => 20
MATCH (a:Actor)-[r]-(:Actor)
RETURN a.name AS actor, a.country AS country, count(r) AS degree,
       sum(r.weight) AS statements
ORDER BY degree DESC, statements DESC, actor
LIMIT $limit
