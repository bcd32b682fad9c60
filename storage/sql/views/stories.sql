-- stories: one row per real-world measure, however many articles reported it (SPEC §5).
--
-- Reports of one measure share a story_id (events.story_id; how they are grouped and why:
-- docs/stories.md). Analysts count stories, not reports, when they ask how many measures were
-- taken: `SELECT type, actor, count(*) FROM stories WHERE review_status <> 'rejected' GROUP BY ALL`.
-- Fields are read from the events view, so editors' corrections and statuses apply at once;
-- the grouping follows a decision at the next story refresh (the end of the next ingest run).
-- A rejected event is then a story of its own (review_status 'rejected'); it never joins or
-- shapes another story.
-- first_date and last_date compare event dates as text, so they mix precisions as the reports
-- give them ('2025-10' before '2025-10-09').

CREATE OR REPLACE VIEW stories AS
WITH reports AS (
    SELECT e.story_id, e.article_id, e.type, e.actor, e.partners, e.elements, e.event_date,
           e.phase, e.review_status, a.source,
           e.review_status = 'rejected' AS rejected
    FROM events AS e
    JOIN articles AS a USING (article_id)
    WHERE e.story_id IS NOT NULL
),
kept AS (
    -- a story's rejected reports do not count, unless it has nothing else
    SELECT * FROM reports
    QUALIFY NOT rejected OR bool_and(rejected) OVER (PARTITION BY story_id)
),
story_actor AS (
    -- one actor per story; agreement reports may name any party as the actor: the most named
    SELECT story_id, actor
    FROM kept
    GROUP BY story_id, actor
    QUALIFY row_number() OVER (PARTITION BY story_id ORDER BY count(*) DESC, actor NULLS LAST) = 1
)
SELECT
    k.story_id,
    any_value(k.type) AS type,
    s.actor,
    list_sort(list_filter(list_distinct(flatten(list(list_append(k.partners, k.actor)))),
                          p -> p IS DISTINCT FROM s.actor)) AS partners,
    list_sort(list_distinct(flatten(list(k.elements)))) AS elements,
    min(k.event_date) AS first_date,
    max(k.event_date) AS last_date,
    list_transform(
        list_sort(list_distinct(list(array_position(
            ['proposed', 'announced', 'effective', 'suspended', 'extended', 'lifted'], k.phase)))),
        i -> ['proposed', 'announced', 'effective', 'suspended', 'extended', 'lifted'][i]) AS phases,
    count(*) AS reports,
    count(DISTINCT k.article_id) AS articles,
    list_sort(list_distinct(list(k.source))) AS sources,
    CASE
        WHEN bool_and(k.rejected) THEN 'rejected'
        WHEN bool_or(k.review_status IN ('accepted', 'corrected')) THEN 'accepted'
        ELSE 'pending'
    END AS review_status
FROM kept AS k
JOIN story_actor AS s USING (story_id)
GROUP BY k.story_id, s.actor;

COMMENT ON VIEW stories IS 'One row per real-world measure (story): its reports across articles and days summarized; count these, not events, to count measures (docs/stories.md).';
COMMENT ON COLUMN stories.story_id IS 'Story id (st_…), as in events.story_id: derived from the measure''s type, actor and month, so reports arriving or leaving keep it; it changes only when the measure itself is seen differently (docs/stories.md).';
COMMENT ON COLUMN stories.type IS 'Event type of every report of the story (see events.type).';
COMMENT ON COLUMN stories.actor IS 'ISO3 or bloc code of who acts, or NULL; for an agreement, the party its reports name as actor most often (the other parties are in partners).';
COMMENT ON COLUMN stories.partners IS 'Every counterparty any report names (for an agreement: every party but actor), sorted.';
COMMENT ON COLUMN stories.elements IS 'Every element or group code any report names, sorted.';
COMMENT ON COLUMN stories.first_date IS 'Earliest event_date of its reports (text, mixed precision: YYYY, YYYY-MM or YYYY-MM-DD).';
COMMENT ON COLUMN stories.last_date IS 'Latest event_date of its reports (a suspension, extension or lifting is dated when it happened, so this is where the measure last moved).';
COMMENT ON COLUMN stories.phases IS 'The distinct phases its reports give, in the order of a measure''s life: proposed, announced, effective, suspended, extended, lifted.';
COMMENT ON COLUMN stories.reports IS 'Number of events reporting it (rejected ones left out unless the story has nothing else).';
COMMENT ON COLUMN stories.articles IS 'Number of distinct articles reporting it.';
COMMENT ON COLUMN stories.sources IS 'The distinct publishers that reported it, sorted (NULL publishers left out).';
COMMENT ON COLUMN stories.review_status IS 'accepted: an editor accepted or corrected at least one of its reports, so the measure is confirmed; pending: none of its reports is confirmed yet (changed since review counts as not confirmed); rejected: a rejected event (each is a story of its own). Editors decide on events, never on stories.';
