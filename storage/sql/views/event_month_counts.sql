-- event_month_counts: how many policy events of each type, by whom, about which element,
-- in each month: the table behind a "who restricted what, when" chart.
--
-- One row per (year, month, type, actor, element). An event about several elements counts
-- once for each of them; an event about none has element NULL. Events dated only to a year
-- have month NULL (they are not spread over the months); undated events have year NULL.
-- Events rejected by an editor are left out; editors' corrections are applied (view events).

CREATE OR REPLACE VIEW event_month_counts AS
WITH dated AS (
    SELECT
        event_id,
        article_id,
        type,
        actor,
        TRY_CAST(left(event_date, 4) AS INTEGER) AS year,
        CASE WHEN length(event_date) >= 7
             THEN TRY_CAST(left(event_date, 7) || '-01' AS DATE) END AS month,
        unnest(CASE WHEN len(elements) = 0 THEN [NULL::VARCHAR] ELSE elements END) AS element
    FROM events
    WHERE review_status <> 'rejected'
)
SELECT
    year,
    month,
    type,
    actor,
    element,
    count(DISTINCT event_id) AS event_count,
    count(DISTINCT article_id) AS article_count
FROM dated
GROUP BY ALL;

COMMENT ON VIEW event_month_counts IS 'Counts of policy events per month, type, actor and element (rejected events left out); one row per combination.';
COMMENT ON COLUMN event_month_counts.year IS 'Year of the event date; NULL for undated events.';
COMMENT ON COLUMN event_month_counts.month IS 'First day of the event''s month; NULL when the event is dated only to a year.';
COMMENT ON COLUMN event_month_counts.type IS 'Event type (see events.type).';
COMMENT ON COLUMN event_month_counts.actor IS 'ISO3 or bloc code of who acts, or NULL.';
COMMENT ON COLUMN event_month_counts.element IS 'One element or group code of the events (an event about several counts for each), or NULL for events about none.';
COMMENT ON COLUMN event_month_counts.event_count IS 'Number of distinct events.';
COMMENT ON COLUMN event_month_counts.article_count IS 'Number of distinct articles these events were read from.';
