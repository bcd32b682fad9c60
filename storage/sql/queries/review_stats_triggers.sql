-- Editors' decisions in force per type and trigger words, worst accepted share first, then
-- the most decided (the stats page). $limit.
SELECT * FROM review_outcomes
ORDER BY accepted_share, decided DESC, type, trigger
LIMIT $limit;
