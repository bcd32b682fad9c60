-- Appends one row to the reviews log (never an update); returns its review_id.
INSERT INTO reviews (event_id, editor, decision, changes, note, undoes, article_id, seen, values_before, values_after)
VALUES ($event_id, $editor, $decision, $changes, $note, $undoes, $article_id, $seen, $values_before, $values_after)
RETURNING review_id;
