-- orewatch trends conflicts: reports that disagree by more than 10 % with the previous report
-- of the same figure: exactly the rows of the view figure_conflicts (read its header for the
-- rules) whose later report passes the filters, by the later report's publication.
-- Filters: $since/$until (UTC day of the later report), $metric, $country, $element.
--
-- Computed here rather than by filtering the view, so that the filters cut the work: metric,
-- country and element before anything else; $until drops later reports (they never come
-- before a report it keeps); $since keeps the reports from that day on plus, per figure, the
-- one report just before it (what the first kept report is compared with), found with an
-- aggregate instead of ordering every older report.
WITH levels AS (
    SELECT
        q.quantity_id, q.article_id, q.metric, q.country, q.element, q.unit, q.start_char,
        coalesce(q.year, year(a.published_at)) AS year,
        a.published_at,
        coalesce(($since IS NULL OR CAST(timezone('UTC', a.published_at) AS DATE) >= CAST($since AS DATE))
                 AND ($until IS NULL OR CAST(timezone('UTC', a.published_at) AS DATE) <= CAST($until AS DATE)),
                 false) AS kept,  -- a later report the filters keep
        CASE WHEN q.qualifier IN ('less_than', 'up_to') THEN 0 ELSE q.value END AS low,
        CASE WHEN q.qualifier IN ('more_than', 'at_least') THEN 'infinity'::DOUBLE
             ELSE coalesce(q.value_max, q.value) END AS high,
        abs(coalesce(q.value_max, q.value)) AS top
    FROM quantities AS q
    JOIN articles AS a USING (article_id)
    WHERE NOT q.is_change
      AND q.country IS NOT NULL AND q.element IS NOT NULL
      AND q.metric IN ('reserves', 'production', 'processing', 'capacity', 'exports',
                       'imports', 'consumption', 'demand')
      AND ($metric IS NULL OR q.metric = $metric)
      AND ($country IS NULL OR q.country = $country)
      AND ($element IS NULL OR q.element = $element)
      AND ($until IS NULL OR a.published_at IS NULL
           OR CAST(timezone('UTC', a.published_at) AS DATE) <= CAST($until AS DATE))
),
-- Per figure, the last article among those not kept (undated, or before $since): in
-- publication order (undated first, then by time, ties by article_id) it comes just before
-- the first kept one.
last_before AS (
    SELECT metric, country, element, unit, year,
           max({'published_at': coalesce(published_at, '-infinity'::TIMESTAMPTZ), 'article_id': article_id}) AS last
    FROM levels
    WHERE NOT kept
    GROUP BY ALL
),
candidates AS (
    SELECT l.* FROM levels AS l WHERE l.kept
    UNION ALL
    SELECT l.*
    FROM levels AS l
    JOIN last_before AS b
      ON b.metric = l.metric AND b.country = l.country AND b.element = l.element AND b.unit = l.unit
     AND b.year IS NOT DISTINCT FROM l.year AND b.last.article_id = l.article_id
),
figures AS (  -- each article with its first figure of a group
    SELECT * FROM candidates
    QUALIFY row_number() OVER (
        PARTITION BY article_id, metric, country, element, unit, year ORDER BY start_char, quantity_id
    ) = 1
),
paired AS (
    SELECT
        metric, country, element, unit, year, quantity_id, kept, low, high, top,
        lag(quantity_id) OVER w AS earlier_id,
        lag(low) OVER w AS earlier_low,
        lag(high) OVER w AS earlier_high,
        lag(top) OVER w AS earlier_top
    FROM figures
    WINDOW w AS (PARTITION BY metric, country, element, unit, year
                 ORDER BY published_at NULLS FIRST, article_id)
),
conflicts AS (
    SELECT
        metric, country, element, unit, year, earlier_id, quantity_id AS later_id,
        (greatest(earlier_low, low) - least(earlier_high, high)) / greatest(earlier_top, top) AS gap
    FROM paired
    WHERE kept AND earlier_id IS NOT NULL
      AND greatest(earlier_low, low) - least(earlier_high, high) > 0.10 * greatest(earlier_top, top)
)
SELECT
    CAST(timezone('UTC', la.published_at) AS DATE) AS published,
    c.metric, c.country, c.element, c.unit, c.year, round(c.gap, 3) AS gap,
    e.value AS earlier_value, ea.source AS earlier_source,
    CAST(timezone('UTC', ea.published_at) AS DATE) AS earlier_published,
    l.value AS later_value, la.source AS later_source,
    e.sentence AS earlier_sentence, l.sentence AS later_sentence,
    e.quantity_id AS earlier_quantity_id, l.quantity_id AS later_quantity_id
FROM conflicts AS c
JOIN quantities AS e ON e.quantity_id = c.earlier_id
JOIN articles AS ea ON ea.article_id = e.article_id
JOIN quantities AS l ON l.quantity_id = c.later_id
JOIN articles AS la ON la.article_id = l.article_id
ORDER BY la.published_at NULLS LAST, c.metric, c.country, c.element, l.quantity_id;
