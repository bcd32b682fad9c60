-- 0001_initial: the tables of the orewatch database (SPEC §5).
--
-- One row per article, per country or element mention, per quantity, per extracted event,
-- per editor's review and per ingestion run. The analysts' `events` relation is a view
-- (sql/views/events.sql): it joins each extracted event to its latest review, so that
-- re-extracting an article (which replaces its rows in `extracted_events`) never loses an
-- editor's decision: event ids are stable (orewatch.records.event_id).
--
-- Offsets (`start_char`, `end_char`) count Python characters in the article's `title` or
-- `text`, as named by `field`, end exclusive: substring(text, start_char + 1, end_char - start_char).

CREATE TABLE articles (
    article_id      VARCHAR PRIMARY KEY,
    url             VARCHAR,
    source          VARCHAR,
    title           VARCHAR NOT NULL,
    published_at    TIMESTAMPTZ,
    published_local VARCHAR,
    language        VARCHAR,
    fetched_at      TIMESTAMPTZ NOT NULL,
    content_hash    VARCHAR NOT NULL,
    text            VARCHAR NOT NULL
);
COMMENT ON TABLE articles IS 'One row per article (SPEC §1): its metadata, its body as read, and the hash that tells a changed article from a re-read one.';
COMMENT ON COLUMN articles.article_id IS 'Stable article id (ar_…): from the canonical URL, else from source, title and publication day. Re-reading the same article gives the same id.';
COMMENT ON COLUMN articles.url IS 'Canonical URL of the article, or NULL for articles read from files without one.';
COMMENT ON COLUMN articles.source IS 'Publisher or source name as the input gives it (e.g. "Reuters", "Sou Hu Cai Jing"), or NULL.';
COMMENT ON COLUMN articles.title IS 'Title as read (often Chinese for "Search documents" dumps). Offsets with field = ''title'' count in this string.';
COMMENT ON COLUMN articles.published_at IS 'Publication time as an instant (TIMESTAMPTZ). A time given without a UTC offset is taken as UTC. NULL when unknown or unreadable.';
COMMENT ON COLUMN articles.published_local IS 'Publication time exactly as the source gave it (ISO 8601, with the source''s own UTC offset where known), since published_at keeps only the instant.';
COMMENT ON COLUMN articles.language IS 'Language code of the article (e.g. en, zh).';
COMMENT ON COLUMN articles.fetched_at IS 'When this version of the article was read or fetched (UTC). Unchanged on a re-read of identical content; set anew when the content changed.';
COMMENT ON COLUMN articles.content_hash IS 'SHA-256 of the normalized title and text (NFKC, lower case, whitespace folded): same hash, same content. A new URL with an existing hash is a duplicate and is not stored.';
COMMENT ON COLUMN articles.text IS 'Body text as read. Offsets with field = ''text'' count in this string.';

CREATE TABLE country_mentions (
    article_id VARCHAR NOT NULL,
    code       VARCHAR NOT NULL,
    text       VARCHAR NOT NULL,
    field      VARCHAR NOT NULL CHECK (field IN ('title', 'text')),
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL
);
COMMENT ON TABLE country_mentions IS 'Every mention of a country or bloc in an article, repeats included (SPEC §2 Countries).';
COMMENT ON COLUMN country_mentions.article_id IS 'The article (articles.article_id).';
COMMENT ON COLUMN country_mentions.code IS 'ISO 3166-1 alpha-3 code (CHN, USA, GRL …), a bloc code (EU, G7, G20, ASEAN, SCO, BRICS, MSP, QUAD) or WLD.';
COMMENT ON COLUMN country_mentions.text IS 'The words of the mention as written (e.g. "Beijing", "中美", "U.S.").';
COMMENT ON COLUMN country_mentions.field IS 'Where the offsets count: ''title'' or ''text''.';
COMMENT ON COLUMN country_mentions.start_char IS 'Offset of the first character of the mention in the field (0-based).';
COMMENT ON COLUMN country_mentions.end_char IS 'Offset just after the last character of the mention (exclusive).';

CREATE TABLE element_mentions (
    article_id VARCHAR NOT NULL,
    code       VARCHAR NOT NULL,
    text       VARCHAR NOT NULL,
    field      VARCHAR NOT NULL CHECK (field IN ('title', 'text')),
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL
);
COMMENT ON TABLE element_mentions IS 'Every mention of an element or element group in an article, repeats included (SPEC §2 Elements).';
COMMENT ON COLUMN element_mentions.article_id IS 'The article (articles.article_id).';
COMMENT ON COLUMN element_mentions.code IS 'Element symbol (Nd, Dy, Li, Ga …) or group code (REE, LREE, HREE, graphite).';
COMMENT ON COLUMN element_mentions.text IS 'The words of the mention as written (e.g. "rare earths", "稀土", "NdFeB").';
COMMENT ON COLUMN element_mentions.field IS 'Where the offsets count: ''title'' or ''text''.';
COMMENT ON COLUMN element_mentions.start_char IS 'Offset of the first character of the mention in the field (0-based).';
COMMENT ON COLUMN element_mentions.end_char IS 'Offset just after the last character of the mention (exclusive).';

