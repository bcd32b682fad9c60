-- Articles ranked by BM25 against the query's terms ($termids, from query_terms.sql), best
-- first, at most $limit; ties in score go by article_id.
--
-- The score is the fts extension's match_bm25, term for term (k1 = 1.2, b = 0.75; idf =
-- log((N - df + 0.5) / (df + 0.5) + 1), base 10 as in fts; tf = occurrences of the term in
-- the article's four fields; len = the article's indexed terms; N and avgdl over the indexed
-- articles; df = indexed articles holding the term): every article holding at least one
-- query term is scored, as fts does. The postings rows of the query's terms are unnested,
-- and versions retired since they were indexed are skipped. Scores are rounded to 9 decimals:
-- a sum of floating-point terms differs in its last bits with the order it was added in, and
-- two articles with the same score must tie, to be ordered by article_id.
WITH matches AS (
    SELECT termid, unnest(docids) AS docid, unnest(tfs) AS tf, unnest(lens) AS len
    FROM search_index.postings
    WHERE termid IN $termids
),
live AS (
    SELECT m.* FROM matches AS m
    WHERE NOT EXISTS (SELECT 1 FROM search_index.retired AS r WHERE r.docid = m.docid)
),
frequencies AS (
    SELECT termid, count(*) AS df FROM live GROUP BY termid
),
stats AS (
    SELECT count(*) AS num_docs, sum(len) / count(len) AS avgdl FROM search_index.docs
),
scored AS (
    SELECT
        l.docid,
        round(sum(log((s.num_docs - f.df + 0.5) / (f.df + 0.5) + 1)
            * (l.tf * (1.2 + 1) / (l.tf + 1.2 * (1 - 0.75 + 0.75 * (l.len / s.avgdl))))), 9) AS score
    FROM live AS l
    JOIN frequencies AS f USING (termid)
    CROSS JOIN stats AS s
    GROUP BY l.docid
),
-- The $limit-th best score: every article scoring at least that much is a candidate, so
-- that ties at the boundary are broken by article_id, not by chance.
cutoff AS (
    SELECT min(score) AS score FROM (SELECT score FROM scored ORDER BY score DESC LIMIT $limit)
)
SELECT d.article_id, c.score
FROM scored AS c
JOIN search_index.docs AS d USING (docid)
WHERE c.score >= (SELECT score FROM cutoff)
ORDER BY c.score DESC, d.article_id
LIMIT $limit;
