-- element_attention: how much the press talks about each element or element group, week by week.
--
-- One row per (week, code): the publication week of the day the source printed (view
-- publication_days; articles without a publication time are left out). `articles` counts
-- the articles that mention the code at least once (title or text), `mentions` every
-- mention, repeats included.

-- The counts are kept current by the writer in the table attention_counts (one signed row
-- per batch, week and code: orewatch.storage.summaries, sql/summaries/attention_counts.sql),
-- so that the view adds up a few thousand rows instead of millions of mentions.

CREATE OR REPLACE VIEW element_attention AS
SELECT week, code, sum(articles)::BIGINT AS articles, sum(mentions)::BIGINT AS mentions
FROM attention_counts
WHERE kind = 'element'
GROUP BY week, code
HAVING sum(articles) > 0;

COMMENT ON VIEW element_attention IS 'Articles and mentions per publication week for each element or element group (articles without a publication time left out).';
COMMENT ON COLUMN element_attention.week IS 'Monday of the publication week (by the day the source printed, else the UTC day).';
COMMENT ON COLUMN element_attention.code IS 'Element symbol or group code (see element_mentions.code).';
COMMENT ON COLUMN element_attention.articles IS 'Articles published that week that mention the code at least once.';
COMMENT ON COLUMN element_attention.mentions IS 'Mentions of the code in those articles, repeats included.';
