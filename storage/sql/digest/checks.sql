-- Checks against USGS of the figures read from the articles that arrived at or after $since;
-- the rows the trend report `checks` has, so the digest can chart them the same way.
SELECT CAST(timezone('UTC', c.published_at) AS DATE) AS published,
       c.metric, c.country, c.element, c.year, c.value, c.qualifier,
       c.reference_value, c.reference_year, c.reference_edition, round(c.ratio, 3) AS ratio,
       c.verdict, c.source, c.sentence, c.quantity_id
FROM figure_checks AS c
JOIN articles AS a USING (article_id)
WHERE $since IS NULL OR a.fetched_at >= $since
ORDER BY c.verdict = 'agrees', c.published_at DESC NULLS LAST, c.quantity_id;
