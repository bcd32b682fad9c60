-- 0003_review_decisions: what the editors' page records with each decision.
--
-- A decision now keeps what the editor saw and what it changed, so that the audit log says
-- who changed what, and so that a later re-extraction that changes a reviewed event (its
-- fields or its sentence) can send it back to the queue instead of silently keeping, or
-- silently dropping, the old decision (see views/event_review_state.sql):
--   * article_id: the reviewed event's article;
--   * seen: the extraction as the editor saw it (fields, trigger and sentence);
--   * values_before / values_after: the event's fields before and after the decision;
--   * undoes: an undo is a new row (decision 'undone') naming the decision it takes back;
--     nothing is ever updated or deleted.
-- DuckDB cannot change a CHECK constraint in place, so the table is rebuilt with its rows
-- (review ids, and so the order of decisions, are kept; the sequence continues).

CREATE TABLE reviews_v3 (
    review_id     BIGINT PRIMARY KEY DEFAULT nextval('review_id_seq'),
    event_id      VARCHAR NOT NULL,
    editor        VARCHAR NOT NULL,
    decision      VARCHAR NOT NULL CHECK (decision IN ('accepted', 'rejected', 'corrected', 'undone')),
    changes       JSON,
    note          VARCHAR,
    reviewed_at   TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    undoes        BIGINT,
    article_id    VARCHAR,
    seen          JSON,
    values_before JSON,
    values_after  JSON,
    CHECK ((decision = 'undone') = (undoes IS NOT NULL))
);
INSERT INTO reviews_v3 (review_id, event_id, editor, decision, changes, note, reviewed_at)
SELECT review_id, event_id, editor, decision, changes, note, reviewed_at FROM reviews;
DROP TABLE reviews;
ALTER TABLE reviews_v3 RENAME TO reviews;

COMMENT ON TABLE reviews IS 'The editors'' audit log: one row per decision on an event, append-only (rows are never updated or deleted; an undo is a new row). Kept apart from extractions so that re-extracting an article never loses a decision.';
COMMENT ON COLUMN reviews.review_id IS 'Increasing review number (from the sequence review_id_seq); breaks ties between reviews with the same reviewed_at.';
COMMENT ON COLUMN reviews.event_id IS 'The reviewed event (events.event_id). May name an event that a later re-extraction no longer finds; see orphan_reviews and event_review_state.';
COMMENT ON COLUMN reviews.editor IS 'Who decided (an editor''s name, or login when the review page runs with accounts).';
COMMENT ON COLUMN reviews.decision IS 'accepted (the extraction is right), rejected (not an event, or wrong), corrected (right event, some fields fixed in changes), undone (takes back the decision named in undoes). effective_reviews lists the decisions that stand.';
COMMENT ON COLUMN reviews.changes IS 'For corrected: JSON object of every corrected event field (type, subtype, actor, partners, elements, event_date, date_precision) with its value; the events view shows the latest corrections that stand. NULL otherwise.';
COMMENT ON COLUMN reviews.note IS 'The editor''s free-text note, or NULL.';
COMMENT ON COLUMN reviews.reviewed_at IS 'When the decision was recorded (UTC).';
COMMENT ON COLUMN reviews.undoes IS 'For decision undone: the review_id of the decision taken back; NULL otherwise.';
COMMENT ON COLUMN reviews.article_id IS 'The article of the reviewed event (articles.article_id); NULL for reviews recorded before schema version 3.';
COMMENT ON COLUMN reviews.seen IS 'The extraction the editor decided on, as JSON: type, subtype, actor, partners, elements, event_date, date_precision, trigger, sentence. A later extraction that differs sends the event back to the queue as changed. NULL before schema version 3.';
COMMENT ON COLUMN reviews.values_before IS 'The event''s fields as shown before the decision (earlier corrections applied), as JSON. For undone: the values before the undo.';
COMMENT ON COLUMN reviews.values_after IS 'The event''s fields after the decision, as JSON; NULL for rejected (no longer an event). For undone: the values in force again.';
