-- events: the policy events analysts query, with the editors' decisions attached.
--
-- Each row is an event as extracted (extracted_events) with where it stands with the
-- editors (event_review_state, by the stable event_id):
--   * review_status, reviewed_by, reviewed_at: 'pending' with NULL reviewer when nobody has
--     decided on it; the decision in force (accepted, rejected, corrected); or 'changed' when
--     re-extraction changed the event since its decision (it is back in the editors' queue);
--   * type, subtype, actor, partners, elements, event_date and date_precision (and phase and
--     effective_date, once editors may correct them) show the editors' corrections in force
--     (the latest standing review with changes: reviews.changes holds every corrected field),
--     else the extracted value; the raw extraction stays in extracted_events;
--   * story_id is the real-world measure the event reports (event_stories, docs/stories.md).
-- Rejected events stay in the view (filter on review_status <> 'rejected' when counting);
-- events_reviewed keeps only what editors approved or corrected.
-- Because event ids do not depend on offsets, re-extracting an article replaces its
-- extracted_events rows but its reviews attach again to every event still found.

-- The decisions and corrections are applied by the table macro corrected_events(): every
-- column of the view but story_id. The reports that count events without their stories
-- (sql/reports/events.sql) read it, and skip joining two million stories for nothing.
CREATE OR REPLACE MACRO corrected_events() AS TABLE
WITH latest_changes AS (
    SELECT event_id, changes
    FROM effective_reviews
    WHERE changes IS NOT NULL
    QUALIFY row_number() OVER (PARTITION BY event_id ORDER BY reviewed_at DESC, review_id DESC) = 1
)
SELECT
    e.event_id,
    e.article_id,
    CASE WHEN json_exists(c.changes, '$.type') THEN c.changes ->> 'type' ELSE e.type END AS type,
    CASE WHEN json_exists(c.changes, '$.subtype') THEN c.changes ->> 'subtype' ELSE e.subtype END AS subtype,
    CASE WHEN json_exists(c.changes, '$.actor') THEN c.changes ->> 'actor' ELSE e.actor END AS actor,
    CASE WHEN json_exists(c.changes, '$.partners')
         THEN coalesce(CAST(c.changes -> 'partners' AS VARCHAR[]), []) ELSE e.partners END AS partners,
    CASE WHEN json_exists(c.changes, '$.elements')
         THEN coalesce(CAST(c.changes -> 'elements' AS VARCHAR[]), []) ELSE e.elements END AS elements,
    CASE WHEN json_exists(c.changes, '$.event_date') THEN c.changes ->> 'event_date' ELSE e.event_date END AS event_date,
    CASE WHEN json_exists(c.changes, '$.date_precision') THEN c.changes ->> 'date_precision' ELSE e.date_precision END AS date_precision,
    CASE WHEN json_exists(c.changes, '$.phase') THEN c.changes ->> 'phase' ELSE e.phase END AS phase,
    CASE WHEN json_exists(c.changes, '$.effective_date') THEN c.changes ->> 'effective_date' ELSE e.effective_date END AS effective_date,
    e.trigger,
    e.sentence,
    e.field,
    e.start_char,
    e.end_char,
    coalesce(r.review_status, 'pending') AS review_status,
    r.reviewed_by,
    r.reviewed_at
FROM extracted_events AS e
LEFT JOIN event_review_state AS r USING (event_id)
LEFT JOIN latest_changes AS c USING (event_id);

CREATE OR REPLACE VIEW events AS
SELECT
    e.event_id, e.article_id, e.type, e.subtype, e.actor, e.partners, e.elements, e.event_date,
    e.date_precision, e.phase, e.effective_date, s.story_id, e.trigger, e.sentence, e.field,
    e.start_char, e.end_char, e.review_status, e.reviewed_by, e.reviewed_at
FROM corrected_events() AS e
LEFT JOIN event_stories AS s USING (event_id);

COMMENT ON VIEW events IS 'Policy events (SPEC §2) with the editors'' latest decision and corrections attached; one row per extracted event.';
COMMENT ON COLUMN events.event_id IS 'Stable event id (ev_…): re-extracting the article yields the same id, so editors'' decisions survive.';
COMMENT ON COLUMN events.article_id IS 'The article (articles.article_id).';
COMMENT ON COLUMN events.type IS 'Event type (corrected by an editor where reviewed): export_restriction, import_restriction, tariff, production_quota, investment, agreement, capacity_expansion, stockpile, other_policy.';
COMMENT ON COLUMN events.subtype IS 'Subtype (export_restriction: control, licence, ban, quota), else NULL.';
COMMENT ON COLUMN events.actor IS 'ISO3 or bloc code of who acts, or NULL.';
COMMENT ON COLUMN events.partners IS 'ISO3 or bloc codes of the counterparties (target of a restriction, other parties of an agreement, host of an investment).';
COMMENT ON COLUMN events.elements IS 'Element or group codes the event is about.';
COMMENT ON COLUMN events.event_date IS 'When the measure was announced or taken: YYYY, YYYY-MM or YYYY-MM-DD.';
COMMENT ON COLUMN events.date_precision IS 'Precision of event_date: day, month, quarter, year, or published (the publication date stands in).';
COMMENT ON COLUMN events.phase IS 'Where the measure stands: proposed, announced (the default), effective, suspended, extended or lifted (an editor''s correction where one is recorded).';
COMMENT ON COLUMN events.effective_date IS 'When the measure takes or took effect, when the text says (YYYY, YYYY-MM or YYYY-MM-DD), else NULL.';
COMMENT ON COLUMN events.story_id IS 'The story (real-world measure) this event reports: the same for every report of one measure across articles and days; see the stories view and docs/stories.md. A rejected event is a story of its own.';
COMMENT ON COLUMN events.trigger IS 'The words that name the event.';
COMMENT ON COLUMN events.sentence IS 'The sentence the event was read from.';
COMMENT ON COLUMN events.field IS 'Where the offsets count: ''title'' or ''text''.';
COMMENT ON COLUMN events.start_char IS 'Offset of the start of the event''s span in the field (0-based).';
COMMENT ON COLUMN events.end_char IS 'Offset just after the end of the event''s span (exclusive).';
COMMENT ON COLUMN events.review_status IS 'pending (not reviewed yet), accepted, rejected or corrected (the decision in force: the latest that was not undone), or changed (re-extraction changed the event since its decision; back in the editors'' queue).';
COMMENT ON COLUMN events.reviewed_by IS 'Editor of the decision in force (for changed events: of the earlier decision), or NULL when pending.';
COMMENT ON COLUMN events.reviewed_at IS 'When that decision was recorded, or NULL when pending.';
