// Why does the graph say one actor acted on another? The sentences and articles behind every
// relation from one actor to the other.
// Parameters:
//   actor: the id of the actor that acted
//   other: the id of the actor acted on
// :param actor => 'sergei-lavrov'
// :param other => 'kim-jong-un'
MATCH (:Actor {id: $actor})-[r]->(:Actor {id: $other})
MATCH (e:Event)-[:REPORTED_IN]->(article:Article)
WHERE e.id IN r.triple_ids
RETURN type(r) AS type, r.lemma AS lemma, e.date AS date, e.sentence AS sentence,
       article.title AS article, article.url AS url, e.confidence AS confidence
ORDER BY type, lemma, date, sentence
