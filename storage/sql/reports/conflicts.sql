-- orewatch trends conflicts: reports that disagree by more than 10 % with the previous report
-- of the same figure: exactly the rows of the view figure_conflicts (read its header for the
-- rules) whose later report passes the filters, by the later report's publication.
-- Filters: $since/$until (UTC day of the later report), $metric, $country, $element, handed
-- to the view's own table macro figure_conflict_pairs, which pushes them down.
-- The pairs are computed once (MATERIALIZED); the figures on either side of them are then
-- read in one pass over quantities, kept to the pairs' ids by a semi-join. Joining the pairs
-- to quantities twice let DuckDB build a hash table of every stored figure for one of them.
WITH pairs AS MATERIALIZED (
    SELECT * FROM figure_conflict_pairs($since, $until, $metric, $country, $element)
),
reports AS (
    SELECT q.quantity_id, q.value, q.sentence, a.source, a.published_at
    FROM quantities AS q
    JOIN articles AS a USING (article_id)
    WHERE q.quantity_id IN (SELECT earlier_id FROM pairs UNION ALL SELECT later_id FROM pairs)
)
SELECT
    CAST(timezone('UTC', l.published_at) AS DATE) AS published,
    c.metric, c.country, c.element, c.unit, c.year, round(c.gap, 3) AS gap,
    e.value AS earlier_value, e.source AS earlier_source,
    CAST(timezone('UTC', e.published_at) AS DATE) AS earlier_published,
    l.value AS later_value, l.source AS later_source,
    e.sentence AS earlier_sentence, l.sentence AS later_sentence,
    e.quantity_id AS earlier_quantity_id, l.quantity_id AS later_quantity_id
FROM pairs AS c
JOIN reports AS e ON e.quantity_id = c.earlier_id
JOIN reports AS l ON l.quantity_id = c.later_id
ORDER BY l.published_at NULLS LAST, c.metric, c.country, c.element, l.quantity_id;
