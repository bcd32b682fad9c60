-- country_attention: how much the press talks about each country or bloc, week by week.
--
-- One row per (week, code). The week is the Monday of the article's publication day, the
-- day as the source printed it (articles.published_local, in the source's own time zone),
-- else the UTC day of published_at; articles without a publication time are left out.
-- `articles` counts the articles that mention the code at least once (title or text),
-- `mentions` every mention, repeats included.

CREATE OR REPLACE VIEW country_attention AS
SELECT
    CAST(date_trunc('week', coalesce(TRY_CAST(left(a.published_local, 10) AS DATE),
                                     CAST(timezone('UTC', a.published_at) AS DATE))) AS DATE) AS week,
    m.code,
    count(DISTINCT m.article_id) AS articles,
    count(*) AS mentions
FROM country_mentions AS m
JOIN articles AS a USING (article_id)
WHERE a.published_at IS NOT NULL OR TRY_CAST(left(a.published_local, 10) AS DATE) IS NOT NULL
GROUP BY ALL;

COMMENT ON VIEW country_attention IS 'Articles and mentions per publication week for each country or bloc (articles without a publication time left out).';
COMMENT ON COLUMN country_attention.week IS 'Monday of the publication week (by the day the source printed, else the UTC day).';
COMMENT ON COLUMN country_attention.code IS 'ISO3 country code, bloc code or WLD (see country_mentions.code).';
COMMENT ON COLUMN country_attention.articles IS 'Articles published that week that mention the code at least once.';
COMMENT ON COLUMN country_attention.mentions IS 'Mentions of the code in those articles, repeats included.';
