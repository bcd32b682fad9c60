-- figure_conflicts: reports that disagree on the same figure: "which figures disagree between
-- sources", both sources and sentences side by side.
--
-- Compared: levels (not changes) of reserves, production, processing, capacity, exports,
-- imports, consumption and demand whose country and element are known, by (metric, country,
-- element, unit, year), where year is the year the text states, else the article's
-- publication year. Prices, investments and tariffs are left out: they differ by day, deal or
-- product without anyone being wrong. Each article counts with its first figure of a group,
-- and each report is set beside the previous report of the same figure (in publication
-- order), so a long-repeated figure yields one row per change of story, not one per pair.
-- Two figures conflict when their values are more than 10 % apart: the gap between them
-- (between ranges, for ranges; "more than X" reaches up without bound, "up to X" down to 0)
-- exceeds 10 % of the larger value.

CREATE OR REPLACE VIEW figure_conflicts AS
-- The windows run over narrow rows (ids, keys, bounds); sentences and sources are joined to
-- the conflicting pairs only at the end.
WITH figures AS (
    SELECT
        q.quantity_id, q.article_id, q.metric, q.country, q.element, q.unit,
        coalesce(q.year, year(a.published_at)) AS year,
        a.published_at,
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
    QUALIFY row_number() OVER (
        PARTITION BY q.article_id, q.metric, q.country, q.element, q.unit,
                     coalesce(q.year, year(a.published_at))
        ORDER BY q.start_char, q.quantity_id
    ) = 1
),
paired AS (
    SELECT
        metric, country, element, unit, year, quantity_id, low, high, top,
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
    WHERE earlier_id IS NOT NULL
      AND greatest(earlier_low, low) - least(earlier_high, high) > 0.10 * greatest(earlier_top, top)
)
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
FROM conflicts AS c
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
