-- The event a decision is about, read inside the decision's transaction: its extraction as
-- stored (fields, trigger, sentence) and the corrections in force (the changes of its
-- latest standing review that has any, as the events view applies them). $event_id.
SELECT
    x.article_id,
    x.type, x.subtype, x.actor, x.partners, x.elements, x.event_date, x.date_precision,
    x.trigger, x.sentence,
    (SELECT r.changes
     FROM effective_reviews AS r
     WHERE r.event_id = $event_id AND r.changes IS NOT NULL
     ORDER BY r.reviewed_at DESC, r.review_id DESC
     LIMIT 1) AS corrections
FROM extracted_events AS x
WHERE x.event_id = $event_id;
