-- Conflicts in which a report that arrived at or after $since takes part (either side).
SELECT c.metric, c.country, c.element, c.unit, c.year, round(c.gap, 3) AS gap,
       c.earlier_value, c.earlier_source, c.earlier_published_at,
       c.later_value, c.later_source, c.later_published_at,
       c.earlier_sentence, c.later_sentence
FROM figure_conflicts AS c
WHERE $since IS NULL
   OR c.later_article_id IN (SELECT article_id FROM articles WHERE fetched_at >= $since)
   OR c.earlier_article_id IN (SELECT article_id FROM articles WHERE fetched_at >= $since)
ORDER BY c.later_published_at DESC NULLS LAST, c.metric, c.country, c.element;
