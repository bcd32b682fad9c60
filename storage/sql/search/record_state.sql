-- The index is up to date: record how many article versions it covers and the articles'
-- latest fetched_at (index_state.sql finds it stale when either no longer matches).
DELETE FROM search_index.state;
INSERT INTO search_index.state
SELECT current_timestamp, (SELECT count(*) FROM search_index.docs), (SELECT max(fetched_at) FROM articles);
