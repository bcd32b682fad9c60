-- 0009_figure_levels: the figures that figure_conflicts compares, kept as a narrow table so
-- that the conflicts report no longer joins every stored figure to its article on each
-- query (at a million articles that join was half of `orewatch trends conflicts`).
-- orewatch.storage.summaries keeps it current inside the transaction of every batch the
-- writer stores, like checked_figures (sql/summaries/figure_levels.sql says what goes in),
-- and rebuilds it whole when its definition changes. Analysts query figure_conflicts.

CREATE TABLE figure_levels (
    quantity_id  VARCHAR NOT NULL,
    article_id   VARCHAR NOT NULL,
    metric       VARCHAR NOT NULL,
    country      VARCHAR NOT NULL,
    element      VARCHAR NOT NULL,
    unit         VARCHAR NOT NULL,
    year         INTEGER,
    published_at TIMESTAMPTZ,
    low          DOUBLE NOT NULL,
    high         DOUBLE NOT NULL,
    top          DOUBLE NOT NULL
);
COMMENT ON TABLE figure_levels IS 'Storage behind figure_conflicts (query that view): the figures it compares, one row per article and figure (its first figure of each metric, country, element, unit and year), with the article''s publication time and the value as a range. Written when the article is stored, replaced when it is re-read with changes.';
COMMENT ON COLUMN figure_levels.quantity_id IS 'The figure (quantities.quantity_id): the article''s first of its metric, country, element, unit and year.';
COMMENT ON COLUMN figure_levels.article_id IS 'The article (articles.article_id).';
COMMENT ON COLUMN figure_levels.metric IS 'reserves, production, processing, capacity, exports, imports, consumption or demand (levels only, not changes).';
COMMENT ON COLUMN figure_levels.country IS 'Whose figure (ISO3, WLD for world).';
COMMENT ON COLUMN figure_levels.element IS 'Element or group code.';
COMMENT ON COLUMN figure_levels.unit IS 'Unit of the figure.';
COMMENT ON COLUMN figure_levels.year IS 'Year the figure refers to: as the text states, else the year of the article''s publication (UTC); NULL for an undated article whose text states no year.';
COMMENT ON COLUMN figure_levels.published_at IS 'Publication time of the article (NULL when unknown).';
COMMENT ON COLUMN figure_levels.low IS 'Low end of the value: 0 for "less than" and "up to" figures.';
COMMENT ON COLUMN figure_levels.high IS 'High end of the value: infinity for "more than" and "at least" figures.';
COMMENT ON COLUMN figure_levels.top IS 'Absolute value of the high end as written (value_max, else value), the scale a gap is measured against.';
