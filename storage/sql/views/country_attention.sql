-- country_attention: how much the press talks about each country or bloc, week by week.
--
-- One row per (week, code): the publication week of the day the source printed (view
-- publication_days; articles without a publication time are left out). `articles` counts
-- the articles that mention the code at least once (title or text), `mentions` every
-- mention, repeats included.

CREATE OR REPLACE VIEW country_attention AS
WITH per_article AS (  -- mentions per article first: plain counts, no count(DISTINCT)
    SELECT article_id, code, count(*) AS mentions FROM country_mentions GROUP BY ALL
)
SELECT d.week, m.code, count(*) AS articles, sum(m.mentions)::BIGINT AS mentions
FROM per_article AS m
JOIN publication_days AS d USING (article_id)
GROUP BY ALL;

COMMENT ON VIEW country_attention IS 'Articles and mentions per publication week for each country or bloc (articles without a publication time left out).';
COMMENT ON COLUMN country_attention.week IS 'Monday of the publication week (by the day the source printed, else the UTC day).';
COMMENT ON COLUMN country_attention.code IS 'ISO3 country code, bloc code or WLD (see country_mentions.code).';
COMMENT ON COLUMN country_attention.articles IS 'Articles published that week that mention the code at least once.';
COMMENT ON COLUMN country_attention.mentions IS 'Mentions of the code in those articles, repeats included.';
