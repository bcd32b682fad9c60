-- When the last run that started before $before began: the nightly digest of a day covers
-- what arrived since then (NULL when there was no earlier run: everything).
SELECT max(started_at) FROM runs WHERE started_at < $before;
