-- The articles of the search hits ($article_ids, an IN list): what a hit shows.
SELECT article_id, title, text, source, published_at, url, language
FROM articles
WHERE article_id IN $article_ids;
