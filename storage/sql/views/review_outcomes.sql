-- review_outcomes: what editors' decisions say about the extractor's rules, per event type
-- and trigger words: how often an extraction was accepted, rejected or corrected, so that
-- the worst rules stand out.
--
-- One row per (type, trigger) as extracted when the editor decided (reviews.seen; the
-- current extraction for reviews recorded before schema version 3), counting each event's
-- decision in force once. The trigger is lower-cased.

CREATE OR REPLACE VIEW review_outcomes AS
WITH decided AS (
    SELECT
        r.event_id,
        r.decision,
        coalesce(r.seen ->> 'type', e.type) AS type,
        lower(coalesce(r.seen ->> 'trigger', e.trigger)) AS trigger
    FROM effective_reviews AS r
    LEFT JOIN extracted_events AS e USING (event_id)
    QUALIFY row_number() OVER (PARTITION BY r.event_id ORDER BY r.reviewed_at DESC, r.review_id DESC) = 1
)
SELECT
    type,
    trigger,
    count(*) AS decided,
    count(*) FILTER (WHERE decision = 'accepted') AS accepted,
    count(*) FILTER (WHERE decision = 'rejected') AS rejected,
    count(*) FILTER (WHERE decision = 'corrected') AS corrected,
    round(count(*) FILTER (WHERE decision = 'accepted') / count(*), 3) AS accepted_share
FROM decided
WHERE type IS NOT NULL
GROUP BY ALL;

COMMENT ON VIEW review_outcomes IS 'Editors'' decisions in force per event type and trigger words: accepted, rejected, corrected; the rules editors most often fix or reject stand out.';
COMMENT ON COLUMN review_outcomes.type IS 'Event type as extracted when decided.';
COMMENT ON COLUMN review_outcomes.trigger IS 'Trigger words as extracted when decided (lower case).';
COMMENT ON COLUMN review_outcomes.decided IS 'Events with a decision in force.';
COMMENT ON COLUMN review_outcomes.accepted IS 'Of these, accepted as extracted.';
COMMENT ON COLUMN review_outcomes.rejected IS 'Of these, rejected.';
COMMENT ON COLUMN review_outcomes.corrected IS 'Of these, corrected.';
COMMENT ON COLUMN review_outcomes.accepted_share IS 'accepted / decided (3 decimals): low means the rule needs work.';
