// Which constraints and indexes does the database have? kgraph export creates a uniqueness
// constraint on the id of Actor, Article and Event, and indexes on Actor name and country and
// Event date; an index that backs a constraint has its name and says so in owningConstraint.
// Neo4j's own token lookup indexes, which every database has, are left out.
// Parameters: none
SHOW INDEXES
YIELD name, type, entityType, labelsOrTypes, properties, owningConstraint
WHERE type <> 'LOOKUP'
RETURN name, type, entityType, labelsOrTypes, properties, owningConstraint
ORDER BY name
