-- The other reports of the stories of the events a page shows ($ids): for each shown event,
-- up to $per_story other reports of its story (the same real-world measure, docs/stories.md),
-- newest article first, with how many there are in all. Reads event_stories and the tables
-- directly (not the events view): a page shows few events.
WITH shown AS (
    SELECT event_id, story_id FROM event_stories WHERE event_id IN (SELECT unnest($ids))
),
others AS (
    SELECT
        s.event_id AS shown_event,
        x.event_id,
        x.article_id,
        a.title,
        a.source,
        a.published_local,
        a.published_at,
        x.event_date,
        x.phase,
        x.sentence,
        count(*) OVER (PARTITION BY s.event_id) AS reports,
        row_number() OVER (PARTITION BY s.event_id ORDER BY a.published_at DESC NULLS LAST, x.event_id) AS n
    FROM shown AS s
    JOIN event_stories AS o ON o.story_id = s.story_id AND o.event_id <> s.event_id
    JOIN extracted_events AS x ON x.event_id = o.event_id
    JOIN articles AS a ON a.article_id = x.article_id
)
SELECT * EXCLUDE (n) FROM others WHERE n <= $per_story ORDER BY shown_event, n
