// Who are the actors of a country, by sector (government, military, ...)? The number of
// actors and their names for each country and sector; all countries when country is null.
// Parameters:
//   country: an ISO 3166 alpha-3 code such as 'RUS', or null for every country
// :param country => null
MATCH (a:Actor)
WHERE $country IS NULL OR a.country = $country
WITH a.country AS country, a.sector AS sector, a.name AS name
ORDER BY name
RETURN country, sector, count(*) AS actors, collect(name) AS names
ORDER BY country, sector
