-- runs: one row per ingestion run (SPEC §5), its latest state.
--
-- A run appends to run_log when it starts (status running, no finished_at) and when it ends
-- (its status and counts), never updating a row, so that several ingests can write a shared
-- store at once. This view shows each run's last word: its end when it ended, else its start
-- (a run that died before its end stays 'running' with finished_at NULL).

CREATE OR REPLACE VIEW runs AS
SELECT
    run_id,
    flow,
    started_at,
    finished_at,
    articles_seen,
    articles_new,
    articles_failed,
    status,
    articles_updated,
    articles_unchanged,
    articles_duplicate,
    articles_warned
FROM run_log
QUALIFY row_number() OVER (
    PARTITION BY run_id ORDER BY finished_at IS NOT NULL DESC, recorded_at DESC
) = 1;

COMMENT ON VIEW runs IS 'One row per ingestion run: started (status running) or ended, with its counts; the latest row of each run in run_log.';
COMMENT ON COLUMN runs.run_id IS 'Run id (run_… or the orchestrator''s own flow-run id).';
COMMENT ON COLUMN runs.flow IS 'Name of the flow or command that ran (e.g. nightly_ingest).';
COMMENT ON COLUMN runs.started_at IS 'When the run started (UTC).';
COMMENT ON COLUMN runs.finished_at IS 'When the run ended (UTC); NULL while running, or if the process died.';
COMMENT ON COLUMN runs.articles_seen IS 'Articles read from the inputs in this run.';
COMMENT ON COLUMN runs.articles_new IS 'Articles stored for the first time in this run.';
COMMENT ON COLUMN runs.articles_failed IS 'Inputs that could not be read or extracted in this run (nothing of them stored); articles stored with a warning are counted in articles_warned.';
COMMENT ON COLUMN runs.status IS 'running, completed (every input read, with or without warnings), partial (finished, some inputs failed) or failed (no article could be read, or the run stopped on an error).';
COMMENT ON COLUMN runs.articles_updated IS 'Articles already stored whose content changed: re-extracted in this run (their reviews kept). NULL for runs before schema version 2.';
COMMENT ON COLUMN runs.articles_unchanged IS 'Articles already stored with identical content: nothing written. NULL for runs before schema version 2.';
COMMENT ON COLUMN runs.articles_duplicate IS 'Articles skipped because the same content is stored under another id (another URL), or read twice in one batch. NULL for runs before schema version 2.';
COMMENT ON COLUMN runs.articles_warned IS 'Articles read and stored with a warning (text cut to the size limit): not failures. NULL for runs before schema version 7.';
