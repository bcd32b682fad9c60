-- Events of the articles that arrived at or after $since that no editor has reviewed yet
-- (the rows review_queue lists), newest publications first.
-- Read from the events view and articles rather than from review_queue: that view orders
-- every waiting event, sentence and title included, before a LIMIT can apply, which took more
-- than a writer's memory for a night of 100,000 articles; here DuckDB keeps only the first rows.
SELECT a.published_at, e.type, e.subtype, e.actor, e.partners, e.elements, e.event_date,
       e.trigger, e.sentence, a.source, e.event_id
FROM events AS e
JOIN articles AS a USING (article_id)
WHERE e.review_status IN ('pending', 'changed')
  AND ($since IS NULL OR a.fetched_at >= $since)
ORDER BY a.published_at DESC NULLS LAST, e.event_id;
