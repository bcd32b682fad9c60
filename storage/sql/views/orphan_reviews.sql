-- orphan_reviews: reviews whose event is no longer extracted.
--
-- When an article's text changes, an event whose sentence changed gets a new event_id; the
-- editors' decisions on the old id stay in the reviews log (nothing is ever deleted) but no
-- longer attach to an event. This view lists them so that an editor can carry a decision
-- over to the event that replaced it. Undone decisions and undo rows are left out
-- (effective_reviews); event_review_state already matches an orphaned decision to the event
-- that replaced it where it can, and sends that event back to the queue as changed.

CREATE OR REPLACE VIEW orphan_reviews AS
SELECT
    r.review_id,
    r.event_id,
    r.editor,
    r.decision,
    r.changes,
    r.note,
    r.reviewed_at
FROM effective_reviews AS r
WHERE NOT EXISTS (SELECT 1 FROM extracted_events AS e WHERE e.event_id = r.event_id);

COMMENT ON VIEW orphan_reviews IS 'Reviews of event ids that the latest extraction no longer produces (the sentence or the event changed).';
COMMENT ON COLUMN orphan_reviews.review_id IS 'The review (reviews.review_id).';
COMMENT ON COLUMN orphan_reviews.event_id IS 'The event id the decision was about, no longer in extracted_events.';
COMMENT ON COLUMN orphan_reviews.editor IS 'Who decided.';
COMMENT ON COLUMN orphan_reviews.decision IS 'accepted, rejected or corrected.';
COMMENT ON COLUMN orphan_reviews.changes IS 'The corrections recorded, or NULL.';
COMMENT ON COLUMN orphan_reviews.note IS 'The editor''s note, or NULL.';
COMMENT ON COLUMN orphan_reviews.reviewed_at IS 'When the decision was recorded.';
