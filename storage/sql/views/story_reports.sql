-- story_reports: every report of every story, with its article: what the review page shows
-- beside an event (its other reports), and what an analyst reads to see how a measure was
-- reported over time.
--   SELECT * FROM story_reports
--   WHERE story_id = (SELECT story_id FROM events WHERE event_id = ?) AND event_id <> ?
--   ORDER BY published_at;

CREATE OR REPLACE VIEW story_reports AS
SELECT
    e.story_id,
    e.event_id,
    e.article_id,
    a.title,
    a.source,
    a.url,
    a.published_at,
    e.event_date,
    e.date_precision,
    e.phase,
    e.effective_date,
    e.partners,
    e.elements,
    e.trigger,
    e.sentence,
    e.review_status
FROM events AS e
JOIN articles AS a USING (article_id);

COMMENT ON VIEW story_reports IS 'Each report (event) of each story with its article''s title, source, link and time: the other reports of an event''s measure, side by side.';
COMMENT ON COLUMN story_reports.story_id IS 'The story (stories.story_id).';
COMMENT ON COLUMN story_reports.event_id IS 'The report (events.event_id).';
COMMENT ON COLUMN story_reports.article_id IS 'The article it was read from (articles.article_id).';
COMMENT ON COLUMN story_reports.title IS 'The article''s title.';
COMMENT ON COLUMN story_reports.source IS 'The article''s publisher, or NULL.';
COMMENT ON COLUMN story_reports.url IS 'The article''s URL, or NULL.';
COMMENT ON COLUMN story_reports.published_at IS 'The article''s publication time.';
COMMENT ON COLUMN story_reports.event_date IS 'When this report dates the measure (see events.event_date).';
COMMENT ON COLUMN story_reports.date_precision IS 'Precision of event_date.';
COMMENT ON COLUMN story_reports.phase IS 'Where this report says the measure stands (see events.phase).';
COMMENT ON COLUMN story_reports.effective_date IS 'When this report says the measure takes effect, or NULL.';
COMMENT ON COLUMN story_reports.partners IS 'Counterparties this report names.';
COMMENT ON COLUMN story_reports.elements IS 'Elements this report names.';
COMMENT ON COLUMN story_reports.trigger IS 'The words that name the event.';
COMMENT ON COLUMN story_reports.sentence IS 'The sentence the report was read from.';
COMMENT ON COLUMN story_reports.review_status IS 'The editors'' latest decision on this report (see events.review_status).';
