-- The event a decision is about, read inside the decision's transaction: its extraction as
-- stored (raw fields, trigger, sentence), the values the events view shows (corrections in
-- force applied) and the corrections in force. $event_id.
WITH corrections AS (
    SELECT changes
    FROM effective_reviews
    WHERE event_id = $event_id AND changes IS NOT NULL
    ORDER BY reviewed_at DESC, review_id DESC
    LIMIT 1
)
SELECT
    x.article_id,
    x.type, x.subtype, x.actor, x.partners, x.elements, x.event_date, x.date_precision,
    x.trigger, x.sentence,
    v.type AS shown_type, v.subtype AS shown_subtype, v.actor AS shown_actor,
    v.partners AS shown_partners, v.elements AS shown_elements,
    v.event_date AS shown_event_date, v.date_precision AS shown_date_precision,
    (SELECT changes FROM corrections) AS corrections
FROM extracted_events AS x
JOIN events AS v USING (event_id)
WHERE x.event_id = $event_id;
