-- 0006_phases_and_stories: where a measure stands, when it takes effect, and which real-world
-- measure (story) each event is a report of (SPEC §2 "Phase" and "Stories", 2026-12-06).
--
-- Events stored before this migration were read without phases: they keep the default
-- 'announced' and a NULL effective_date until their article is re-extracted.
--
-- extracted_events is rebuilt with the two new columns rather than ALTERed: in a DuckLake,
-- ADD COLUMN leaves the table a second inlined-data table, which the nightly compaction
-- (ducklake_flush_inlined_data) drops under the feet of any reader attached before it: that
-- reader then fails on every read of the table (tests/storage/test_stores.py).
--
-- Story ids are not a column of extracted_events: they depend on other articles' events, so
-- they are recomputed (orewatch.stories.assign_stories) for the (type, actor) blocks an ingest
-- run or the editors' decisions since the last refresh touched, and the rows of those blocks are replaced in
-- event_stories, never UPDATEd in place. Existing events get theirs when the first writer opens
-- the migrated database (orewatch.storage.stories.refresh_pending_stories). No primary key: ids
-- are hashes, and the table must also live in a DuckLake catalog, which has none.

CREATE TABLE extracted_events_v6 (
    event_id       VARCHAR PRIMARY KEY,
    article_id     VARCHAR NOT NULL,
    type           VARCHAR NOT NULL,
    subtype        VARCHAR,
    actor          VARCHAR,
    partners       VARCHAR[] NOT NULL,
    elements       VARCHAR[] NOT NULL,
    event_date     VARCHAR,
    date_precision VARCHAR,
    trigger        VARCHAR NOT NULL,
    sentence       VARCHAR NOT NULL,
    field          VARCHAR NOT NULL CHECK (field IN ('title', 'text')),
    start_char     INTEGER NOT NULL,
    end_char       INTEGER NOT NULL,
    phase          VARCHAR DEFAULT 'announced',
    effective_date VARCHAR
);
INSERT INTO extracted_events_v6 BY NAME SELECT * FROM extracted_events;
DROP TABLE extracted_events;
ALTER TABLE extracted_events_v6 RENAME TO extracted_events;

COMMENT ON TABLE extracted_events IS 'Policy events exactly as the extractors read them, replaced whenever an article is re-extracted. Analysts should query the events view, which adds the editors'' reviews and corrections.';
COMMENT ON COLUMN extracted_events.event_id IS 'Stable event id (ev_…): from the article, type, subtype, actor, partners, elements and sentence, not offsets, so re-extraction keeps it and reviews re-attach.';
COMMENT ON COLUMN extracted_events.article_id IS 'The article (articles.article_id).';
COMMENT ON COLUMN extracted_events.type IS 'Event type: export_restriction, import_restriction, tariff, production_quota, investment, agreement, capacity_expansion, stockpile, other_policy.';
COMMENT ON COLUMN extracted_events.subtype IS 'Subtype where the type has them (export_restriction: control, licence, ban, quota), else NULL.';
COMMENT ON COLUMN extracted_events.actor IS 'ISO3 or bloc code of who acts, or NULL.';
COMMENT ON COLUMN extracted_events.partners IS 'ISO3 or bloc codes of the counterparties: target of a restriction, other parties of an agreement, host of an investment.';
COMMENT ON COLUMN extracted_events.elements IS 'Element or group codes the event is about.';
COMMENT ON COLUMN extracted_events.event_date IS 'When the measure was announced or taken: YYYY, YYYY-MM or YYYY-MM-DD (text, since precision varies).';
COMMENT ON COLUMN extracted_events.date_precision IS 'Precision of event_date: day, month, quarter, year, or published (no date in the text; the publication date stands in).';
COMMENT ON COLUMN extracted_events.trigger IS 'The words that name the event (e.g. "export controls").';
COMMENT ON COLUMN extracted_events.sentence IS 'The sentence the event was read from.';
COMMENT ON COLUMN extracted_events.field IS 'Where the offsets count: ''title'' or ''text''.';
COMMENT ON COLUMN extracted_events.start_char IS 'Offset of the start of the event''s sentence or span in the field (0-based).';
COMMENT ON COLUMN extracted_events.end_char IS 'Offset just after the end of the event''s sentence or span (exclusive).';
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
