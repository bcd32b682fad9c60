-- orewatch trends figures: reported figures in publication order (the rows of figure_history,
-- read from the tables: the view's ORDER BY would sort every figure before the filters).
-- Filters: $since/$until (UTC publication day), $metric, $country, $element.
SELECT
    CAST(timezone('UTC', a.published_at) AS DATE) AS published,
    q.metric, q.country, q.element, q.unit, q.value, q.value_max, q.qualifier, q.is_change, q.year,
    a.source, q.article_id, q.quantity_id
FROM quantities AS q
JOIN articles AS a USING (article_id)
WHERE ($since IS NULL OR CAST(timezone('UTC', a.published_at) AS DATE) >= CAST($since AS DATE))
  AND ($until IS NULL OR CAST(timezone('UTC', a.published_at) AS DATE) <= CAST($until AS DATE))
  AND ($metric IS NULL OR q.metric = $metric)
  AND ($country IS NULL OR q.country = $country)
  AND ($element IS NULL OR q.element = $element)
ORDER BY a.published_at NULLS LAST, q.article_id, q.start_char, q.quantity_id;
