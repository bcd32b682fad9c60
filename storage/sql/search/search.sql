-- Articles ranked by BM25 against the query's terms ($termids, from query_terms.sql), best
-- first, at most $limit; ties in score go by article_id.
--
-- The score is fts's match_bm25, term for term (k1 = 1.2, b = 0.75; idf = log((N - df + 0.5) /
-- (df + 0.5) + 1), base 10 as in fts; tf = occurrences of the term in the title and text fields; len = the
-- article's indexed terms; avgdl their mean): every article holding at least one query term is
-- scored, as fts does. It reads the postings table (see build_index.sql), sorted by term, so
-- only the row groups of the query's own terms are read, rather than fts's table of every
-- term occurrence in document order, which a query has to scan whole.
WITH scored AS (
    SELECT
        p.docid,
        sum(log((s.num_docs - d.df + 0.5) / (d.df + 0.5) + 1)
            * (p.tf * (1.2 + 1) / (p.tf + 1.2 * (1 - 0.75 + 0.75 * (p.len / s.avgdl))))) AS score
    FROM fts_main_search_source.postings AS p
    JOIN fts_main_search_source.dict AS d USING (termid)
    CROSS JOIN fts_main_search_source.stats AS s
    WHERE p.termid IN $termids AND d.termid IN $termids
    GROUP BY p.docid
),
-- The $limit-th best score: every article scoring at least that much is a candidate, so
-- that ties at the boundary are broken by article_id, not by chance.
cutoff AS (
    SELECT min(score) AS score FROM (SELECT score FROM scored ORDER BY score DESC LIMIT $limit)
)
SELECT docs.name AS article_id, c.score
FROM scored AS c
JOIN fts_main_search_source.docs AS docs USING (docid)
WHERE c.score >= (SELECT score FROM cutoff)
ORDER BY c.score DESC, article_id
LIMIT $limit;
