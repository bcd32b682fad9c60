-- Every country and element mention of the given articles, for highlighting. $ids.
SELECT 'country' AS kind, article_id, code, text, field, start_char, end_char
FROM country_mentions WHERE list_contains($ids, article_id)
UNION ALL
SELECT 'element' AS kind, article_id, code, text, field, start_char, end_char
FROM element_mentions WHERE list_contains($ids, article_id)
ORDER BY article_id, field, start_char;
