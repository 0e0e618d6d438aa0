// Do two countries cooperate or clash? For each pair of countries, the statements of
// cooperation and of conflict between their actors (PLOVER quad classes), in either direction.
// Parameters:
//   limit: how many pairs to return
// :param limit => 25
MATCH (a:Actor)-[r]->(b:Actor)
WHERE a.country IS NOT NULL AND b.country IS NOT NULL AND r.quad IS NOT NULL
  AND NOT r.lemma STARTS WITH 'not '
WITH CASE WHEN a.country <= b.country THEN a.country ELSE b.country END AS country,
     CASE WHEN a.country <= b.country THEN b.country ELSE a.country END AS other, r
RETURN country, other,
       sum(CASE WHEN r.quad ENDS WITH '_cooperation' THEN r.weight ELSE 0 END) AS cooperation,
       sum(CASE WHEN r.quad ENDS WITH '_conflict' THEN r.weight ELSE 0 END) AS conflict
ORDER BY cooperation + conflict DESC, country, other
LIMIT $limit
