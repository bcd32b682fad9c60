-- Reviews by id (the earlier decisions shown beside changed events). $ids.
SELECT review_id, event_id, editor, decision, changes, note, reviewed_at, seen, values_before, values_after
FROM reviews
WHERE list_contains($ids, review_id);
