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

-- The rows are computed when each article is stored and kept in the table checked_figures
-- (orewatch.storage.summaries; the computation: sql/summaries/checked_figures.sql), so that
-- the view reads a few hundred thousand narrow rows instead of matching millions of figures
-- against the reference on every query.

CREATE OR REPLACE VIEW figure_checks AS
SELECT
    quantity_id,
    article_id,
    published_at,
    source,
    metric,
    country,
    element,
    year,
    value,
    value_max,
    qualifier,
    sentence,
    reference_statistic,
    reference_year,
    reference_value,
    reference_qualifier,
    reference_basis,
    reference_edition,
    reference_publication,
    reference_source_url,
    ratio,
    verdict
FROM checked_figures;

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
