-- The extraction as stored (before any correction) of the given events. $ids.
SELECT * FROM extracted_events WHERE list_contains($ids, event_id);
