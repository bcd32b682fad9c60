-- Events for the editors' page, one row each: the events view's columns (corrections in
-- force applied), the earlier decision of a changed event, and the article's metadata.
-- Every filter is optional (NULL: not applied):
--   $statuses   review_status values to list (required), $ids / $article_id: only these,
--   $type, $actor, $element, $source, $date_from, $date_to (publication day, UTC, inclusive),
--   $after_*: keyset paging, the sort key of the last item already shown,
--   $limit.
-- Order: newest article first (undated last), then article, text order, event id.
SELECT
    e.*,
    s.earlier_review_id,
    a.title,
    a.source,
    a.url,
    a.published_at,
    a.published_local,
    coalesce(-epoch_us(a.published_at), 9223372036854775807) AS sort_published
FROM events AS e
JOIN articles AS a ON a.article_id = e.article_id
LEFT JOIN event_review_state AS s ON s.event_id = e.event_id
WHERE list_contains($statuses, e.review_status)
  AND ($ids IS NULL OR list_contains($ids, e.event_id))
  AND ($article_id IS NULL OR e.article_id = $article_id)
  AND ($type IS NULL OR e.type = $type)
  AND ($actor IS NULL OR e.actor = $actor)
  AND ($element IS NULL OR list_contains(e.elements, $element))
  AND ($source IS NULL OR a.source = $source)
  AND ($date_from IS NULL OR timezone('UTC', a.published_at) >= CAST($date_from AS DATE))
  AND ($date_to IS NULL OR timezone('UTC', a.published_at) < CAST($date_to AS DATE) + INTERVAL 1 DAY)
  AND ($after_event IS NULL
       OR (coalesce(-epoch_us(a.published_at), 9223372036854775807), e.article_id, e.start_char, e.event_id)
          > ($after_published, $after_article, $after_start, $after_event))
ORDER BY sort_published, e.article_id, e.start_char, e.event_id
LIMIT $limit;
