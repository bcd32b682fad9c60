-- effective_reviews: the editors' decisions that stand.
--
-- Every row of reviews except undo rows and the decisions they take back. An editor's undo
-- is a new row in reviews (decision 'undone', undoes = the review taken back), so the log
-- keeps everything and this view is what the decision history amounts to.

CREATE OR REPLACE VIEW effective_reviews AS
SELECT
    r.review_id,
    r.event_id,
    r.article_id,
    r.editor,
    r.decision,
    r.changes,
    r.note,
    r.reviewed_at,
    r.seen,
    r.values_before,
    r.values_after
FROM reviews AS r
WHERE r.decision <> 'undone'
  AND NOT EXISTS (SELECT 1 FROM reviews AS u WHERE u.decision = 'undone' AND u.undoes = r.review_id);

COMMENT ON VIEW effective_reviews IS 'Decisions that stand: the reviews log without undo rows and without the decisions they took back.';
COMMENT ON COLUMN effective_reviews.review_id IS 'The review (reviews.review_id).';
COMMENT ON COLUMN effective_reviews.event_id IS 'The reviewed event id.';
COMMENT ON COLUMN effective_reviews.article_id IS 'The event''s article; NULL for reviews recorded before schema version 3.';
COMMENT ON COLUMN effective_reviews.editor IS 'Who decided.';
COMMENT ON COLUMN effective_reviews.decision IS 'accepted, rejected or corrected.';
COMMENT ON COLUMN effective_reviews.changes IS 'The corrections (JSON), or NULL.';
COMMENT ON COLUMN effective_reviews.note IS 'The editor''s note, or NULL.';
COMMENT ON COLUMN effective_reviews.reviewed_at IS 'When the decision was recorded.';
COMMENT ON COLUMN effective_reviews.seen IS 'The extraction the editor decided on (JSON; see reviews.seen).';
COMMENT ON COLUMN effective_reviews.values_before IS 'The event''s fields before the decision (JSON).';
COMMENT ON COLUMN effective_reviews.values_after IS 'The event''s fields after the decision (JSON); NULL for rejected.';
