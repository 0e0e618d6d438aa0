// Who met whom? Pairs of actors that met, held talks or consulted (PLOVER CONSULT), the most
// frequent first; denials ("did not meet") are left out.
// Parameters:
//   limit: how many pairs to return
// :param limit => 25
MATCH (a:Actor)-[r:CONSULT]->(b:Actor)
WHERE NOT r.lemma STARTS WITH 'not '
RETURN a.name AS actor, b.name AS met, sum(r.weight) AS times,
       collect(r.lemma) AS actions, min(r.first_seen) AS first_seen, max(r.last_seen) AS last_seen
ORDER BY times DESC, actor, met
LIMIT $limit
