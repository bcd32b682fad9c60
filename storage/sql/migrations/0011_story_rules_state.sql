-- 0011_story_rules_state: summary_state also records which clustering rules the stored stories
-- were computed by (row 'event_stories'), so that the first writer after an upgrade that
-- changes them recomputes every story (storage/stories.py refresh_if_rules_changed). Before,
-- a changed rule reached only the blocks a later write touched, and a database's stories
-- depended on its history. Only the comments change.

COMMENT ON TABLE summary_state IS 'Bookkeeping: which definition each summary table (attention_counts, checked_figures, figure_levels) was last rebuilt from, and which clustering rules the stored stories (event_stories) were computed by, so that a writer rebuilds them when the definition, the rules or the reference data change.';
COMMENT ON COLUMN summary_state.summary IS 'The summary table (or event_stories).';
COMMENT ON COLUMN summary_state.definition IS 'SHA-256 of its SQL definition (for checked_figures, with the reference file loaded; for event_stories, of the clustering module and the queries of its inputs).';
