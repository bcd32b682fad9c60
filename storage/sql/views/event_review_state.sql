-- event_review_state: where the extracted events that have a review history stand with the
-- editors.
--
-- One row per extracted event that has a decision in force, or whose earlier version has
-- one; every other extracted event is pending (the events view says so). Kept to these few
-- rows so that joining it to millions of events stays cheap. The decision in force on an
-- event is its latest review that stands (effective_reviews). An event is
--   * 'accepted', 'rejected' or 'corrected' per the decision in force;
--   * 'changed' (changed since review) when the decision in force was taken on an extraction
--     that differs from today's (a field or the sentence: compared with reviews.seen), or
--     when the event has no decision of its own but replaces a reviewed event of the same
--     article that re-extraction no longer yields (an edited sentence gives the event a new
--     id): its earlier version had the same type, subtype, actor, partners and elements, or
--     the same sentence (as written). A changed event goes back to the editors' queue with the earlier
--     decision (earlier_review_id) beside it; nothing is carried over silently.
-- Reviews recorded before schema version 3 have no `seen` and are never called changed.
-- A field added to events later (phase, effective_date) is compared only where the
-- snapshot has it (json_exists), so adding one does not send old decisions back.

CREATE OR REPLACE VIEW event_review_state AS
WITH latest AS (
    SELECT event_id, review_id, article_id, editor, decision, reviewed_at, seen
    FROM effective_reviews
    QUALIFY row_number() OVER (PARTITION BY event_id ORDER BY reviewed_at DESC, review_id DESC) = 1
),
orphaned AS (
    SELECT l.event_id, l.review_id, l.article_id, l.editor, l.reviewed_at, l.seen
    FROM latest AS l
    WHERE l.seen IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM extracted_events AS e WHERE e.event_id = l.event_id)
),
-- Only the events of articles with an orphaned decision are compared (few rows).
successors AS (
    SELECT e.event_id, o.review_id
    FROM orphaned AS o
    JOIN extracted_events AS e ON e.article_id = o.article_id
    WHERE NOT EXISTS (SELECT 1 FROM latest AS l WHERE l.event_id = e.event_id)
      AND (
          ((o.seen ->> 'type') = e.type
           AND (o.seen ->> 'subtype') IS NOT DISTINCT FROM e.subtype
           AND (o.seen ->> 'actor') IS NOT DISTINCT FROM e.actor
           AND list_sort(CAST(o.seen -> 'partners' AS VARCHAR[])) = list_sort(e.partners)
           AND list_sort(CAST(o.seen -> 'elements' AS VARCHAR[])) = list_sort(e.elements))
          OR (o.seen ->> 'sentence') = e.sentence
      )
    QUALIFY row_number() OVER (PARTITION BY e.event_id ORDER BY o.reviewed_at DESC, o.review_id DESC) = 1
),
-- Only reviewed events are compared with what their editor saw. The sentence needs no
-- comparison here: it is part of the event id (up to case and spacing).
reviewed AS (
    SELECT
        l.event_id,
        l.review_id,
        l.decision,
        l.editor,
        l.reviewed_at,
        l.seen IS NOT NULL AND (
            (json_exists(l.seen, '$.type') AND (l.seen ->> 'type') IS DISTINCT FROM e.type)
            OR (json_exists(l.seen, '$.subtype') AND (l.seen ->> 'subtype') IS DISTINCT FROM e.subtype)
            OR (json_exists(l.seen, '$.actor') AND (l.seen ->> 'actor') IS DISTINCT FROM e.actor)
            OR (json_exists(l.seen, '$.partners')
                AND list_sort(CAST(l.seen -> 'partners' AS VARCHAR[])) IS DISTINCT FROM list_sort(e.partners))
            OR (json_exists(l.seen, '$.elements')
                AND list_sort(CAST(l.seen -> 'elements' AS VARCHAR[])) IS DISTINCT FROM list_sort(e.elements))
            OR (json_exists(l.seen, '$.event_date') AND (l.seen ->> 'event_date') IS DISTINCT FROM e.event_date)
            OR (json_exists(l.seen, '$.date_precision')
                AND (l.seen ->> 'date_precision') IS DISTINCT FROM e.date_precision)
        ) AS extraction_changed
    FROM latest AS l
    JOIN extracted_events AS e USING (event_id)
)
SELECT
    r.event_id,
    CASE WHEN r.extraction_changed THEN 'changed' ELSE r.decision END AS review_status,
    r.review_id,
    CASE WHEN r.extraction_changed THEN r.review_id END AS earlier_review_id,
    r.editor AS reviewed_by,
    r.reviewed_at
FROM reviewed AS r
UNION ALL
SELECT
    s.event_id,
    'changed' AS review_status,
    NULL AS review_id,
    s.review_id AS earlier_review_id,
    o.editor AS reviewed_by,
    o.reviewed_at
FROM successors AS s
JOIN orphaned AS o USING (review_id);

COMMENT ON VIEW event_review_state IS 'Where each extracted event with a review history stands with the editors: accepted, rejected, corrected, or changed since review (with the earlier decision). Events without a row are pending.';
COMMENT ON COLUMN event_review_state.event_id IS 'The event (extracted_events.event_id).';
COMMENT ON COLUMN event_review_state.review_status IS 'accepted, rejected, corrected (the decision in force), or changed (re-extraction changed the event since its decision; back in the queue).';
COMMENT ON COLUMN event_review_state.review_id IS 'The decision in force on this event id (reviews.review_id), or NULL.';
COMMENT ON COLUMN event_review_state.earlier_review_id IS 'For changed events: the decision taken on the earlier extraction (on this id, or on the event this one replaces); NULL otherwise.';
COMMENT ON COLUMN event_review_state.reviewed_by IS 'Editor of the decision in force (for changed events: of the earlier decision), or NULL.';
COMMENT ON COLUMN event_review_state.reviewed_at IS 'When that decision was recorded, or NULL.';
