-- events_reviewed: the policy events an analyst may cite, because an editor approved them
-- or corrected them.
--
-- Every column of the events view (corrections applied), for events whose decision in
-- force is accepted or corrected; pending, rejected and changed-since-review events are
-- left out. The article's title, source, link and publication time come along for the
-- citation. A column added to events appears here too (SELECT e.*): document it below.

CREATE OR REPLACE VIEW events_reviewed AS
SELECT
    e.*,
    a.title,
    a.source,
    a.url,
    a.published_at
FROM events AS e
JOIN articles AS a USING (article_id)
WHERE e.review_status IN ('accepted', 'corrected');

COMMENT ON VIEW events_reviewed IS 'Approved and corrected events with the corrections applied, with their article for citation: what an analyst may cite.';
COMMENT ON COLUMN events_reviewed.event_id IS 'Stable event id (events.event_id).';
COMMENT ON COLUMN events_reviewed.article_id IS 'The article (articles.article_id).';
COMMENT ON COLUMN events_reviewed.type IS 'Event type, as corrected by the editor where corrected.';
COMMENT ON COLUMN events_reviewed.subtype IS 'Subtype (export_restriction: control, licence, ban, quota), else NULL.';
COMMENT ON COLUMN events_reviewed.actor IS 'ISO3 or bloc code of who acts, or NULL.';
COMMENT ON COLUMN events_reviewed.partners IS 'ISO3 or bloc codes of the counterparties.';
COMMENT ON COLUMN events_reviewed.elements IS 'Element or group codes the event is about.';
COMMENT ON COLUMN events_reviewed.event_date IS 'When the measure was announced or taken: YYYY, YYYY-MM or YYYY-MM-DD.';
COMMENT ON COLUMN events_reviewed.date_precision IS 'Precision of event_date: day, month, quarter, year, or published.';
COMMENT ON COLUMN events_reviewed.phase IS 'Where the measure stands: proposed, announced, effective, suspended, extended or lifted.';
COMMENT ON COLUMN events_reviewed.effective_date IS 'When the measure takes or took effect, when the text says, else NULL.';
COMMENT ON COLUMN events_reviewed.story_id IS 'The story (real-world measure) the event reports (stories.story_id): cite the measure once, whatever the number of reports.';
COMMENT ON COLUMN events_reviewed.trigger IS 'The words that name the event.';
COMMENT ON COLUMN events_reviewed.sentence IS 'The sentence the event was read from (quote it).';
COMMENT ON COLUMN events_reviewed.field IS 'Where the offsets count: ''title'' or ''text''.';
COMMENT ON COLUMN events_reviewed.start_char IS 'Offset of the start of the event''s span in the field (0-based).';
COMMENT ON COLUMN events_reviewed.end_char IS 'Offset just after the end of the event''s span (exclusive).';
COMMENT ON COLUMN events_reviewed.review_status IS 'accepted or corrected.';
COMMENT ON COLUMN events_reviewed.reviewed_by IS 'The editor whose decision stands.';
COMMENT ON COLUMN events_reviewed.reviewed_at IS 'When that decision was recorded.';
COMMENT ON COLUMN events_reviewed.title IS 'The article''s title.';
COMMENT ON COLUMN events_reviewed.source IS 'The article''s publisher.';
COMMENT ON COLUMN events_reviewed.url IS 'The article''s URL, or NULL.';
COMMENT ON COLUMN events_reviewed.published_at IS 'The article''s publication time.';
