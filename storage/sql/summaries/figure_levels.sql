-- figure_levels: the figures of a set of articles that figure_conflicts compares, written
-- into the table figure_levels. A template: orewatch.storage.summaries fills in {quantities}
-- and {articles} with the relations holding those articles' rows (a batch's Arrow tables,
-- or the whole tables for a rebuild).
-- Compared are levels (not changes) of reserves, production, processing, capacity, exports,
-- imports, consumption and demand whose country and element are known. The year is the one
-- the text states, else the publication year (in UTC, whatever the writer's time zone).
-- Each article counts with its first figure of a (metric, country, element, unit, year):
-- a property of the article alone, so it is decided here, once, when the article is stored.
INSERT INTO figure_levels BY NAME
SELECT
    quantity_id, article_id, metric, country, element, unit, year, published_at,
    CASE WHEN qualifier IN ('less_than', 'up_to') THEN 0 ELSE value END AS low,
    CASE WHEN qualifier IN ('more_than', 'at_least') THEN 'infinity'::DOUBLE
         ELSE coalesce(value_max, value) END AS high,
    abs(coalesce(value_max, value)) AS top
FROM (
    SELECT
        q.quantity_id, q.article_id, q.metric, q.country, q.element, q.unit, q.start_char,
        q.value, q.value_max, q.qualifier,
        coalesce(q.year, year(timezone('UTC', a.published_at))) AS year,
        a.published_at
    FROM {quantities} AS q
    JOIN {articles} AS a USING (article_id)
    WHERE NOT q.is_change
      AND q.country IS NOT NULL AND q.element IS NOT NULL
      AND q.metric IN ('reserves', 'production', 'processing', 'capacity', 'exports',
                       'imports', 'consumption', 'demand')
)
QUALIFY row_number() OVER (
    PARTITION BY article_id, metric, country, element, unit, year ORDER BY start_char, quantity_id
) = 1;
