-- The values the page's filters offer: actors, elements and sources that occur, with counts.
SELECT 'actor' AS filter, actor AS value, count(*) AS events
FROM events WHERE actor IS NOT NULL GROUP BY ALL
UNION ALL
SELECT 'element', element, count(*)
FROM (SELECT unnest(elements) AS element FROM events) GROUP BY ALL
UNION ALL
SELECT 'source', a.source, count(*)
FROM events AS e JOIN articles AS a USING (article_id) WHERE a.source IS NOT NULL GROUP BY ALL
ORDER BY filter, value;
