-- How many events have each review_status under the page's filters (see review_items.sql).
SELECT e.review_status, count(*) AS events
FROM events AS e
JOIN articles AS a USING (article_id)
WHERE ($type IS NULL OR e.type = $type)
  AND ($actor IS NULL OR e.actor = $actor)
  AND ($element IS NULL OR list_contains(e.elements, $element))
  AND ($source IS NULL OR a.source = $source)
  AND ($date_from IS NULL OR timezone('UTC', a.published_at) >= CAST($date_from AS DATE))
  AND ($date_to IS NULL OR timezone('UTC', a.published_at) < CAST($date_to AS DATE) + INTERVAL 1 DAY)
GROUP BY 1;
