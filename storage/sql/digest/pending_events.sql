-- Events of the articles that arrived at or after $since that no editor has reviewed yet.
SELECT q.published_at, q.type, q.subtype, q.actor, q.partners, q.elements, q.event_date,
       q.trigger, q.sentence, q.source, q.event_id
FROM review_queue AS q
JOIN articles AS a USING (article_id)
WHERE $since IS NULL OR a.fetched_at >= $since
ORDER BY q.published_at DESC NULLS LAST, q.event_id;
