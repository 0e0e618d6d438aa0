// What is new? Relations first seen on or after a date, oldest first.
// Parameters:
//   since: an ISO date, e.g. '2024-01-01'
// :param since => '2024-01-01'
MATCH (a:Actor)-[r]->(b:Actor)
WHERE r.first_seen >= $since
RETURN r.first_seen AS first_seen, a.name AS actor, type(r) AS type, r.lemma AS lemma,
       b.name AS other, r.weight AS weight
ORDER BY first_seen, actor, other, lemma
