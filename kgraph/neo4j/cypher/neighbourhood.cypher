// What did one actor do, and what was done to it? Every relation of the actor with its
// direction, type and weight, the strongest first.
// Parameters:
//   actor: the actor's id, e.g. 'sergei-lavrov'
// :param actor => 'sergei-lavrov'
MATCH (a:Actor {id: $actor})-[r]-(other:Actor)
RETURN CASE WHEN startNode(r) = a THEN 'out' ELSE 'in' END AS direction,
       type(r) AS type, r.lemma AS lemma, other.name AS other, r.weight AS weight,
       r.first_seen AS first_seen, r.last_seen AS last_seen
ORDER BY weight DESC, other, type, lemma
