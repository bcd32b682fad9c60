-- figure_history: every figure the press reported, one row each, oldest first: the table
-- behind "how did reported Chinese shares of rare earth refining move this year".
--
-- A quantity row with its article's publication time and publisher beside it. Levels and
-- changes are both here (is_change tells them apart); units are never converted (a 69 %
-- share and a 240,000 t output are different rows). Figures of articles without a known
-- publication time come last.

CREATE OR REPLACE VIEW figure_history AS
SELECT
    q.metric,
    q.country,
    q.element,
    q.unit,
    q.value,
    q.value_max,
    q.qualifier,
    q.year,
    a.published_at,
    a.source,
    q.article_id,
    q.quantity_id,
    q.is_change,
    q.text,
    q.sentence
FROM quantities AS q
JOIN articles AS a USING (article_id)
ORDER BY a.published_at NULLS LAST, q.article_id, q.start_char, q.quantity_id;

COMMENT ON VIEW figure_history IS 'One row per reported figure (quantities), with its article''s publication time and source, in publication order.';
COMMENT ON COLUMN figure_history.metric IS 'What is measured (see quantities.metric): reserves, production, processing, capacity, exports, price …';
COMMENT ON COLUMN figure_history.country IS 'Whose figure (ISO3, WLD for world), or NULL.';
COMMENT ON COLUMN figure_history.element IS 'Element or group code, or NULL.';
COMMENT ON COLUMN figure_history.unit IS 'Unit (t, %, a currency, or a price unit such as USD/kg).';
COMMENT ON COLUMN figure_history.value IS 'The number (low end of a range; negative for a decrease when is_change).';
COMMENT ON COLUMN figure_history.value_max IS 'High end of a range, else NULL.';
COMMENT ON COLUMN figure_history.qualifier IS 'exact, approx, more_than, less_than, at_least, up_to.';
COMMENT ON COLUMN figure_history.year IS 'Year the figure refers to when the text says so, else NULL.';
COMMENT ON COLUMN figure_history.published_at IS 'Publication time of the article (NULL when unknown).';
COMMENT ON COLUMN figure_history.source IS 'Publisher of the article.';
COMMENT ON COLUMN figure_history.article_id IS 'The article (articles.article_id).';
COMMENT ON COLUMN figure_history.quantity_id IS 'The figure (quantities.quantity_id).';
COMMENT ON COLUMN figure_history.is_change IS 'True for a change (grew 22%), false for a level.';
COMMENT ON COLUMN figure_history.text IS 'The words of the figure as written.';
COMMENT ON COLUMN figure_history.sentence IS 'The sentence the figure was read from.';
