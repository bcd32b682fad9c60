-- orewatch trends figures: reported figures in publication order (figure_history).
-- Filters: $since/$until (UTC publication day), $metric, $country, $element.
SELECT
    CAST(timezone('UTC', published_at) AS DATE) AS published,
    metric, country, element, unit, value, value_max, qualifier, is_change, year, source,
    article_id, quantity_id
FROM figure_history
WHERE ($since IS NULL OR CAST(timezone('UTC', published_at) AS DATE) >= CAST($since AS DATE))
  AND ($until IS NULL OR CAST(timezone('UTC', published_at) AS DATE) <= CAST($until AS DATE))
  AND ($metric IS NULL OR metric = $metric)
  AND ($country IS NULL OR country = $country)
  AND ($element IS NULL OR element = $element)
ORDER BY published_at NULLS LAST, article_id, quantity_id;
