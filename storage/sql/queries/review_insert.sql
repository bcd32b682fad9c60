-- Appends one row to the reviews log (never an update). The writer draws review_id
-- (storage/reviews.py: new_review_id), since a DuckLake store has no sequences and cannot
-- return inserted values.
INSERT INTO reviews (review_id, event_id, editor, decision, changes, note, undoes, article_id, seen,
                     values_before, values_after)
VALUES ($review_id, $event_id, $editor, $decision, $changes, $note, $undoes, $article_id, $seen,
        $values_before, $values_after);
