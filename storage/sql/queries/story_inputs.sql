-- story_inputs: the events orewatch.storage.stories clusters into stories, for the blocks
-- listed in the registered relation _orewatch_blocks(type, actor), as the events view shows
-- them (editors' corrections applied, read from corrected_events(): their current stories are
-- what is being recomputed), with the day of their article's publication as the source gave
-- it (only the day is compared, and a day is one shared value in memory). The block of an
-- event is (type, block_actor): its actor, and '' for every agreement; this must agree with
-- orewatch.stories.story_block. Unordered: storage/stories.py keeps these rows in a temporary
-- table and reads them a group of blocks at a time (story_input_group.sql).

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
    e.review_status,
    CASE WHEN e.type = 'agreement' THEN '' ELSE coalesce(e.actor, '') END AS block_actor
FROM corrected_events() AS e
JOIN articles AS a USING (article_id)
SEMI JOIN _orewatch_blocks AS b
    ON b.type = e.type AND (e.type = 'agreement' OR b.actor = coalesce(e.actor, ''))
