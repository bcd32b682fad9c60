-- 0005_shared_store: a schema that a shared DuckLake store can hold as well as a DuckDB file.
--
-- Several ingests, on several machines, may write one DuckLake at once (docs/scale-out.md).
-- DuckLake refuses an UPDATE of a table that another writer appends to, and has no
-- sequences, nor comments on a view's columns. So:
--   * runs are logged, never updated: a run appends a row to run_log when it starts and
--     another when it ends, and `runs` is now a view of each run's latest row (views/runs.sql);
--   * review numbers are drawn by the writer (storage/reviews.py), not from review_id_seq;
--   * the comments on views' columns are also kept in schema_view_columns, which the same
--     code fills in both stores.

CREATE TABLE run_log (
    run_id             VARCHAR NOT NULL,
    flow               VARCHAR NOT NULL,
    started_at         TIMESTAMPTZ NOT NULL,
    finished_at        TIMESTAMPTZ,
    articles_seen      INTEGER,
    articles_new       INTEGER,
    articles_failed    INTEGER,
    status             VARCHAR NOT NULL,
    articles_updated   INTEGER,
    articles_unchanged INTEGER,
    articles_duplicate INTEGER,
    recorded_at        TIMESTAMPTZ NOT NULL
);
INSERT INTO run_log BY NAME SELECT *, coalesce(finished_at, started_at) AS recorded_at FROM runs;
DROP TABLE runs;

COMMENT ON TABLE run_log IS 'Append-only log of ingestion runs: a row when a run starts (status running) and another when it ends, with its counts. Query the runs view, which shows the latest row of each run.';
COMMENT ON COLUMN run_log.run_id IS 'Run id (run_… or the orchestrator''s own flow-run id); the same in both rows of a run.';
COMMENT ON COLUMN run_log.flow IS 'Name of the flow or command that ran (e.g. nightly_ingest).';
COMMENT ON COLUMN run_log.started_at IS 'When the run started (UTC).';
COMMENT ON COLUMN run_log.finished_at IS 'When the run ended (UTC); NULL in the row written when it started.';
COMMENT ON COLUMN run_log.articles_seen IS 'Articles read from the inputs in this run.';
COMMENT ON COLUMN run_log.articles_new IS 'Articles stored for the first time in this run.';
COMMENT ON COLUMN run_log.articles_failed IS 'Inputs that could not be read or extracted in this run.';
COMMENT ON COLUMN run_log.status IS 'running, completed, failed (the run stopped on an error) or partial (finished, with failures).';
COMMENT ON COLUMN run_log.articles_updated IS 'Articles already stored whose content changed: re-extracted in this run (their reviews kept).';
COMMENT ON COLUMN run_log.articles_unchanged IS 'Articles already stored with identical content: nothing written.';
COMMENT ON COLUMN run_log.articles_duplicate IS 'Articles skipped because the same content is stored under another id (another URL), or read twice in one batch.';
COMMENT ON COLUMN run_log.recorded_at IS 'When this row was written (UTC): the latest row of a run is its current state.';

COMMENT ON COLUMN reviews.review_id IS 'Review number, increasing with time: microseconds since 1970 when the decision was recorded, times 1024, plus a random tie-breaker below 1024, so that editors on several machines never draw the same number (reviews recorded before schema version 5 are numbered 1, 2, 3 … from a sequence). Breaks ties between reviews with the same reviewed_at.';

CREATE TABLE schema_view_columns (
    view_name   VARCHAR NOT NULL,
    column_name VARCHAR NOT NULL,
    comment     VARCHAR NOT NULL
);
COMMENT ON TABLE schema_view_columns IS 'The description of every view column, from the COMMENT ON COLUMN statements of storage/sql/views/*.sql, kept as rows because a DuckLake store cannot comment on a view''s columns (a DuckDB file has them as comments too).';
COMMENT ON COLUMN schema_view_columns.view_name IS 'The view (schema_views.view_name).';
COMMENT ON COLUMN schema_view_columns.column_name IS 'The view''s column.';
COMMENT ON COLUMN schema_view_columns.comment IS 'What the column holds.';
