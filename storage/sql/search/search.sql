-- Articles ranked by BM25 (k1 = 1.2, b = 0.75, fts's defaults) against $query, a string of
-- words and Chinese character pairs (see build_index.sql), best first, at most $limit.
WITH hits AS (
    SELECT indexed.name AS article_id,
           fts_main_search_source.match_bm25(indexed.name, $query) AS score
    FROM fts_main_search_source.docs AS indexed  -- not "docs": match_bm25 has its own docs alias
    WHERE score IS NOT NULL
    ORDER BY score DESC, article_id
    LIMIT $limit
)
SELECT h.article_id, h.score, a.title, a.text, a.source, a.published_at, a.url, a.language
FROM hits AS h
JOIN articles AS a USING (article_id)
ORDER BY h.score DESC, h.article_id;
