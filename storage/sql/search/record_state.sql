-- The index now covers every stored article: record their count and latest fetched_at.
DELETE FROM search_index.state;
INSERT INTO search_index.state
SELECT current_timestamp, count(*), max(fetched_at) FROM articles;
