-- 0003_phases_and_stories: where a measure stands, when it takes effect, and which real-world
-- measure (story) each event is a report of (SPEC §2 "Phase" and "Stories", 2026-12-06).
--
-- Events stored before this migration were read without phases: they keep the default
-- 'announced' and a NULL effective_date until their article is re-extracted.
--
-- Story ids are not a column of extracted_events: they depend on other articles' events, so
-- they are recomputed (orewatch.stories.assign_stories) for the (type, actor) blocks an ingest
-- run or an editor's decision touches, and the rows of those blocks are replaced in
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
COMMENT ON TABLE event_stories IS 'Which story (real-world measure) each stored event reports: one row per event of extracted_events, recomputed for the (type, actor) blocks an ingest run (after its last batch) or an editor''s decision touches (docs/stories.md). Query the stories and events views instead.';
COMMENT ON COLUMN event_stories.event_id IS 'The event (extracted_events.event_id).';
COMMENT ON COLUMN event_stories.story_id IS 'Its story (st_…): the same for every report of one measure; derived from the measure''s type, actor and month, not from any one report, so reports joining or leaving keep it (docs/stories.md).';

COMMENT ON COLUMN reviews.changes IS 'JSON object of corrected event fields (type, subtype, actor, partners, elements, event_date, date_precision, phase, effective_date) and their new values, or NULL. The events view shows the latest corrections.';
