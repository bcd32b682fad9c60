-- The paging key of one event (see review_items.sql), whatever its status. $event_id.
SELECT
    coalesce(-epoch_us(a.published_at), 9223372036854775807) AS published,
    e.article_id AS article,
    e.start_char AS start,
    e.event_id AS event
FROM extracted_events AS e
JOIN articles AS a USING (article_id)
WHERE e.event_id = $event_id;
