-- 0006_run_warnings: count the articles stored with a warning apart from the inputs that failed.
--
-- An article whose text was cut to the size limit is read and stored; it used to be counted in
-- articles_failed and to mark its run 'partial'. Runs recorded before this migration keep NULL.

ALTER TABLE run_log ADD COLUMN articles_warned INTEGER;
COMMENT ON COLUMN run_log.articles_warned IS 'Articles read and stored with a warning (text cut to the size limit): not failures. NULL in a run''s start row and for runs before schema version 6.';
COMMENT ON COLUMN run_log.articles_failed IS 'Inputs that could not be read or extracted in this run (nothing of them stored); articles stored with a warning are counted in articles_warned.';
COMMENT ON COLUMN run_log.status IS 'running, completed (every input read, with or without warnings), partial (finished, some inputs failed) or failed (no article could be read, or the run stopped on an error).';
