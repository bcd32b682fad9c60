-- orewatch trends events: distinct policy events per month of the event's date, type and
-- actor (rejected events left out; events dated only to a year have no month and are left
-- out). Filters: $since/$until (months), $type, $country (the actor), $element (events about it).
-- Read from corrected_events() (the events view without its stories: nothing here needs them).
-- Each row of it is one event, so events are plain counts; articles are a count(DISTINCT),
-- which DuckDB does in one pass, three times faster than grouping by article first.
WITH dated AS (
    SELECT
        article_id, review_status, type, actor, elements,
        CASE WHEN length(event_date) >= 7
             THEN TRY_CAST(left(event_date, 7) || '-01' AS DATE) END AS month
    FROM corrected_events()
    WHERE review_status <> 'rejected'
)
SELECT month, type, actor, count(*) AS events,
       count(*) FILTER (WHERE review_status IN ('accepted', 'corrected')) AS reviewed_events,
       count(DISTINCT article_id) AS articles
FROM dated
WHERE month IS NOT NULL
  AND ($since IS NULL OR month >= date_trunc('month', CAST($since AS DATE)))
  AND ($until IS NULL OR month <= CAST($until AS DATE))
  AND ($type IS NULL OR type = $type)
  AND ($country IS NULL OR actor = $country)
  AND ($element IS NULL OR list_contains(elements, $element))
GROUP BY ALL
ORDER BY month, type, actor NULLS LAST;
