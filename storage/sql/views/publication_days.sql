-- publication_days: the day, week and month each article was published, as its source printed
-- them: the date of articles.published_local (the source's own time zone), else the UTC day
-- of published_at. A story printed in Beijing on Monday 00:30 belongs to Monday, not to the
-- Sunday it still was in UTC. The attention views and the month partitions of exports use it.
-- Articles without a publication time are left out.

CREATE OR REPLACE VIEW publication_days AS
WITH days AS (
    SELECT
        article_id,
        publication_day(published_local, published_at) AS published_day  -- the macro of migration 0008
    FROM articles
)
SELECT
    article_id,
    published_day,
    CAST(date_trunc('week', published_day) AS DATE) AS week,
    CAST(date_trunc('month', published_day) AS DATE) AS month
FROM days
WHERE published_day IS NOT NULL;

COMMENT ON VIEW publication_days IS 'The day, week and month of publication of each dated article, by the day its source printed (its own time zone), else the UTC day.';
COMMENT ON COLUMN publication_days.article_id IS 'The article (articles.article_id).';
COMMENT ON COLUMN publication_days.published_day IS 'Publication day: the date of published_local, else the UTC date of published_at.';
COMMENT ON COLUMN publication_days.week IS 'Monday of the publication week.';
COMMENT ON COLUMN publication_days.month IS 'First day of the publication month.';
