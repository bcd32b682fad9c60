-- Figures (levels and changes) read from the articles that arrived at or after $since.
SELECT f.published_at, f.metric, f.country, f.element, f.value, f.value_max, f.unit,
       f.qualifier, f.is_change, f.year, f.source, f.text, f.quantity_id
FROM figure_history AS f
JOIN articles AS a USING (article_id)
WHERE $since IS NULL OR a.fetched_at >= $since
ORDER BY f.published_at DESC NULLS LAST, f.metric, f.country, f.quantity_id;
