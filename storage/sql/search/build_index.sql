-- Builds the BM25 full-text index of articles (DuckDB's fts extension), from scratch.
--
-- fts splits text into words of the characters its `ignore` pattern keeps, so Chinese, which
-- has no spaces, would be one "word" per run of characters (and dropped entirely by fts's
-- default pattern). So each article is indexed in four fields: its title and text with the
-- Chinese characters taken out (English words, stemmed with Porter, English stop words
-- dropped), and its title's and text's Chinese characters as single characters and
-- overlapping pairs ("稀土出口" -> 稀 土 出 口 稀土 土出 出口). A query is cut the same way
-- (orewatch.storage.search.query_terms), its Chinese into pairs: 稀土 出口 finds 稀土出口.
-- The rows to index live in a temporary table, so the database keeps no copy of the texts:
-- the index itself is the schema fts_main_search_source, plus the row search_state saying
-- when it was built and from how many articles.

CREATE OR REPLACE TEMP TABLE search_source AS
SELECT
    article_id,
    regexp_replace(title, '\p{Han}+', ' ', 'g') AS title,
    regexp_replace(text, '\p{Han}+', ' ', 'g') AS text,
    array_to_string(flatten(list_transform(regexp_extract_all(title, '\p{Han}+'),
        run -> list_transform(range(1, length(run) + 1), i -> substr(run, i, 1))
               || list_transform(range(1, length(run)), i -> substr(run, i, 2)))), ' ') AS title_han,
    array_to_string(flatten(list_transform(regexp_extract_all(text, '\p{Han}+'),
        run -> list_transform(range(1, length(run) + 1), i -> substr(run, i, 1))
               || list_transform(range(1, length(run)), i -> substr(run, i, 2)))), ' ') AS text_han
FROM articles;

PRAGMA create_fts_index(
    'search_source', 'article_id', 'title', 'text', 'title_han', 'text_han',
    stemmer = 'porter', stopwords = 'english', ignore = '[^a-z0-9\p{Han}]+',
    strip_accents = 1, lower = 1, overwrite = 1
);

CREATE OR REPLACE TABLE fts_main_search_source.search_state AS
SELECT current_timestamp AS built_at, count(*) AS articles, max(fetched_at) AS last_fetched_at
FROM articles;

DROP TABLE search_source;
