-- What the index lacks, against the stored articles.
--
-- Indexed versions whose article is gone or now has other content are retired (their
-- postings are skipped by queries); then every stored article version not yet indexed gets
-- the next free document id, in the order the articles are stored (their rowid), in the
-- temporary table search_pending, which index_batch.sql reads range by range: a batch's
-- articles then lie in one narrow rowid range, which DuckDB reads alone, rather than every
-- stored text.
INSERT INTO search_index.retired
SELECT d.docid
FROM search_index.docs AS d
WHERE NOT EXISTS (
    SELECT 1 FROM articles AS a WHERE a.article_id = d.article_id AND a.content_hash = d.content_hash
);

DELETE FROM search_index.docs WHERE docid IN (SELECT docid FROM search_index.retired);

CREATE OR REPLACE TEMP TABLE search_pending AS
SELECT
    a.article_id,
    a.content_hash,
    a.rowid AS article_row,
    CAST((SELECT coalesce(max(docid), -1)
          FROM (SELECT docid FROM search_index.docs UNION ALL SELECT docid FROM search_index.retired))
         + row_number() OVER (ORDER BY a.rowid) AS INTEGER) AS docid
FROM articles AS a
WHERE NOT EXISTS (
    SELECT 1 FROM search_index.docs AS d WHERE d.article_id = a.article_id AND d.content_hash = a.content_hash
);
