-- Where to cut the postings of the batch in search_batch_terms (index_batch.sql) into the term
-- id ranges of index_postings.sql: its smallest term id, the term ids at the quartiles of its
-- (term, document) pairs, and its largest, so that each range holds about a quarter of them.
SELECT min(t.termid), quantile_disc(t.termid, [0.25, 0.5, 0.75]), max(t.termid)
FROM search_batch_terms AS b
JOIN search_index.terms AS t USING (term);
