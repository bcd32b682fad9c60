-- 0007_run_warnings: count the articles stored with a warning apart from the inputs that failed.
--
-- An article whose text was cut to the size limit is read and stored; it used to be counted in
-- articles_failed and to mark its run 'partial'. Runs recorded before this migration keep NULL.
-- run_log is rebuilt with the new column rather than altered: on a DuckLake (extension 1.5.5),
-- reading run_log after a column was added by ALTER TABLE failed with an internal error
-- ("Attempted to access index 0 within vector of size 0"); the rebuilt table reads cleanly.

CREATE TABLE run_log_v6 (
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
    articles_warned    INTEGER,
    recorded_at        TIMESTAMPTZ NOT NULL
);
INSERT INTO run_log_v6 BY NAME SELECT * FROM run_log;
DROP TABLE run_log;
ALTER TABLE run_log_v6 RENAME TO run_log;

COMMENT ON TABLE run_log IS 'Append-only log of ingestion runs: a row when a run starts (status running) and another when it ends, with its counts. Query the runs view, which shows the latest row of each run.';
COMMENT ON COLUMN run_log.run_id IS 'Run id (run_… or the orchestrator''s own flow-run id); the same in both rows of a run.';
COMMENT ON COLUMN run_log.flow IS 'Name of the flow or command that ran (e.g. nightly_ingest).';
COMMENT ON COLUMN run_log.started_at IS 'When the run started (UTC).';
COMMENT ON COLUMN run_log.finished_at IS 'When the run ended (UTC); NULL in the row written when it started.';
COMMENT ON COLUMN run_log.articles_seen IS 'Articles read from the inputs in this run.';
COMMENT ON COLUMN run_log.articles_new IS 'Articles stored for the first time in this run.';
COMMENT ON COLUMN run_log.articles_failed IS 'Inputs that could not be read or extracted in this run (nothing of them stored); articles stored with a warning are counted in articles_warned.';
COMMENT ON COLUMN run_log.status IS 'running, completed (every input read, with or without warnings), partial (finished, some inputs failed) or failed (no article could be read, or the run stopped on an error).';
COMMENT ON COLUMN run_log.articles_updated IS 'Articles already stored whose content changed: re-extracted in this run (their reviews kept).';
COMMENT ON COLUMN run_log.articles_unchanged IS 'Articles already stored with identical content: nothing written.';
COMMENT ON COLUMN run_log.articles_duplicate IS 'Articles skipped because the same content is stored under another id (another URL), or read twice in one batch.';
COMMENT ON COLUMN run_log.articles_warned IS 'Articles read and stored with a warning (text cut to the size limit): not failures. NULL in a run''s start row and for runs before schema version 7.';
COMMENT ON COLUMN run_log.recorded_at IS 'When this row was written (UTC): the latest row of a run is its current state.';
