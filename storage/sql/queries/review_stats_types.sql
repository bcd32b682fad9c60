-- Editors' decisions in force per event type, worst accepted share first (the stats page).
SELECT
    type,
    sum(decided) AS decided,
    sum(accepted) AS accepted,
    sum(rejected) AS rejected,
    sum(corrected) AS corrected,
    round(sum(accepted) / sum(decided), 3) AS accepted_share
FROM review_outcomes
GROUP BY type
ORDER BY accepted_share, decided DESC, type;
