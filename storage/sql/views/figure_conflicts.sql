-- figure_conflicts: reports that disagree on the same figure: "which figures disagree between
-- sources", both sources and sentences side by side.
--
-- Compared: levels (not changes) of reserves, production, processing, capacity, exports,
-- imports, consumption and demand whose country and element are known, by (metric, country,
-- element, unit, year), where year is the year the text states, else the article's
-- publication year (UTC). Prices, investments and tariffs are left out: they differ by day, deal or
-- product without anyone being wrong. Each article counts with its first figure of a group,
-- and each report is set beside the previous report of the same figure (in publication
-- order), so a long-repeated figure yields one row per change of story, not one per pair.
-- Two figures conflict when their values are more than 10 % apart: the gap between them
-- (between ranges, for ranges; "more than X" reaches up without bound, "up to X" down to 0)
-- exceeds 10 % of the larger value.

-- Which figures are compared, each with its article's publication time, is decided when an
-- article is stored: the table figure_levels (sql/summaries/figure_levels.sql), so that no
-- query joins every figure to its article again.
-- The pairs are found by the table macro figure_conflict_pairs, which `orewatch trends
-- conflicts` (sql/reports/conflicts.sql) calls with its filters pushed down: the filters on
-- metric, country and element cut the figures first; until_day drops later reports (they
-- never precede a report it keeps); since_day keeps the reports from that day on plus, per
-- figure, the one report just before the first of them (found with an aggregate instead of
-- ordering every older report). `levels` is read where it is used (NOT MATERIALIZED):
-- three filtered scans of the narrow table cost less than writing two million rows aside.
-- The days are compared as the UTC instants they start and end at, never by casting each
-- report's time to a day. The windows run over narrow rows (ids, keys, bounds); sentences
-- and sources are joined to the conflicting pairs only at the end.

CREATE OR REPLACE MACRO figure_conflict_pairs(since_day, until_day, metric_filter, country_filter, element_filter) AS TABLE
WITH levels AS NOT MATERIALIZED (  -- the compared figures, each article's first of a group (table figure_levels)
    SELECT
        quantity_id, article_id, metric, country, element, unit, year, published_at, low, high, top,
        coalesce((since_day IS NULL OR published_at >= timezone('UTC', CAST(CAST(since_day AS DATE) AS TIMESTAMP)))
                 AND (until_day IS NULL
                      OR published_at < timezone('UTC', CAST(CAST(until_day AS DATE) AS TIMESTAMP) + INTERVAL 1 DAY)),
                 false) AS kept  -- a later report the filters keep
    FROM figure_levels
    WHERE (metric_filter IS NULL OR metric = metric_filter)
      AND (country_filter IS NULL OR country = country_filter)
      AND (element_filter IS NULL OR element = element_filter)
      AND (until_day IS NULL OR published_at IS NULL
           OR published_at < timezone('UTC', CAST(CAST(until_day AS DATE) AS TIMESTAMP) + INTERVAL 1 DAY))
),
-- Per figure, the last article among those not kept (undated, or before since_day): in
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
paired AS (
    SELECT
        metric, country, element, unit, year, quantity_id, kept, low, high, top,
        lag(quantity_id) OVER w AS earlier_id,
        lag(low) OVER w AS earlier_low,
        lag(high) OVER w AS earlier_high,
        lag(top) OVER w AS earlier_top
    FROM candidates
    WINDOW w AS (PARTITION BY metric, country, element, unit, year
                 ORDER BY published_at NULLS FIRST, article_id)
)
SELECT
    metric, country, element, unit, year, earlier_id, quantity_id AS later_id,
    (greatest(earlier_low, low) - least(earlier_high, high)) / greatest(earlier_top, top) AS gap
FROM paired
WHERE kept AND earlier_id IS NOT NULL
  AND greatest(earlier_low, low) - least(earlier_high, high) > 0.10 * greatest(earlier_top, top);

