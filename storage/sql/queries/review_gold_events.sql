-- Every event of every article that has at least one decided event (accepted, corrected or
-- rejected), with corrections applied and its status, for `orewatch review export-gold`.
SELECT
    a.article_id,
    a.title,
    a.source,
    a.published_local,
    a.published_at,
    e.event_id,
    e.review_status,
    e.type,
    e.subtype,
    e.actor,
    e.partners,
    e.elements,
    e.event_date,
    e.date_precision
FROM events AS e
JOIN articles AS a USING (article_id)
WHERE e.article_id IN (
    SELECT article_id FROM events WHERE review_status IN ('accepted', 'corrected', 'rejected')
)
ORDER BY a.published_at NULLS LAST, a.article_id, e.start_char, e.event_id;
