-- 0006_phases_and_stories: where a measure stands, when it takes effect, and which real-world
-- measure (story) each event is a report of (SPEC §2 "Phase" and "Stories", 2026-12-06).
--
-- Events stored before this migration were read without phases: they keep the default
-- 'announced' and a NULL effective_date until their article is re-extracted.
--
-- Story ids are not a column of extracted_events: they depend on other articles' events, so
-- they are recomputed (orewatch.stories.assign_stories) for the (type, actor) blocks an ingest
-- run or the editors' decisions since the last refresh touched, and the rows of those blocks are replaced in
-- event_stories, never UPDATEd in place. Existing events get theirs when the first writer opens
-- the migrated database (orewatch.storage.stories.refresh_pending_stories). No primary key: ids
-- are hashes, and the table must also live in a DuckLake catalog, which has none.

ALTER TABLE extracted_events ADD COLUMN phase VARCHAR DEFAULT 'announced';
ALTER TABLE extracted_events ADD COLUMN effective_date VARCHAR;
COMMENT ON COLUMN extracted_events.phase IS 'Where the measure stands as the sentence tells it: proposed, announced (the default), effective, suspended, extended or lifted.';
COMMENT ON COLUMN extracted_events.effective_date IS 'When the measure takes or took effect, when the text says (YYYY, YYYY-MM or YYYY-MM-DD), else NULL.';

CREATE TABLE event_stories (
    event_id VARCHAR NOT NULL,
    story_id VARCHAR NOT NULL
);
COMMENT ON TABLE event_stories IS 'Which story (real-world measure) each stored event reports: one row per event of extracted_events, recomputed at the end of each ingest run for the (type, actor) blocks its batches or the editors'' decisions since the last refresh touched (docs/stories.md). Query the stories and events views instead.';
COMMENT ON COLUMN event_stories.event_id IS 'The event (extracted_events.event_id).';
COMMENT ON COLUMN event_stories.story_id IS 'Its story (st_…): the same for every report of one measure; derived from the measure''s type, actor and month, not from any one report, so reports joining or leaving keep it (docs/stories.md).';

COMMENT ON COLUMN reviews.changes IS 'JSON object of corrected event fields (type, subtype, actor, partners, elements, event_date, date_precision, phase, effective_date) and their new values, or NULL. The events view shows the latest corrections.';

CREATE TABLE story_refreshes (
    refreshed_at TIMESTAMPTZ NOT NULL,
    blocks       INTEGER NOT NULL,
    events       INTEGER NOT NULL
);
COMMENT ON TABLE story_refreshes IS 'One row per recomputation of pending stories (the last task of an ingest run): editors'' decisions recorded after the latest row reshape their stories at the next one. Append-only.';
COMMENT ON COLUMN story_refreshes.refreshed_at IS 'When the stories were recomputed (UTC).';
COMMENT ON COLUMN story_refreshes.blocks IS 'How many (type, actor) blocks were recomputed.';
COMMENT ON COLUMN story_refreshes.events IS 'How many events were given their story.';
