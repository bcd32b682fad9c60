-- Figures (levels and changes) read from the articles that arrived at or after $since: the
-- rows figure_history has, read from quantities and articles (that view orders every figure,
-- sentence included, before a LIMIT can apply; here DuckDB keeps only the first rows).
SELECT a.published_at, q.metric, q.country, q.element, q.value, q.value_max, q.unit,
       q.qualifier, q.is_change, q.year, a.source, q.text, q.quantity_id
FROM quantities AS q
JOIN articles AS a USING (article_id)
WHERE $since IS NULL OR a.fetched_at >= $since
ORDER BY a.published_at DESC NULLS LAST, q.metric, q.country, q.quantity_id;
