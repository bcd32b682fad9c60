-- orewatch trends conflicts: reports that disagree by more than 10 % (figure_conflicts), by
-- the later report's publication. Filters: $since/$until (UTC day of the later report),
-- $metric, $country, $element.
SELECT
    CAST(timezone('UTC', later_published_at) AS DATE) AS published,
    metric, country, element, unit, year, round(gap, 3) AS gap,
    earlier_value, earlier_source, CAST(timezone('UTC', earlier_published_at) AS DATE) AS earlier_published,
    later_value, later_source,
    earlier_sentence, later_sentence, earlier_quantity_id, later_quantity_id
FROM figure_conflicts
WHERE ($since IS NULL OR CAST(timezone('UTC', later_published_at) AS DATE) >= CAST($since AS DATE))
  AND ($until IS NULL OR CAST(timezone('UTC', later_published_at) AS DATE) <= CAST($until AS DATE))
  AND ($metric IS NULL OR metric = $metric)
  AND ($country IS NULL OR country = $country)
  AND ($element IS NULL OR element = $element)
ORDER BY later_published_at NULLS LAST, metric, country, element, later_quantity_id;
