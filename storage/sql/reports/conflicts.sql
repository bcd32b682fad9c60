-- orewatch trends conflicts: reports that disagree by more than 10 % with the previous report
-- of the same figure: exactly the rows of the view figure_conflicts (read its header for the
-- rules) whose later report passes the filters, by the later report's publication.
-- Filters: $since/$until (UTC day of the later report), $metric, $country, $element, handed
-- to the view's own table macro figure_conflict_pairs, which pushes them down.
SELECT
    CAST(timezone('UTC', la.published_at) AS DATE) AS published,
    c.metric, c.country, c.element, c.unit, c.year, round(c.gap, 3) AS gap,
    e.value AS earlier_value, ea.source AS earlier_source,
    CAST(timezone('UTC', ea.published_at) AS DATE) AS earlier_published,
    l.value AS later_value, la.source AS later_source,
    e.sentence AS earlier_sentence, l.sentence AS later_sentence,
    e.quantity_id AS earlier_quantity_id, l.quantity_id AS later_quantity_id
FROM figure_conflict_pairs($since, $until, $metric, $country, $element) AS c
JOIN quantities AS e ON e.quantity_id = c.earlier_id
JOIN articles AS ea ON ea.article_id = e.article_id
JOIN quantities AS l ON l.quantity_id = c.later_id
JOIN articles AS la ON la.article_id = l.article_id
ORDER BY la.published_at NULLS LAST, c.metric, c.country, c.element, l.quantity_id;
