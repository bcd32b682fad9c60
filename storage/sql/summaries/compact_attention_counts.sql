-- Replaces the contributions in attention_counts by their sums, one row per kind, week and
-- code (none where they cancel out): what the views would add up, in fewer rows.
CREATE OR REPLACE TEMP TABLE compacted_attention AS
SELECT kind, week, code, sum(articles)::BIGINT AS articles, sum(mentions)::BIGINT AS mentions
FROM attention_counts
GROUP BY ALL
HAVING sum(articles) <> 0 OR sum(mentions) <> 0;

DELETE FROM attention_counts;

INSERT INTO attention_counts SELECT kind, week, code, articles, mentions FROM compacted_attention;

DROP TABLE compacted_attention;
