-- orewatch trends figures: reported figures in publication order (the rows of figure_history,
-- read from the tables: the view's ORDER BY would sort every figure before the filters).
-- Filters: $since/$until (UTC publication day), $metric, $country, $element. The days are
-- compared as the instants they start and end at (UTC), not by casting every article's time
-- to a day: a million casts cost more than the rest of the query.
SELECT
    CAST(timezone('UTC', a.published_at) AS DATE) AS published,
    q.metric, q.country, q.element, q.unit, q.value, q.value_max, q.qualifier, q.is_change, q.year,
    a.source, q.article_id, q.quantity_id
FROM quantities AS q
JOIN articles AS a USING (article_id)
WHERE ($since IS NULL OR a.published_at >= timezone('UTC', CAST(CAST($since AS DATE) AS TIMESTAMP)))
  AND ($until IS NULL OR a.published_at < timezone('UTC', CAST(CAST($until AS DATE) AS TIMESTAMP) + INTERVAL 1 DAY))
  AND ($metric IS NULL OR q.metric = $metric)
  AND ($country IS NULL OR q.country = $country)
  AND ($element IS NULL OR q.element = $element)
ORDER BY a.published_at NULLS LAST, q.article_id, q.start_char, q.quantity_id;
