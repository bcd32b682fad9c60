-- The other reports of the stories of the events a page shows ($ids): for each shown event,
-- up to $per_story other reports of its story (the same real-world measure, docs/stories.md),
-- newest article first, with how many other reports there are in all. Reads event_stories and
-- the tables directly (not the events view), and ranks each story's reports once however many
-- of the shown events it holds.
WITH shown AS (
    SELECT event_id, story_id FROM event_stories WHERE event_id IN (SELECT unnest($ids))
),
ranked AS (
    SELECT
        o.story_id,
        x.event_id,
        x.article_id,
        a.title,
        a.source,
        a.published_local,
        a.published_at,
        x.event_date,
        x.phase,
        x.sentence,
        count(*) OVER (PARTITION BY o.story_id) AS members,
        row_number() OVER (PARTITION BY o.story_id ORDER BY a.published_at DESC NULLS LAST, x.event_id) AS n
    FROM event_stories AS o
    JOIN extracted_events AS x ON x.event_id = o.event_id
    JOIN articles AS a ON a.article_id = x.article_id
    WHERE o.story_id IN (SELECT story_id FROM shown)
)
SELECT
    s.event_id AS shown_event,
    r.* EXCLUDE (story_id, members, n),
    r.members - 1 AS reports
FROM shown AS s
JOIN ranked AS r ON r.story_id = s.story_id AND r.event_id <> s.event_id AND r.n <= $per_story + 1
QUALIFY row_number() OVER (PARTITION BY s.event_id ORDER BY r.n) <= $per_story
ORDER BY shown_event, r.n
