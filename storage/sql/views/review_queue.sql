-- review_queue: the events still waiting for an editor, newest articles first, with what an
-- editor needs to judge them (the sentence, the article's title, source and link).

CREATE OR REPLACE VIEW review_queue AS
SELECT
    e.event_id,
    e.type,
    e.subtype,
    e.actor,
    e.partners,
    e.elements,
    e.event_date,
    e.date_precision,
    e.trigger,
    e.sentence,
    e.article_id,
    a.title,
    a.source,
    a.url,
    a.published_at
FROM events AS e
JOIN articles AS a USING (article_id)
WHERE e.review_status = 'pending'
ORDER BY a.published_at DESC NULLS LAST, e.article_id, e.start_char;

COMMENT ON VIEW review_queue IS 'Events not reviewed yet, newest articles first, with their article''s title, source and link.';
COMMENT ON COLUMN review_queue.event_id IS 'Stable event id: record a decision for it in reviews.';
COMMENT ON COLUMN review_queue.type IS 'Event type as extracted.';
COMMENT ON COLUMN review_queue.subtype IS 'Subtype as extracted, or NULL.';
COMMENT ON COLUMN review_queue.actor IS 'Who acts as extracted (ISO3 or bloc), or NULL.';
COMMENT ON COLUMN review_queue.partners IS 'Counterparties as extracted.';
COMMENT ON COLUMN review_queue.elements IS 'Elements as extracted.';
COMMENT ON COLUMN review_queue.event_date IS 'Event date as extracted (YYYY, YYYY-MM or YYYY-MM-DD).';
COMMENT ON COLUMN review_queue.date_precision IS 'Precision of event_date.';
COMMENT ON COLUMN review_queue.trigger IS 'The words that name the event.';
COMMENT ON COLUMN review_queue.sentence IS 'The sentence the event was read from.';
COMMENT ON COLUMN review_queue.article_id IS 'The article (articles.article_id).';
COMMENT ON COLUMN review_queue.title IS 'The article''s title.';
COMMENT ON COLUMN review_queue.source IS 'The article''s publisher.';
COMMENT ON COLUMN review_queue.url IS 'The article''s URL, or NULL.';
COMMENT ON COLUMN review_queue.published_at IS 'The article''s publication time.';
