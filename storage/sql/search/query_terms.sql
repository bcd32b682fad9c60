-- The index's terms for $query (a string of words and Chinese character pairs, see
-- build_index.sql), cut and stemmed exactly as fts's own match_bm25 cuts a query.
SELECT d.termid
FROM fts_main_search_source.dict AS d
WHERE d.term IN (SELECT DISTINCT stem(unnest(fts_main_search_source.tokenize($query)), 'porter'))
ORDER BY d.termid;
