-- 0010_keys_without_indexes: articles, quantities and extracted_events without PRIMARY KEY
-- constraints. DuckDB keeps a primary key in an ART index, and a writer must bring the parts of
-- it that each insert touches into memory; ids are hashes, so a batch touches pages all over
-- the index, and at a million stored articles (six million keys) storing one night's 5,000
-- articles needed 1.9 GB and failed at the writer's 256 MB and at 1 GB: the writer's memory
-- grew with the database instead of with the night. Nothing relies on the constraint: ids are
-- hashes that the writer keeps unique (storage/writer.py: a stored article's rows are deleted
-- before its new version is inserted, a batch's duplicates dropped), exactly as it already does
-- in a DuckLake, which has no keys (tests/storage/test_lake_writers.py). The key columns stay
-- NOT NULL. The tables are rebuilt, not ALTERed (DuckDB cannot drop a primary key); columns,
-- defaults, checks and comments are unchanged.

CREATE TABLE articles_v10 (
    article_id VARCHAR NOT NULL,
    url VARCHAR,
    "source" VARCHAR,
    title VARCHAR NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE,
    published_local VARCHAR,
    "language" VARCHAR,
    fetched_at TIMESTAMP WITH TIME ZONE NOT NULL,
    content_hash VARCHAR NOT NULL,
    "text" VARCHAR NOT NULL
);
INSERT INTO articles_v10 BY NAME SELECT * FROM articles;
DROP TABLE articles;
ALTER TABLE articles_v10 RENAME TO articles;
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

CREATE TABLE quantities_v10 (
    quantity_id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    "value" DOUBLE NOT NULL,
    value_max DOUBLE,
    unit VARCHAR NOT NULL,
    qualifier VARCHAR NOT NULL,
    is_change BOOLEAN NOT NULL,
    metric VARCHAR NOT NULL,
    country VARCHAR,
    element VARCHAR,
    "year" INTEGER,
    "text" VARCHAR NOT NULL,
    sentence VARCHAR,
    field VARCHAR NOT NULL CHECK (field IN ('title', 'text')),
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL
);
INSERT INTO quantities_v10 BY NAME SELECT * FROM quantities;
DROP TABLE quantities;
ALTER TABLE quantities_v10 RENAME TO quantities;
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

CREATE TABLE extracted_events_v10 (
    event_id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    "type" VARCHAR NOT NULL,
    subtype VARCHAR,
    actor VARCHAR,
    partners VARCHAR[] NOT NULL,
    elements VARCHAR[] NOT NULL,
    event_date VARCHAR,
    date_precision VARCHAR,
    "trigger" VARCHAR NOT NULL,
    sentence VARCHAR NOT NULL,
    field VARCHAR NOT NULL CHECK (field IN ('title', 'text')),
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    phase VARCHAR DEFAULT('announced'),
    effective_date VARCHAR
);
INSERT INTO extracted_events_v10 BY NAME SELECT * FROM extracted_events;
DROP TABLE extracted_events;
ALTER TABLE extracted_events_v10 RENAME TO extracted_events;
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
