-- Every quantity of the given articles, for highlighting. $ids.
SELECT article_id, value, value_max, unit, metric, country, element, text, field, start_char, end_char
FROM quantities
WHERE list_contains($ids, article_id)
ORDER BY article_id, field, start_char;
