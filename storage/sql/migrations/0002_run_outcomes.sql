-- 0002_run_outcomes: record every outcome of a run, not only new articles.
--
-- A nightly run that re-reads yesterday's feeds mostly finds unchanged articles; without
-- these counts a run with articles_new = 0 could not be told from a run that read nothing.
-- Runs recorded before this migration keep NULL here: the counts were not kept then.

ALTER TABLE runs ADD COLUMN articles_updated INTEGER;
ALTER TABLE runs ADD COLUMN articles_unchanged INTEGER;
ALTER TABLE runs ADD COLUMN articles_duplicate INTEGER;
COMMENT ON COLUMN runs.articles_updated IS 'Articles already stored whose content changed: re-extracted in this run (their reviews kept). NULL for runs before schema version 2.';
COMMENT ON COLUMN runs.articles_unchanged IS 'Articles already stored with identical content: nothing written. NULL for runs before schema version 2.';
COMMENT ON COLUMN runs.articles_duplicate IS 'Articles skipped because the same content is stored under another id (another URL). NULL for runs before schema version 2.';
