-- The index's terms for $query (a string of words and Chinese character pairs, see
-- index_batch.sql), cut and stemmed as the articles were.
SELECT t.termid
FROM search_index.terms AS t
WHERE t.term IN (SELECT DISTINCT stem(unnest(search_index.tokenize($query)), 'porter'))
ORDER BY t.termid;
