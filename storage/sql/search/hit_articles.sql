-- The articles of the search hits ($article_ids, an IN list): what a hit shows.
-- The ids pick row ids first, and the wide columns (text) are read for those rows only: with
-- the IN list on the scan itself, DuckDB 1.5 read every article's text (1.2 s at a million
-- articles, against 0.05 s this way; articles have no key index since migration 0010).
SELECT article_id, title, text, source, published_at, url, language
FROM articles
WHERE rowid IN (SELECT rowid FROM articles WHERE article_id IN $article_ids);
