-- story_input_group: the rows of story_inputs.sql kept in the temporary table
-- _orewatch_story_inputs, for the blocks of the registered relation _orewatch_group(type, actor),
-- block by block, so that the caller holds one block's reports at a time. A group holds up to
-- storage/stories.py EVENTS_PER_SORT events: DuckDB's sort of every pending event at once
-- (2,000,000 after a million articles) needs more than a writer's 64MB, one of 100,000 does not.

SELECT r.event_id, r.article_id, r.type, r.actor, r.partners, r.elements, r.event_date,
       r.date_precision, r.phase, r.effective_date, r.published_day, r.review_status
FROM _orewatch_story_inputs AS r
SEMI JOIN _orewatch_group AS g ON g.type = r.type AND g.actor = r.block_actor
ORDER BY r.type, r.block_actor, r.event_id
