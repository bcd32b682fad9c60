-- orewatch trends events: distinct policy events per month of the event's date, type and
-- actor (rejected events left out; events dated only to a year have no month and are left
-- out). Filters: $since/$until (months), $type, $country (the actor), $element (events about it).
WITH dated AS (
    SELECT
        article_id, review_status, type, actor, elements,
        CASE WHEN length(event_date) >= 7
             THEN TRY_CAST(left(event_date, 7) || '-01' AS DATE) END AS month
    FROM events
    WHERE review_status <> 'rejected'
),
-- Counted per article first: each events row is one event, and two plain counts beat a
-- count(DISTINCT) over millions of rows.
per_article AS (
    SELECT month, type, actor, article_id, count(*) AS events,
           count(*) FILTER (WHERE review_status IN ('accepted', 'corrected')) AS reviewed_events
    FROM dated
    WHERE month IS NOT NULL
      AND ($since IS NULL OR month >= date_trunc('month', CAST($since AS DATE)))
      AND ($until IS NULL OR month <= CAST($until AS DATE))
      AND ($type IS NULL OR type = $type)
      AND ($country IS NULL OR actor = $country)
      AND ($element IS NULL OR list_contains(elements, $element))
    GROUP BY ALL
)
SELECT month, type, actor, sum(events)::BIGINT AS events, sum(reviewed_events)::BIGINT AS reviewed_events,
       count(*) AS articles
FROM per_article
GROUP BY ALL
ORDER BY month, type, actor NULLS LAST;
