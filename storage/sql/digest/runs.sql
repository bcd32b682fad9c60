-- The runs that started at or after $since (all runs when $since is NULL), newest first.
SELECT run_id, flow, started_at, finished_at, status, articles_seen, articles_new,
       articles_updated, articles_unchanged, articles_duplicate, articles_failed
FROM runs
WHERE $since IS NULL OR started_at >= $since
ORDER BY started_at DESC, run_id DESC;
