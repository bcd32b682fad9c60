-- The search index's state beside the articles': is it there, and does it cover them all?
-- Stale when articles were added or re-read with other content (a newer fetched_at) after
-- it was last brought up to date.
SELECT
    s.updated_at,
    s.articles AS indexed_articles,
    (SELECT count(*) FROM articles) AS articles,
    (SELECT max(fetched_at) FROM articles) IS DISTINCT FROM s.last_fetched_at
        OR (SELECT count(*) FROM articles) <> s.articles AS stale
FROM search_index.state AS s;
