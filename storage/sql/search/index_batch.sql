-- Indexes the pending article versions whose document ids lie in [$first, $last]
-- (search_pending, from pending.sql): one batch, bounded whatever the database's size. Its
-- terms and documents are written here, its postings by index_postings.sql, range by range of
-- term ids (index_postings_ranges.sql), and its temporary tables dropped by index_batch_done.sql.
--
-- Each article is cut in four fields: its title and text with the Chinese characters taken
-- out (English words: stop words dropped, then Porter stems), and its title's and text's
-- Chinese characters as single characters and overlapping pairs (schema.sql han_grams),
-- exactly as fts's create_fts_index would over those four fields. A term's frequency and a
-- document's length count all four fields together.
-- $first_row and $last_row bound the batch's articles' rowids (constants, so that only their
-- row groups are read); the join on id and content checks that each is still the version
-- pending (a version not found is left for the next update: it is not marked as indexed).
CREATE OR REPLACE TEMP TABLE search_batch AS
SELECT p.docid, p.article_id, p.content_hash, a.title, a.text
FROM articles AS a
JOIN search_pending AS p ON a.article_id = p.article_id AND a.content_hash = p.content_hash
WHERE a.rowid BETWEEN $first_row AND $last_row AND p.docid BETWEEN $first AND $last;

CREATE OR REPLACE TEMP TABLE search_batch_terms AS
WITH batch AS (SELECT docid, title, text FROM search_batch),
fields AS (
    SELECT docid, regexp_replace(title, '\p{Han}+', ' ', 'g') AS field FROM batch
    UNION ALL SELECT docid, regexp_replace(text, '\p{Han}+', ' ', 'g') FROM batch
    UNION ALL SELECT docid, search_index.han_grams(title) FROM batch
    UNION ALL SELECT docid, search_index.han_grams(text) FROM batch
),
words AS (
    SELECT docid, unnest(search_index.tokenize(field)) AS word FROM fields
)
SELECT docid, stem(word, 'porter') AS term, count(*) AS tf
FROM words
WHERE word IS NOT NULL AND len(word) > 0 AND word NOT IN (SELECT sw FROM search_index.stopwords)
GROUP BY docid, term;

INSERT INTO search_index.terms
SELECT CAST((SELECT coalesce(max(termid), -1) FROM search_index.terms) + row_number() OVER (ORDER BY term) AS INTEGER),
       term
FROM (SELECT DISTINCT term FROM search_batch_terms) AS new_terms
WHERE NOT EXISTS (SELECT 1 FROM search_index.terms AS t WHERE t.term = new_terms.term);

INSERT INTO search_index.docs
SELECT b.docid, b.article_id, b.content_hash, CAST(coalesce(l.len, 0) AS INTEGER)
FROM search_batch AS b
LEFT JOIN (SELECT docid, sum(tf) AS len FROM search_batch_terms GROUP BY docid) AS l USING (docid);
