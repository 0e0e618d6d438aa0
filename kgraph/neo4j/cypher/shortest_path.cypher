// How are two actors connected? Every shortest chain of relations between them, in any
// direction, through actors only (at most 6 steps); two actors linked by several actions give
// one chain for each. Each relation says its direction: "meet ->" forward, "<- meet" back.
// Parameters:
//   actor: the id of the actor to start from
//   other: the id of the actor to reach
// :param actor => 'choe-son-hui'
// :param other => 'vladimir-putin'
MATCH (a:Actor {id: $actor}), (b:Actor {id: $other})
MATCH p = allShortestPaths((a)-[:AGREE|CONSULT|SUPPORT|CONCEDE|COOPERATE|AID|RETREAT|REQUEST|ACCUSE|REJECT|THREATEN|PROTEST|SANCTION|MOBILIZE|COERCE|ASSAULT|RELATED_TO*..6]-(b))
WITH [n IN nodes(p) | n.name] AS actors, length(p) AS steps,
     [i IN range(0, length(p) - 1) |
      CASE WHEN startNode(relationships(p)[i]) = nodes(p)[i]
           THEN type(relationships(p)[i]) + ': ' + relationships(p)[i].lemma + ' ->'
           ELSE '<- ' + type(relationships(p)[i]) + ': ' + relationships(p)[i].lemma END]
     AS relations
RETURN actors, relations, steps
ORDER BY actors, relations
