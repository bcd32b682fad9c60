-- latest_figures: the most recently reported value of each figure, and how far the press
-- agrees on it: "what is China's latest reported rare-earth reserves figure, and who says so".
--
-- One row per (metric, country, element, unit, year) over levels (changes are left out;
-- year is the year the text states, NULL for figures that state none, which then form their
-- own group). The latest figure is the one of the most recently published article (ties:
-- the first in the article). `sources` counts the distinct publishers (articles without a
-- publisher count one each) that reported any value in the group, `agreeing_sources` those
-- that reported a value within 5 % of the latest one (the latest's own source included).

CREATE OR REPLACE VIEW latest_figures AS
-- Narrow rows through the window and the self-join; the sentence is joined at the end.
WITH levels AS NOT MATERIALIZED (  -- inlined: so that filters on the view reach the scan
    SELECT
        q.quantity_id, q.article_id, q.metric, q.country, q.element, q.unit, q.year,
        q.value, q.value_max, q.qualifier, q.start_char,
        a.published_at,
        a.source,
        coalesce(a.source, q.article_id) AS source_key
    FROM quantities AS q
    JOIN articles AS a USING (article_id)
    WHERE NOT q.is_change
),
latest AS NOT MATERIALIZED (
    SELECT *
    FROM levels
    QUALIFY row_number() OVER (
        PARTITION BY metric, country, element, unit, year
        ORDER BY published_at DESC NULLS LAST, article_id, start_char, quantity_id
    ) = 1
),
-- Each figure of a group beside the group's latest value, then counted per article and per
-- source (an article has one source): plain counts instead of count(DISTINCT).
compared AS (
    SELECT
        o.metric, o.country, o.element, o.unit, o.year, o.source_key, o.article_id, o.published_at,
        abs(o.value - l.value) <= 0.05 * abs(l.value) AS agrees
    FROM latest AS l
    JOIN levels AS o
      ON o.metric = l.metric AND o.unit = l.unit
     AND o.country IS NOT DISTINCT FROM l.country
     AND o.element IS NOT DISTINCT FROM l.element
     AND o.year IS NOT DISTINCT FROM l.year
),
per_article AS (
    SELECT metric, country, element, unit, year, source_key, article_id,
           count(*) AS figures, bool_or(agrees) AS agrees, min(published_at) AS first_published
    FROM compared
    GROUP BY ALL
),
per_source AS (
    SELECT metric, country, element, unit, year, source_key,
           sum(figures) AS figures, count(*) AS articles, bool_or(agrees) AS agrees,
           min(first_published) AS first_published
    FROM per_article
    GROUP BY ALL
),
support AS (
    SELECT metric, country, element, unit, year,
           sum(figures)::BIGINT AS figures,
           sum(articles)::BIGINT AS articles,
           count(*) AS sources,
           count(*) FILTER (WHERE agrees) AS agreeing_sources,
           min(first_published) AS first_published
    FROM per_source
    GROUP BY ALL
)
SELECT
    l.metric,
    l.country,
    l.element,
    l.unit,
    l.year,
    l.value,
    l.value_max,
    l.qualifier,
    l.published_at,
    l.source,
    l.article_id,
    l.quantity_id,
    q.sentence,
    s.figures,
    s.articles,
    s.sources,
    s.agreeing_sources,
    s.first_published
FROM latest AS l
JOIN quantities AS q USING (quantity_id)
JOIN support AS s
  ON s.metric = l.metric AND s.unit = l.unit
 AND s.country IS NOT DISTINCT FROM l.country
 AND s.element IS NOT DISTINCT FROM l.element
 AND s.year IS NOT DISTINCT FROM l.year;

COMMENT ON VIEW latest_figures IS 'The most recently reported value per metric, country, element, unit and stated year (levels only), with how many sources report the figure and how many agree with the latest value within 5 %.';
COMMENT ON COLUMN latest_figures.metric IS 'What is measured (see quantities.metric).';
COMMENT ON COLUMN latest_figures.country IS 'Whose figure (ISO3, WLD for world), or NULL.';
COMMENT ON COLUMN latest_figures.element IS 'Element or group code, or NULL.';
COMMENT ON COLUMN latest_figures.unit IS 'Unit of the figure (groups never mix units).';
COMMENT ON COLUMN latest_figures.year IS 'Year the figures state; NULL groups the figures that state no year.';
COMMENT ON COLUMN latest_figures.value IS 'The latest reported value (low end of a range).';
COMMENT ON COLUMN latest_figures.value_max IS 'High end of the latest value when it is a range, else NULL.';
COMMENT ON COLUMN latest_figures.qualifier IS 'Qualifier of the latest value (exact, approx, more_than …).';
COMMENT ON COLUMN latest_figures.published_at IS 'Publication time of the article that reported the latest value.';
COMMENT ON COLUMN latest_figures.source IS 'Publisher of that article.';
COMMENT ON COLUMN latest_figures.article_id IS 'That article (articles.article_id).';
COMMENT ON COLUMN latest_figures.quantity_id IS 'The latest figure (quantities.quantity_id).';
COMMENT ON COLUMN latest_figures.sentence IS 'The sentence the latest figure was read from.';
COMMENT ON COLUMN latest_figures.figures IS 'How many figures (quantities rows) the group has.';
COMMENT ON COLUMN latest_figures.articles IS 'How many distinct articles report a figure of the group.';
COMMENT ON COLUMN latest_figures.sources IS 'How many distinct sources (publishers; an article without one counts alone) report a figure of the group.';
COMMENT ON COLUMN latest_figures.agreeing_sources IS 'How many of those sources reported a value within 5 % of the latest value (its own source included).';
COMMENT ON COLUMN latest_figures.first_published IS 'Publication time of the earliest article reporting a figure of the group.';
