-- Articles stored or re-read with new content at or after $since (fetched_at), newest
-- publications first, with what was read from each.
SELECT
    a.published_at, a.source, a.title, a.language, a.url,
    (SELECT count(*) FROM quantities AS q WHERE q.article_id = a.article_id) AS figures,
    (SELECT count(*) FROM extracted_events AS e WHERE e.article_id = a.article_id) AS events,
    a.article_id
FROM articles AS a
WHERE $since IS NULL OR a.fetched_at >= $since
ORDER BY a.published_at DESC NULLS LAST, a.article_id;
