-- review_queue: the events waiting for an editor, newest articles first, with what an
-- editor needs to judge them (the sentence and its place, the article's title, source and
-- link). Waiting means never decided ('pending') or changed by re-extraction since its
-- decision ('changed'; earlier_review_id names that decision, shown beside the new values).
-- Within an article, events come in text order.

CREATE OR REPLACE VIEW review_queue AS
SELECT
    e.event_id,
    e.review_status,
    s.earlier_review_id,
    e.type,
    e.subtype,
    e.actor,
    e.partners,
    e.elements,
    e.event_date,
    e.date_precision,
    e.trigger,
    e.sentence,
    e.field,
    e.start_char,
    e.end_char,
    e.article_id,
    a.title,
    a.source,
    a.url,
    a.published_at
FROM events AS e
LEFT JOIN event_review_state AS s USING (event_id)
JOIN articles AS a USING (article_id)
WHERE e.review_status IN ('pending', 'changed')
ORDER BY a.published_at DESC NULLS LAST, e.article_id, e.start_char, e.event_id;

COMMENT ON VIEW review_queue IS 'Events waiting for an editor (never decided, or changed since their decision), newest articles first, with their article''s title, source and link.';
COMMENT ON COLUMN review_queue.event_id IS 'Stable event id: record a decision for it in reviews.';
COMMENT ON COLUMN review_queue.review_status IS 'pending (never decided) or changed (re-extraction changed it since its decision).';
COMMENT ON COLUMN review_queue.earlier_review_id IS 'For changed events: the earlier decision (reviews.review_id), to show beside the new values; NULL for pending ones.';
COMMENT ON COLUMN review_queue.type IS 'Event type (as extracted; corrections in force applied for changed events).';
COMMENT ON COLUMN review_queue.subtype IS 'Subtype, or NULL.';
COMMENT ON COLUMN review_queue.actor IS 'Who acts (ISO3 or bloc), or NULL.';
COMMENT ON COLUMN review_queue.partners IS 'Counterparties.';
COMMENT ON COLUMN review_queue.elements IS 'Elements.';
COMMENT ON COLUMN review_queue.event_date IS 'Event date (YYYY, YYYY-MM or YYYY-MM-DD).';
COMMENT ON COLUMN review_queue.date_precision IS 'Precision of event_date.';
COMMENT ON COLUMN review_queue.trigger IS 'The words that name the event.';
COMMENT ON COLUMN review_queue.sentence IS 'The sentence the event was read from.';
COMMENT ON COLUMN review_queue.field IS 'Where the offsets count: ''title'' or ''text''.';
COMMENT ON COLUMN review_queue.start_char IS 'Offset of the start of the event''s sentence in the field (0-based).';
COMMENT ON COLUMN review_queue.end_char IS 'Offset just after the end of the event''s sentence (exclusive).';
COMMENT ON COLUMN review_queue.article_id IS 'The article (articles.article_id).';
COMMENT ON COLUMN review_queue.title IS 'The article''s title.';
COMMENT ON COLUMN review_queue.source IS 'The article''s publisher.';
COMMENT ON COLUMN review_queue.url IS 'The article''s URL, or NULL.';
COMMENT ON COLUMN review_queue.published_at IS 'The article''s publication time.';
