-- Conflicts in which a report that arrived at or after $since takes part (either side),
-- latest first: the rows figure_conflicts has, in two statements.
-- The first picks the first $keep pairs on narrow rows (ids, keys and publication times from
-- figure_levels) and only then joins their values, sources and sentences: the view joins
-- them to every pair first (339,000 pairs after 100,000 articles), more than a writer's memory.
-- The second counts the pairs.
WITH night AS (  -- the compared figures of the articles that arrived
    SELECT quantity_id FROM figure_levels
    WHERE article_id IN (SELECT article_id FROM articles WHERE $since IS NULL OR fetched_at >= $since)
),
picked AS (
    SELECT p.metric, p.country, p.element, p.unit, p.year, p.gap, p.earlier_id, p.later_id,
           later.published_at AS later_published_at
    FROM figure_conflict_pairs(NULL, NULL, NULL, NULL, NULL) AS p
    JOIN figure_levels AS later ON later.quantity_id = p.later_id
    WHERE $since IS NULL
       OR p.later_id IN (SELECT quantity_id FROM night)
       OR p.earlier_id IN (SELECT quantity_id FROM night)
    ORDER BY later_published_at DESC NULLS LAST, p.metric, p.country, p.element, p.later_id, p.earlier_id
    LIMIT $keep
)
SELECT p.metric, p.country, p.element, p.unit, p.year, round(p.gap, 3) AS gap,
       e.value AS earlier_value, ea.source AS earlier_source, ea.published_at AS earlier_published_at,
       l.value AS later_value, la.source AS later_source, la.published_at AS later_published_at,
       e.sentence AS earlier_sentence, l.sentence AS later_sentence
FROM picked AS p
JOIN quantities AS e ON e.quantity_id = p.earlier_id
JOIN articles AS ea ON ea.article_id = e.article_id
JOIN quantities AS l ON l.quantity_id = p.later_id
JOIN articles AS la ON la.article_id = l.article_id
ORDER BY p.later_published_at DESC NULLS LAST, p.metric, p.country, p.element, p.later_id, p.earlier_id;

WITH night AS (
    SELECT quantity_id FROM figure_levels
    WHERE article_id IN (SELECT article_id FROM articles WHERE $since IS NULL OR fetched_at >= $since)
)
SELECT count(*)
FROM figure_conflict_pairs(NULL, NULL, NULL, NULL, NULL) AS p
WHERE $since IS NULL
   OR p.later_id IN (SELECT quantity_id FROM night)
   OR p.earlier_id IN (SELECT quantity_id FROM night);
