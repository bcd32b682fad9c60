-- The postings of the batch indexed by index_batch.sql (its temporary tables search_batch and
-- search_batch_terms) for the terms whose ids lie in [$first_term, $last_term]: one row per
-- term, its documents in docid order. Called for consecutive ranges in ascending order, so that
-- the rows are those, and in the order, that one statement over every term would write; a
-- range's ordered lists are what DuckDB holds in memory (all of a batch's at once took 98 MB).
INSERT INTO search_index.postings
SELECT t.termid,
       list(b.docid ORDER BY b.docid),
       list(CAST(b.tf AS INTEGER) ORDER BY b.docid),
       list(d.len ORDER BY b.docid)
FROM search_batch_terms AS b
JOIN search_index.terms AS t USING (term)
JOIN search_index.docs AS d ON d.docid = b.docid AND d.docid BETWEEN $first AND $last
WHERE t.termid BETWEEN $first_term AND $last_term
GROUP BY t.termid
ORDER BY t.termid;
