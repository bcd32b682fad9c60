-- attention_counts: the contributions of a set of articles to the weekly attention counts,
-- times $sign (1 for articles being stored, -1 for the stored versions they replace).
-- A template: orewatch.storage.summaries fills in {articles}, {element_mentions} and
-- {country_mentions} with the relations holding those articles' rows (a batch's Arrow
-- tables, the rows about to be replaced, or the whole tables for a rebuild).
-- The week is that of publication_days (the macro publication_day); undated articles count
-- nowhere. The views element_attention and country_attention add the contributions up.
INSERT INTO attention_counts (kind, week, code, articles, mentions)
WITH weeks AS (
    SELECT article_id, CAST(date_trunc('week', publication_day(published_local, published_at)) AS DATE) AS week
    FROM {articles}
    WHERE publication_day(published_local, published_at) IS NOT NULL
),
per_article AS (  -- mentions per article first: plain counts, no count(DISTINCT)
    SELECT 'element' AS kind, article_id, code, count(*) AS mentions FROM {element_mentions} GROUP BY ALL
    UNION ALL
    SELECT 'country' AS kind, article_id, code, count(*) AS mentions FROM {country_mentions} GROUP BY ALL
)
SELECT m.kind, w.week, m.code, $sign * count(*), $sign * sum(m.mentions)
FROM per_article AS m
JOIN weeks AS w USING (article_id)
GROUP BY ALL;
