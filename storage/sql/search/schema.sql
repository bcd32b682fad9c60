-- The full-text index's own schema, created when missing; the index is kept up to date batch
-- by batch (index_batch.sql), never rebuilt whole. It is derived data: dropping the schema
-- loses nothing (the next ingest, or `orewatch search --reindex`, builds it again).
--
-- An index built by an orewatch before this one (the fts extension's schema, rebuilt whole
-- after each ingest) is dropped: its termids and docids mean nothing here.
DROP SCHEMA IF EXISTS fts_main_search_source CASCADE;
CREATE SCHEMA IF NOT EXISTS search_index;

-- How a field is cut into words, exactly as the fts extension's own create_fts_index cuts it
-- with our options (strip accents, lower-case, anything but a-z, 0-9 and Chinese characters
-- is a separator); stop words are then dropped and the rest stemmed (index_batch.sql), and a
-- query goes through the same macro (query_terms.sql).
CREATE OR REPLACE MACRO search_index.tokenize(s) AS
    string_split_regex(regexp_replace(lower(strip_accents(CAST(s AS VARCHAR))), '[^a-z0-9\p{Han}]+', ' ', 'g'), '\s+');

-- The Chinese characters of a field as single characters and overlapping pairs, space
-- separated, for tokenize to cut ("稀土出口" -> 稀 土 出 口 稀土 土出 出口).
CREATE OR REPLACE MACRO search_index.han_grams(s) AS
    array_to_string(flatten(list_transform(regexp_extract_all(s, '\p{Han}+'),
        run -> list_transform(range(1, length(run) + 1), i -> substr(run, i, 1))
               || list_transform(range(1, length(run)), i -> substr(run, i, 2)))), ' ');

-- English stop words (the fts extension's list, filled in by storage/search.py).
CREATE TABLE IF NOT EXISTS search_index.stopwords (sw VARCHAR);

-- Every indexed term once: its id and its text (a Porter stem, a Chinese character or pair).
CREATE TABLE IF NOT EXISTS search_index.terms (termid INTEGER, term VARCHAR);

-- Every indexed article version: its document id, the article and content it was cut from,
-- and its length in indexed terms (BM25's document length).
CREATE TABLE IF NOT EXISTS search_index.docs (
    docid INTEGER, article_id VARCHAR, content_hash VARCHAR, len INTEGER
);

-- Document ids of article versions replaced since they were indexed (the article was read
-- again with other content): their postings stay in the lists below and are skipped by
-- every query; `orewatch search --reindex` drops them for good.
CREATE TABLE IF NOT EXISTS search_index.retired (docid INTEGER);

-- The postings: one row per term and indexed batch, holding the batch's documents that
-- contain the term (docids), how often (tfs) and their lengths (lens), in parallel lists.
-- Rows per term grow with the number of batches, not of articles, so a query reads a few
-- small rows per term wherever they lie, and a new batch only appends.
CREATE TABLE IF NOT EXISTS search_index.postings (
    termid INTEGER, docids INTEGER[], tfs INTEGER[], lens INTEGER[]
);

-- When the index was last brought up to date, and how far: the articles' count and latest
-- fetched_at then (index_state.sql compares them with the articles' now).
CREATE TABLE IF NOT EXISTS search_index.state (
    updated_at TIMESTAMPTZ, articles BIGINT, last_fetched_at TIMESTAMPTZ
);
