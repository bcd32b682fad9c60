-- review_activity: how many decisions each editor took each day (UTC), by kind.
--
-- Counts every row of the reviews log, undone ones included (an undo is counted as such,
-- and the decision it took back still counts where it was taken).

CREATE OR REPLACE VIEW review_activity AS
SELECT
    editor,
    CAST(timezone('UTC', reviewed_at) AS DATE) AS day,
    count(*) FILTER (WHERE decision <> 'undone') AS decisions,
    count(*) FILTER (WHERE decision = 'accepted') AS accepted,
    count(*) FILTER (WHERE decision = 'rejected') AS rejected,
    count(*) FILTER (WHERE decision = 'corrected') AS corrected,
    count(*) FILTER (WHERE decision = 'undone') AS undone,
    count(DISTINCT event_id) AS events
FROM reviews
GROUP BY ALL;

COMMENT ON VIEW review_activity IS 'Decisions per editor and day (UTC), by kind.';
COMMENT ON COLUMN review_activity.editor IS 'The editor (reviews.editor).';
COMMENT ON COLUMN review_activity.day IS 'The day the decisions were recorded (UTC).';
COMMENT ON COLUMN review_activity.decisions IS 'Decisions taken (accepted + rejected + corrected), undos not counted.';
COMMENT ON COLUMN review_activity.accepted IS 'Events accepted.';
COMMENT ON COLUMN review_activity.rejected IS 'Events rejected.';
COMMENT ON COLUMN review_activity.corrected IS 'Events corrected.';
COMMENT ON COLUMN review_activity.undone IS 'Undos (each takes back one earlier decision).';
COMMENT ON COLUMN review_activity.events IS 'Distinct events touched.';
