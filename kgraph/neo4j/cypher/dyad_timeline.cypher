// What happened between two actors, and when? Every statement about the pair, in either
// direction, oldest first, with the sentence and the article that said it.
// Parameters:
//   actor: one actor's id
//   other: the other actor's id
// :param actor => 'sergei-lavrov'
// :param other => 'kim-jong-un'
MATCH (s:Actor)<-[:SUBJECT]-(e:Event)-[:OBJECT]->(o:Actor)
WHERE (s.id = $actor AND o.id = $other) OR (s.id = $other AND o.id = $actor)
MATCH (e)-[:REPORTED_IN]->(article:Article)
RETURN e.date AS date, s.name AS subject, e.lemma AS lemma, e.negated AS negated,
       e.category AS category, o.name AS object, e.sentence AS sentence,
       article.title AS article
ORDER BY date, article, sentence
