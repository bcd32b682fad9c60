-- 0008_analyst_summaries: small tables that keep two analyst views answerable in well under
-- a second at millions of articles, without recomputing them from every mention and figure
-- on each query. orewatch.storage.summaries keeps them current inside the same transaction
-- as every batch the writer stores (append-only contributions, and a delete-and-insert of
-- the checked figures of re-read articles), and rebuilds them whole when their definition
-- (sql/summaries/*.sql) or the shipped reference statistics change. Analysts query the views
-- element_attention, country_attention and figure_checks, whose names and columns are unchanged.

CREATE MACRO publication_day(published_local, published_at) AS
    coalesce(TRY_CAST(left(published_local, 10) AS DATE), CAST(timezone('UTC', published_at) AS DATE));

CREATE TABLE attention_counts (
    kind     VARCHAR NOT NULL CHECK (kind IN ('element', 'country')),
    week     DATE NOT NULL,
    code     VARCHAR NOT NULL,
    articles BIGINT NOT NULL,
    mentions BIGINT NOT NULL
);
COMMENT ON TABLE attention_counts IS 'Storage behind element_attention and country_attention (query those views): signed contributions of stored articles to the weekly counts. Each stored batch appends its articles'' counts, and minus the counts of the versions it replaces; the views add them up. Compaction replaces the rows with their sums.';
COMMENT ON COLUMN attention_counts.kind IS 'element (element_mentions) or country (country_mentions).';
COMMENT ON COLUMN attention_counts.week IS 'Monday of the publication week (publication_days).';
COMMENT ON COLUMN attention_counts.code IS 'Element or country code.';
COMMENT ON COLUMN attention_counts.articles IS 'Articles mentioning the code that week, added (positive) or taken away (negative) by one batch.';
COMMENT ON COLUMN attention_counts.mentions IS 'Mentions of the code in those articles, added or taken away.';

CREATE TABLE checked_figures (
    quantity_id           VARCHAR NOT NULL,
    article_id            VARCHAR NOT NULL,
    published_at          TIMESTAMPTZ,
    source                VARCHAR,
    metric                VARCHAR NOT NULL,
    country               VARCHAR NOT NULL,
    element               VARCHAR NOT NULL,
    year                  INTEGER,
    value                 DOUBLE,
    value_max             DOUBLE,
    qualifier             VARCHAR,
    sentence              VARCHAR,
    reference_statistic   VARCHAR NOT NULL,
    reference_year        INTEGER NOT NULL,
    reference_value       DOUBLE,
    reference_qualifier   VARCHAR,
    reference_basis       VARCHAR,
    reference_edition     INTEGER NOT NULL,
    reference_publication VARCHAR,
    reference_source_url  VARCHAR,
    ratio                 DOUBLE,
    verdict               VARCHAR NOT NULL
);
COMMENT ON TABLE checked_figures IS 'Storage behind figure_checks (query that view): one row per checked news figure, written when its article is stored, replaced when the article is re-read with changes, rebuilt whole when the shipped USGS reference file changes.';
COMMENT ON COLUMN checked_figures.quantity_id IS 'See figure_checks.quantity_id.';
COMMENT ON COLUMN checked_figures.article_id IS 'See figure_checks.article_id.';
COMMENT ON COLUMN checked_figures.published_at IS 'See figure_checks.published_at.';
COMMENT ON COLUMN checked_figures.source IS 'See figure_checks.source.';
COMMENT ON COLUMN checked_figures.metric IS 'See figure_checks.metric.';
COMMENT ON COLUMN checked_figures.country IS 'See figure_checks.country.';
COMMENT ON COLUMN checked_figures.element IS 'See figure_checks.element.';
COMMENT ON COLUMN checked_figures.year IS 'See figure_checks.year.';
COMMENT ON COLUMN checked_figures.value IS 'See figure_checks.value.';
COMMENT ON COLUMN checked_figures.value_max IS 'See figure_checks.value_max.';
COMMENT ON COLUMN checked_figures.qualifier IS 'See figure_checks.qualifier.';
COMMENT ON COLUMN checked_figures.sentence IS 'See figure_checks.sentence.';
COMMENT ON COLUMN checked_figures.reference_statistic IS 'See figure_checks.reference_statistic.';
COMMENT ON COLUMN checked_figures.reference_year IS 'See figure_checks.reference_year.';
COMMENT ON COLUMN checked_figures.reference_value IS 'See figure_checks.reference_value.';
COMMENT ON COLUMN checked_figures.reference_qualifier IS 'See figure_checks.reference_qualifier.';
COMMENT ON COLUMN checked_figures.reference_basis IS 'See figure_checks.reference_basis.';
COMMENT ON COLUMN checked_figures.reference_edition IS 'See figure_checks.reference_edition.';
COMMENT ON COLUMN checked_figures.reference_publication IS 'See figure_checks.reference_publication.';
COMMENT ON COLUMN checked_figures.reference_source_url IS 'See figure_checks.reference_source_url.';
COMMENT ON COLUMN checked_figures.ratio IS 'See figure_checks.ratio.';
COMMENT ON COLUMN checked_figures.verdict IS 'See figure_checks.verdict.';

CREATE TABLE summary_state (
    summary    VARCHAR PRIMARY KEY,
    definition VARCHAR NOT NULL,
    built_at   TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);
COMMENT ON TABLE summary_state IS 'Bookkeeping: which definition each summary table (attention_counts, checked_figures) was last rebuilt from, so that a writer rebuilds it when the definition or its reference data change.';
COMMENT ON COLUMN summary_state.summary IS 'The summary table.';
COMMENT ON COLUMN summary_state.definition IS 'SHA-256 of its SQL definition (and, for checked_figures, of the reference file loaded).';
COMMENT ON COLUMN summary_state.built_at IS 'When it was last rebuilt whole (UTC).';
