-- orewatch trends checks: news reserves and production figures beside USGS (figure_checks).
-- Filters: $since/$until (UTC publication day), $metric, $country, $element.
SELECT
    CAST(timezone('UTC', published_at) AS DATE) AS published,
    metric, country, element, year, value, qualifier,
    reference_value, reference_year, reference_edition, round(ratio, 3) AS ratio, verdict,
    source, sentence, quantity_id
FROM figure_checks
WHERE ($since IS NULL OR CAST(timezone('UTC', published_at) AS DATE) >= CAST($since AS DATE))
  AND ($until IS NULL OR CAST(timezone('UTC', published_at) AS DATE) <= CAST($until AS DATE))
  AND ($metric IS NULL OR metric = $metric)
  AND ($country IS NULL OR country = $country)
  AND ($element IS NULL OR element = $element)
ORDER BY published_at NULLS LAST, country, element, quantity_id;
