-- An editor's latest decision that still stands (what `u` takes back), with the values
-- the event showed before it. $editor.
SELECT review_id, event_id, article_id, values_before
FROM effective_reviews
WHERE editor = $editor
ORDER BY reviewed_at DESC, review_id DESC
LIMIT 1;
