-- event_trends: how many policy events of each type, by whom, about which element, in each
-- month, and how many of them an editor has confirmed: "which countries announced export
-- restrictions on which elements, month by month".
--
-- One row per (month, type, actor, element). The month is the event's own date (events.event_date),
-- not the article's: an event dated only to a year has month NULL, an undated one too. An
-- event about several elements counts once in each element's row (so do not add rows up over
-- elements: count distinct events in the events view for totals); an event about none has
-- element NULL. Rejected events are left out; editors' corrections are applied (view events).
-- `stories` counts the distinct real-world measures among those events (SPEC §5, the stories
-- view): several reports of one measure in one month count once.

CREATE OR REPLACE VIEW event_trends AS
WITH counted AS (
    SELECT
        article_id,
        story_id,
        review_status,
        type,
        actor,
        CASE WHEN length(event_date) >= 7
             THEN TRY_CAST(left(event_date, 7) || '-01' AS DATE) END AS month,
        unnest(CASE WHEN len(elements) = 0 THEN [NULL::VARCHAR] ELSE elements END) AS element
    FROM events
    WHERE review_status <> 'rejected'
),
-- Counted per article first (each events row is one event): plain counts, no count(DISTINCT).
per_article AS (
    SELECT month, type, actor, element, article_id, count(*) AS events,
           count(*) FILTER (WHERE review_status IN ('accepted', 'corrected')) AS reviewed_events
    FROM counted
    GROUP BY ALL
),
per_group AS (
    SELECT month, type, actor, element, sum(events)::BIGINT AS events,
           sum(reviewed_events)::BIGINT AS reviewed_events, count(*) AS articles
    FROM per_article
    GROUP BY ALL
),
measures AS (
    SELECT month, type, actor, element, count(DISTINCT story_id) AS stories
    FROM counted
    GROUP BY ALL
)
SELECT g.month, g.type, g.actor, g.element, g.events, m.stories, g.reviewed_events, g.articles
FROM per_group AS g
JOIN measures AS m
    ON g.type = m.type AND g.month IS NOT DISTINCT FROM m.month AND g.actor IS NOT DISTINCT FROM m.actor
   AND g.element IS NOT DISTINCT FROM m.element;

COMMENT ON VIEW event_trends IS 'Policy events per month, type, actor and element, with how many an editor confirmed and how many articles report them (rejected events left out). An event about several elements counts in each element''s row.';
COMMENT ON COLUMN event_trends.month IS 'First day of the month of the event''s date (events.event_date); NULL when the event is dated only to a year, or undated.';
COMMENT ON COLUMN event_trends.type IS 'Event type (see events.type), with editors'' corrections applied.';
COMMENT ON COLUMN event_trends.actor IS 'ISO3 or bloc code of who acts, or NULL.';
COMMENT ON COLUMN event_trends.element IS 'One element or group code of the events (an event about several counts for each), or NULL for events about none.';
COMMENT ON COLUMN event_trends.events IS 'Number of distinct events (reports of measures; pending, accepted and corrected).';
COMMENT ON COLUMN event_trends.stories IS 'Number of distinct stories (real-world measures, stories.story_id) these events report: what to count for "how many measures". A measure reported in several months counts in each; events whose story is not computed yet (an ingest run in progress) count none.';
COMMENT ON COLUMN event_trends.reviewed_events IS 'How many of these events an editor accepted or corrected (review_status accepted or corrected).';
COMMENT ON COLUMN event_trends.articles IS 'Number of distinct articles these events were read from.';
