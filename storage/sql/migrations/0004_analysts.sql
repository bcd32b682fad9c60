-- 0004_analysts: the official statistics that news figures are checked against.
--
-- reference_figures holds USGS Mineral Commodity Summaries rows (reserves and mine or
-- refinery production by country and year, in tonnes), loaded from the CSV that orewatch
-- ships (storage/reference_data/usgs-mcs.csv) by orewatch.storage.reference whenever that
-- file changes; reference_files records which file was loaded. The view figure_checks sets
-- extracted figures beside them. Where every number comes from: docs/reference-figures.md.

CREATE TABLE reference_figures (
    edition      INTEGER NOT NULL,
    publication  VARCHAR NOT NULL,
    data_release VARCHAR NOT NULL,
    commodity    VARCHAR NOT NULL,
    element      VARCHAR NOT NULL,
    country      VARCHAR NOT NULL,
    country_name VARCHAR NOT NULL,
    statistic    VARCHAR NOT NULL CHECK (statistic IN ('reserves', 'mine_production', 'refinery_production')),
    year         INTEGER NOT NULL,
    value        DOUBLE,
    unit         VARCHAR NOT NULL,
    basis        VARCHAR NOT NULL,
    qualifier    VARCHAR,
    source_url   VARCHAR NOT NULL
);
COMMENT ON TABLE reference_figures IS 'Official statistics: USGS Mineral Commodity Summaries (editions 2023-2026) reserves and production by country and year for REE, Ga, Sb, W, graphite, Li, Co and Ni, one row per edition, country, statistic and year. Editions revise earlier years: compare within one edition. Loaded from the CSV orewatch ships; see docs/reference-figures.md.';
COMMENT ON COLUMN reference_figures.edition IS 'Mineral Commodity Summaries edition (publication year). An edition reports production for the two latest data years and reserves as of the year before the edition.';
COMMENT ON COLUMN reference_figures.publication IS 'The publication the figure is from, e.g. "U.S. Geological Survey, Mineral Commodity Summaries 2025".';
COMMENT ON COLUMN reference_figures.data_release IS 'DOI of the edition''s USGS data release.';
COMMENT ON COLUMN reference_figures.commodity IS 'MCS chapter name (e.g. Rare earths, Graphite (natural)).';
COMMENT ON COLUMN reference_figures.element IS 'orewatch element or group code: REE, Ga, Sb, W, graphite, Li, Co, Ni.';
COMMENT ON COLUMN reference_figures.country IS 'ISO 3166-1 alpha-3 code; WLD for the world total (rounded; includes countries not listed).';
COMMENT ON COLUMN reference_figures.country_name IS 'Country name as the MCS prints it.';
COMMENT ON COLUMN reference_figures.statistic IS 'reserves, mine_production, or refinery_production (gallium: primary low-purity production).';
COMMENT ON COLUMN reference_figures.year IS 'Data year: the production year, or for reserves the edition minus 1.';
COMMENT ON COLUMN reference_figures.value IS 'Tonnes (REE as rare-earth-oxide equivalent, metals as metal content; see basis). NULL only when withheld by USGS.';
COMMENT ON COLUMN reference_figures.unit IS 'Always t (metric tonnes; gallium converted from kilograms).';
COMMENT ON COLUMN reference_figures.basis IS 'What the tonnes count: REO (rare-earth oxide equivalent), metal content, or natural graphite.';
COMMENT ON COLUMN reference_figures.qualifier IS 'estimate (USGS marks it estimated), withheld (value not published), more_than (a lower bound such as >90,000,000), or NULL for a reported figure.';
COMMENT ON COLUMN reference_figures.source_url IS 'The copy of the USGS file in which the number was read (a permalink at a fixed commit).';

CREATE TABLE reference_files (
    file_name VARCHAR PRIMARY KEY,
    sha256    VARCHAR NOT NULL,
    rows      INTEGER NOT NULL,
    loaded_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);
COMMENT ON TABLE reference_files IS 'Which shipped reference file reference_figures was loaded from, so that a writer reloads it only when the file changed.';
COMMENT ON COLUMN reference_files.file_name IS 'File name of the shipped CSV (usgs-mcs.csv).';
COMMENT ON COLUMN reference_files.sha256 IS 'SHA-256 of the file that was loaded.';
COMMENT ON COLUMN reference_files.rows IS 'Rows loaded from it.';
COMMENT ON COLUMN reference_files.loaded_at IS 'When it was loaded (UTC).';