CREATE OR REPLACE VIEW figure_conflicts AS
SELECT
    c.metric,
    c.country,
    c.element,
    c.unit,
    c.year,
    c.gap,
    e.value AS earlier_value,
    e.value_max AS earlier_value_max,
    e.qualifier AS earlier_qualifier,
    ea.source AS earlier_source,
    ea.published_at AS earlier_published_at,
    e.sentence AS earlier_sentence,
    e.article_id AS earlier_article_id,
    e.quantity_id AS earlier_quantity_id,
    l.value AS later_value,
    l.value_max AS later_value_max,
    l.qualifier AS later_qualifier,
    la.source AS later_source,
    la.published_at AS later_published_at,
    l.sentence AS later_sentence,
    l.article_id AS later_article_id,
    l.quantity_id AS later_quantity_id
FROM figure_conflict_pairs(NULL, NULL, NULL, NULL, NULL) AS c
JOIN quantities AS e ON e.quantity_id = c.earlier_id
JOIN articles AS ea ON ea.article_id = e.article_id
JOIN quantities AS l ON l.quantity_id = c.later_id
JOIN articles AS la ON la.article_id = l.article_id;


COMMENT ON VIEW figure_conflicts IS 'Reports that disagree by more than 10 % on the same figure (metric, country, element, unit, year; levels of reserves, production, processing, capacity, trade, consumption and demand): each report beside the previous report of that figure.';
COMMENT ON COLUMN figure_conflicts.metric IS 'What is measured (see quantities.metric).';
COMMENT ON COLUMN figure_conflicts.country IS 'Whose figure (ISO3, WLD for world).';
COMMENT ON COLUMN figure_conflicts.element IS 'Element or group code.';
COMMENT ON COLUMN figure_conflicts.unit IS 'Unit of both figures.';
COMMENT ON COLUMN figure_conflicts.year IS 'Year the figures refer to: as the text states, else the article''s publication year.';
COMMENT ON COLUMN figure_conflicts.gap IS 'How far apart the two values are, as a share of the larger (0.25 = the gap is 25 % of the larger value); always above 0.10.';
COMMENT ON COLUMN figure_conflicts.earlier_value IS 'Value of the earlier report (low end of a range).';
COMMENT ON COLUMN figure_conflicts.earlier_value_max IS 'High end of the earlier report''s range, else NULL.';
COMMENT ON COLUMN figure_conflicts.earlier_qualifier IS 'Qualifier of the earlier value.';
COMMENT ON COLUMN figure_conflicts.earlier_source IS 'Publisher of the earlier report.';
COMMENT ON COLUMN figure_conflicts.earlier_published_at IS 'Publication time of the earlier report.';
COMMENT ON COLUMN figure_conflicts.earlier_sentence IS 'Sentence of the earlier figure.';
COMMENT ON COLUMN figure_conflicts.earlier_article_id IS 'Article of the earlier report.';
COMMENT ON COLUMN figure_conflicts.earlier_quantity_id IS 'The earlier figure (quantities.quantity_id).';
COMMENT ON COLUMN figure_conflicts.later_value IS 'Value of the later report (low end of a range).';
COMMENT ON COLUMN figure_conflicts.later_value_max IS 'High end of the later report''s range, else NULL.';
COMMENT ON COLUMN figure_conflicts.later_qualifier IS 'Qualifier of the later value.';
COMMENT ON COLUMN figure_conflicts.later_source IS 'Publisher of the later report.';
COMMENT ON COLUMN figure_conflicts.later_published_at IS 'Publication time of the later report.';
COMMENT ON COLUMN figure_conflicts.later_sentence IS 'Sentence of the later figure.';
COMMENT ON COLUMN figure_conflicts.later_article_id IS 'Article of the later report.';
COMMENT ON COLUMN figure_conflicts.later_quantity_id IS 'The later figure (quantities.quantity_id).';
