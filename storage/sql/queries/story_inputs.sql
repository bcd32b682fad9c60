-- story_inputs: the events orewatch.storage.stories clusters into stories, for the blocks
-- listed in the registered relation _orewatch_blocks(type, actor), as the events view shows
-- them (editors' corrections applied), with the day of their article's publication as the
-- source gave it (only the day is compared, and a day is one shared value in memory). The
-- block of an event is (type, actor), and '' for every agreement: this must agree with
-- orewatch.stories.story_block. Rows come block by block (ORDER BY), so that the
-- caller holds one block's reports at a time.

SELECT
    e.event_id,
    e.article_id,
    e.type,
    e.actor,
    e.partners,
    e.elements,
    e.event_date,
    e.date_precision,
    e.phase,
    e.effective_date,
    left(a.published_local, 10) AS published_day,
    e.review_status
FROM events AS e
JOIN articles AS a USING (article_id)
SEMI JOIN _orewatch_blocks AS b
    ON b.type = e.type AND (e.type = 'agreement' OR b.actor = coalesce(e.actor, ''))
ORDER BY e.type, CASE WHEN e.type = 'agreement' THEN '' ELSE coalesce(e.actor, '') END, e.event_id
