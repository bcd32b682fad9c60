-- story_pending_blocks: the (type, actor) pairs whose stories must be recomputed: those with an
-- event that has no story row (stored by an ingest run's batches, or by a run that died before
-- its refresh), and those an editor's decision touched since the last refresh (the event as it
-- was before the decision and as it is after). Agreements are mapped to their one block by
-- orewatch.stories.story_block.

WITH last_refresh AS (
    SELECT max(refreshed_at) AS refreshed_at FROM story_refreshes
),
decided AS (
    SELECT r.values_before, r.values_after
    FROM reviews AS r, last_refresh AS l
    WHERE l.refreshed_at IS NULL OR r.reviewed_at > l.refreshed_at
)
SELECT type, actor FROM events WHERE event_id NOT IN (SELECT event_id FROM event_stories)
UNION
SELECT values_before ->> 'type', values_before ->> 'actor' FROM decided WHERE values_before IS NOT NULL
UNION
SELECT values_after ->> 'type', values_after ->> 'actor' FROM decided WHERE values_after IS NOT NULL
