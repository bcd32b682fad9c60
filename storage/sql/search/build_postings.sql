-- The postings of the search index, derived from fts's own tables after each build: fts keeps
-- one row per term occurrence in document order (`terms`), which every query would have to
-- scan whole; the postings hold one row per term and article (the term's frequency in the
-- article, the article's length in terms), sorted by term, so that a query reads only the row
-- groups of its own terms (search.sql).
CREATE OR REPLACE TABLE fts_main_search_source.postings AS
WITH frequencies AS (
    SELECT termid, docid, count(*) AS tf FROM fts_main_search_source.terms GROUP BY termid, docid
)
SELECT f.termid, f.docid, CAST(f.tf AS INTEGER) AS tf, CAST(d.len AS INTEGER) AS len
FROM frequencies AS f
JOIN fts_main_search_source.docs AS d USING (docid)
ORDER BY f.termid, f.docid;
