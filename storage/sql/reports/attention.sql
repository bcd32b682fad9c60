-- orewatch trends attention: articles and mentions per publication week, for elements
-- (element_attention) and countries (country_attention). With $element only element rows of
-- that code, with $country only country rows of that code (both: both); with neither, all.
-- Filters: $since/$until (weeks).
WITH weekly AS (
    SELECT 'element' AS kind, week, code, articles, mentions FROM element_attention
    UNION ALL
    SELECT 'country' AS kind, week, code, articles, mentions FROM country_attention
)
SELECT week, kind, code, articles, mentions
FROM weekly
WHERE ($since IS NULL OR week >= date_trunc('week', CAST($since AS DATE)))
  AND ($until IS NULL OR week <= CAST($until AS DATE))
  AND (($element IS NULL AND $country IS NULL)
       OR (kind = 'element' AND code = $element)
       OR (kind = 'country' AND code = $country))
ORDER BY week, kind DESC, articles DESC, code;
