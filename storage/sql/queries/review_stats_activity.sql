-- Decisions per editor and day, newest day first (the stats page).
SELECT * FROM review_activity ORDER BY day DESC, editor;
