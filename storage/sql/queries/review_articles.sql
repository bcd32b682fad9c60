-- Articles by id, with their text (the page cuts the paragraphs it shows). $ids.
SELECT article_id, url, source, title, published_at, published_local, language, text
FROM articles
WHERE list_contains($ids, article_id);
