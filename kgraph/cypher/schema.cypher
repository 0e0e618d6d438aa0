// Which constraints and indexes does the database have? kgraph export creates a uniqueness
// constraint on the id of Actor, Article and Event, and indexes on Actor name and country and
// Event date; an index that backs a constraint names it in owningConstraint.
// Parameters: none
SHOW INDEXES
YIELD name, type, entityType, labelsOrTypes, properties, owningConstraint
RETURN name, type, entityType, labelsOrTypes, properties, owningConstraint
ORDER BY name