CREATE TABLE quantities (
    quantity_id VARCHAR PRIMARY KEY,
    article_id  VARCHAR NOT NULL,
    value       DOUBLE NOT NULL,
    value_max   DOUBLE,
    unit        VARCHAR NOT NULL,
    qualifier   VARCHAR NOT NULL,
    is_change   BOOLEAN NOT NULL,
    metric      VARCHAR NOT NULL,
    country     VARCHAR,
    element     VARCHAR,
    year        INTEGER,
    text        VARCHAR NOT NULL,
    sentence    VARCHAR,
    field       VARCHAR NOT NULL CHECK (field IN ('title', 'text')),
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL
);
COMMENT ON TABLE quantities IS 'Numbers with a unit about the supply chain (SPEC §2 Quantities): what they measure, whose they are, which element, which year.';
COMMENT ON COLUMN quantities.quantity_id IS 'Stable quantity id (qt_…): from the article, the words, value, unit and sentence, plus an occurrence number for exact repeats.';
COMMENT ON COLUMN quantities.article_id IS 'The article (articles.article_id).';
COMMENT ON COLUMN quantities.value IS 'The number with scale words applied ("44 million tons" → 44000000). For a range, the low end. Negative for a decrease when is_change.';
COMMENT ON COLUMN quantities.value_max IS 'High end of a range ("35%-40%" → 40), else NULL.';
COMMENT ON COLUMN quantities.unit IS 'Unit: t (metric tonnes), %, an ISO 4217 currency code (USD, CNY …), or a price unit (USD/kg, USD/t, USD/mtu).';
COMMENT ON COLUMN quantities.qualifier IS 'How the text qualifies the number: exact, approx, more_than, less_than, at_least, up_to.';
COMMENT ON COLUMN quantities.is_change IS 'True when the number is a change (grew 22%, fell by 9.3%) rather than a level.';
COMMENT ON COLUMN quantities.metric IS 'What is measured: reserves, production, processing, capacity, exports, imports, consumption, demand, price, price_change, investment, tariff, other.';
COMMENT ON COLUMN quantities.country IS 'ISO3 code of whose figure it is (WLD for world totals); NULL when unknown or joint.';
COMMENT ON COLUMN quantities.element IS 'Element or group code the figure is about; NULL when none or several that are not one group.';
COMMENT ON COLUMN quantities.year IS 'Year the figure refers to when the text says so, else NULL.';
COMMENT ON COLUMN quantities.text IS 'The words of the quantity as written (e.g. "approximately 44 million tons").';
COMMENT ON COLUMN quantities.sentence IS 'The sentence the quantity was read from.';
COMMENT ON COLUMN quantities.field IS 'Where the offsets count: ''title'' or ''text''.';
COMMENT ON COLUMN quantities.start_char IS 'Offset of the first character of the quantity''s words in the field (0-based).';
COMMENT ON COLUMN quantities.end_char IS 'Offset just after the last character of the quantity''s words (exclusive).';

CREATE TABLE extracted_events (
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
    end_char       INTEGER NOT NULL
);
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

CREATE SEQUENCE review_id_seq START 1;
CREATE TABLE reviews (
    review_id   BIGINT PRIMARY KEY DEFAULT nextval('review_id_seq'),
    event_id    VARCHAR NOT NULL,
    editor      VARCHAR NOT NULL,
    decision    VARCHAR NOT NULL CHECK (decision IN ('accepted', 'rejected', 'corrected')),
    changes     JSON,
    note        VARCHAR,
    reviewed_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);
COMMENT ON TABLE reviews IS 'The editors'' audit log: one row per decision on an event, append-only (rows are never updated or deleted). Kept apart from extractions so that re-extracting an article never loses a decision.';
COMMENT ON COLUMN reviews.review_id IS 'Increasing review number (from the sequence review_id_seq); breaks ties between reviews with the same reviewed_at.';
COMMENT ON COLUMN reviews.event_id IS 'The reviewed event (events.event_id). May name an event that a later re-extraction no longer finds; see orphan_reviews.';
COMMENT ON COLUMN reviews.editor IS 'Who decided (an editor''s name or login).';
COMMENT ON COLUMN reviews.decision IS 'accepted (the extraction is right), rejected (not an event, or wrong), corrected (right event, some fields fixed in changes).';
COMMENT ON COLUMN reviews.changes IS 'JSON object of corrected event fields (type, subtype, actor, partners, elements, event_date, date_precision) and their new values, or NULL. The events view shows the latest corrections.';
COMMENT ON COLUMN reviews.note IS 'The editor''s free-text note, or NULL.';
COMMENT ON COLUMN reviews.reviewed_at IS 'When the decision was recorded (UTC).';

CREATE TABLE runs (
    run_id          VARCHAR PRIMARY KEY,
    flow            VARCHAR NOT NULL,
    started_at      TIMESTAMPTZ NOT NULL,
    finished_at     TIMESTAMPTZ,
    articles_seen   INTEGER,
    articles_new    INTEGER,
    articles_failed INTEGER,
    status          VARCHAR NOT NULL
);
COMMENT ON TABLE runs IS 'One row per ingestion run: written with status running when it starts, completed with its counts when it ends.';
COMMENT ON COLUMN runs.run_id IS 'Run id (run_… or the orchestrator''s own flow-run id).';
COMMENT ON COLUMN runs.flow IS 'Name of the flow or command that ran (e.g. ingest).';
COMMENT ON COLUMN runs.started_at IS 'When the run started (UTC).';
COMMENT ON COLUMN runs.finished_at IS 'When the run ended (UTC); NULL while running, or if the process died.';
COMMENT ON COLUMN runs.articles_seen IS 'Articles read from the inputs in this run.';
COMMENT ON COLUMN runs.articles_new IS 'Articles stored for the first time in this run.';
COMMENT ON COLUMN runs.articles_failed IS 'Inputs that could not be read or extracted in this run.';
COMMENT ON COLUMN runs.status IS 'running, completed, failed (the run stopped on an error) or partial (finished, with failures).';
