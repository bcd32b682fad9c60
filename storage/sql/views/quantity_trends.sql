-- quantity_trends: the figures reported for each metric, country, element and year, side
-- by side: the table behind "what did the press say China's rare-earth output was in 2024".
--
-- One row per (year, metric, country, element, unit, is_change). The year is the one the
-- text states for the figure, else the article's publication year (year_basis says which
-- for how many figures). Figures in different units are never mixed, nor levels with
-- changes. Ranges count by their low end. Several articles often repeat one figure: compare
-- figure_count with article_count, and min/median/max for disagreement.

CREATE OR REPLACE VIEW quantity_trends AS
SELECT
    coalesce(q.year, year(a.published_at)) AS year,
    q.metric,
    q.country,
    q.element,
    q.unit,
    q.is_change,
    count(*) AS figure_count,
    count(q.year) AS stated_year_count,
    count(DISTINCT q.article_id) AS article_count,
    min(q.value) AS min_value,
    median(q.value) AS median_value,
    max(q.value) AS max_value,
    min(a.published_at) AS first_published,
    max(a.published_at) AS last_published
FROM quantities AS q
JOIN articles AS a USING (article_id)
GROUP BY ALL;

COMMENT ON VIEW quantity_trends IS 'Reported figures summarized per year, metric, country, element, unit and kind (level or change).';
COMMENT ON COLUMN quantity_trends.year IS 'Year the figures refer to: as stated in the text, else the article''s publication year.';
COMMENT ON COLUMN quantity_trends.metric IS 'What is measured (see quantities.metric).';
COMMENT ON COLUMN quantity_trends.country IS 'Whose figure (ISO3, WLD for world), or NULL.';
COMMENT ON COLUMN quantity_trends.element IS 'Element or group code, or NULL.';
COMMENT ON COLUMN quantity_trends.unit IS 'Unit of the figures (never mixed within a row).';
COMMENT ON COLUMN quantity_trends.is_change IS 'True for changes (grew 22%), false for levels.';
COMMENT ON COLUMN quantity_trends.figure_count IS 'Number of figures (quantities rows).';
COMMENT ON COLUMN quantity_trends.stated_year_count IS 'How many of the figures state their year in the text (the others take the publication year).';
COMMENT ON COLUMN quantity_trends.article_count IS 'Number of distinct articles reporting them.';
COMMENT ON COLUMN quantity_trends.min_value IS 'Smallest value reported.';
COMMENT ON COLUMN quantity_trends.median_value IS 'Median value reported.';
COMMENT ON COLUMN quantity_trends.max_value IS 'Largest value reported.';
COMMENT ON COLUMN quantity_trends.first_published IS 'Publication time of the earliest article reporting such a figure.';
COMMENT ON COLUMN quantity_trends.last_published IS 'Publication time of the latest article reporting such a figure.';
