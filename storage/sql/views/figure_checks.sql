-- figure_checks: each reserves or production figure the press reported, beside the official
-- USGS figure for the same country, element group and year, with the ratio: a news figure
-- that contradicts the official statistics is what an analyst most wants flagged.
--
-- Checked: levels in tonnes with metric reserves or production, whose country (WLD for the
-- world) and element are known and match reference_figures exactly (REE matches only REE:
-- USGS counts all rare earths as oxide, so an Nd or HREE tonnage is not comparable).
-- reserves is checked against USGS reserves, production against mine production (gallium:
-- primary refinery production). Which USGS figure (docs/reference-figures.md):
--   * a figure that states its year is compared with that data year, in the newest edition
--     published by the article's publication year that reports it (what the article could
--     have quoted; editions revise earlier years), else in the oldest edition that does;
--   * a figure without a year is compared with the latest data year (reserves: edition minus
--     1; production: the newer of the edition's two years) of the edition current when the
--     article appeared: the newest one published by its publication year, and no older than
--     the year before (an article of 2011 is not checked against MCS 2023). Undated
--     articles take the newest edition.
-- ratio = news value / USGS value. verdict: 'agrees' when the two are within 10 % of each
-- other (a news range, "more than X" or "up to X", and a USGS lower bound count as ranges),
-- else 'higher' or 'lower'; 'withheld' when USGS withholds the figure, 'reference_zero' when
-- USGS reports none.

CREATE OR REPLACE VIEW figure_checks AS
-- The edition is picked over narrow rows; sentences are joined to the picked rows at the end.
WITH news AS (
    SELECT
        q.quantity_id, q.article_id, q.metric, q.country, q.element, q.year,
        q.value, q.value_max, q.qualifier, a.published_at, a.source,
        year(a.published_at) AS published_year,
        CASE WHEN q.metric = 'reserves' THEN 'reserves'
             WHEN q.element = 'Ga' THEN 'refinery_production'
             ELSE 'mine_production' END AS statistic,
        CASE WHEN q.qualifier IN ('less_than', 'up_to') THEN 0 ELSE q.value END AS low,
        CASE WHEN q.qualifier IN ('more_than', 'at_least') THEN 'infinity'::DOUBLE
             ELSE coalesce(q.value_max, q.value) END AS high
    FROM quantities AS q
    JOIN articles AS a USING (article_id)
    WHERE NOT q.is_change AND q.unit = 't' AND q.metric IN ('reserves', 'production')
      AND q.country IS NOT NULL AND q.element IS NOT NULL
),
matched AS (
    SELECT
        n.*,
        r.edition, r.publication, r.year AS reference_year, r.value AS reference_value,
        r.qualifier AS reference_qualifier, r.basis AS reference_basis, r.source_url AS reference_source_url,
        CASE WHEN r.qualifier = 'more_than' THEN 'infinity'::DOUBLE ELSE r.value END AS reference_high
    FROM news AS n
    JOIN reference_figures AS r
      ON r.country = n.country AND r.element = n.element AND r.statistic = n.statistic
     AND (n.year = r.year
          OR (n.year IS NULL AND (n.published_year IS NULL
                                  OR r.edition BETWEEN n.published_year - 1 AND n.published_year)))
    QUALIFY row_number() OVER (
        PARTITION BY n.quantity_id
        ORDER BY coalesce(r.edition <= n.published_year, true) DESC,
                 CASE WHEN coalesce(r.edition <= n.published_year, true) THEN r.edition END DESC,
                 r.edition, r.year DESC
    ) = 1
)
SELECT
    m.quantity_id,
    m.article_id,
    m.published_at,
    m.source,
    m.metric,
    m.country,
    m.element,
    m.year,
    m.value,
    m.value_max,
    m.qualifier,
    q.sentence,
    statistic AS reference_statistic,
    reference_year,
    reference_value,
    reference_qualifier,
    reference_basis,
    edition AS reference_edition,
    publication AS reference_publication,
    reference_source_url,
    m.value / nullif(reference_value, 0) AS ratio,
    CASE
        WHEN reference_value IS NULL THEN 'withheld'
        WHEN reference_value = 0 THEN 'reference_zero'
        WHEN low > reference_high AND low - reference_high > 0.10 * greatest(low, reference_value) THEN 'higher'
        WHEN reference_value > high AND reference_value - high > 0.10 * greatest(high, reference_value) THEN 'lower'
        ELSE 'agrees'
    END AS verdict
FROM matched AS m
JOIN quantities AS q USING (quantity_id);

COMMENT ON VIEW figure_checks IS 'Each reported reserves or production figure (tonnes, known country and element) beside the USGS Mineral Commodity Summaries figure for the same country, element group and year, with the ratio and a verdict; see docs/reference-figures.md for which edition and year are compared.';
COMMENT ON COLUMN figure_checks.quantity_id IS 'The news figure (quantities.quantity_id).';
COMMENT ON COLUMN figure_checks.article_id IS 'The article (articles.article_id).';
COMMENT ON COLUMN figure_checks.published_at IS 'Publication time of the article.';
COMMENT ON COLUMN figure_checks.source IS 'Publisher of the article.';
COMMENT ON COLUMN figure_checks.metric IS 'reserves or production.';
COMMENT ON COLUMN figure_checks.country IS 'Whose figure (ISO3, WLD for world).';
COMMENT ON COLUMN figure_checks.element IS 'Element or group code (REE, Ga, Sb, W, graphite, Li, Co, Ni).';
COMMENT ON COLUMN figure_checks.year IS 'Year the article states for the figure, or NULL.';
COMMENT ON COLUMN figure_checks.value IS 'The news value in tonnes (low end of a range).';
COMMENT ON COLUMN figure_checks.value_max IS 'High end of the news range, else NULL.';
COMMENT ON COLUMN figure_checks.qualifier IS 'Qualifier of the news value (exact, approx, more_than …).';
COMMENT ON COLUMN figure_checks.sentence IS 'The sentence the news figure was read from.';
COMMENT ON COLUMN figure_checks.reference_statistic IS 'The USGS statistic compared: reserves, mine_production or refinery_production.';
COMMENT ON COLUMN figure_checks.reference_year IS 'The USGS data year compared (the stated year, else the latest year of the edition).';
COMMENT ON COLUMN figure_checks.reference_value IS 'The USGS value in tonnes; NULL when withheld.';
COMMENT ON COLUMN figure_checks.reference_qualifier IS 'estimate, withheld, more_than (a lower bound) or NULL (see reference_figures.qualifier).';
COMMENT ON COLUMN figure_checks.reference_basis IS 'What the USGS tonnes count: REO, metal content or natural graphite.';
COMMENT ON COLUMN figure_checks.reference_edition IS 'The Mineral Commodity Summaries edition compared: the newest published by the article''s publication year (for a stated year not yet in it, the oldest edition reporting that year).';
COMMENT ON COLUMN figure_checks.reference_publication IS 'The publication named in full.';
COMMENT ON COLUMN figure_checks.reference_source_url IS 'Where the USGS number was read (reference_figures.source_url).';
COMMENT ON COLUMN figure_checks.ratio IS 'News value divided by the USGS value (1.0 = the same; NULL when USGS withholds or reports zero).';
COMMENT ON COLUMN figure_checks.verdict IS 'agrees (within 10 %, ranges and bounds counted as ranges), higher, lower, withheld (USGS publishes no value) or reference_zero (USGS reports none).';
