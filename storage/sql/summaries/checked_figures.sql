-- checked_figures: the rows of the view figure_checks for a set of articles, written into
-- the table checked_figures (see the view for what is checked and how, and
-- docs/reference-figures.md). A template: orewatch.storage.summaries fills in {quantities}
-- and {articles} with the relations holding those articles' rows (a batch's Arrow tables, or
-- the whole tables for a rebuild).
INSERT INTO checked_figures
-- The edition is picked over narrow rows; sentences are joined to the picked rows at the end.
WITH news AS (
    SELECT
        q.quantity_id, q.article_id, q.metric, q.country, q.element, q.year,
        q.value, q.value_max, q.qualifier, a.published_at, a.source,
        year(a.published_at) AS published_year,
        CASE WHEN q.metric = 'reserves' THEN 'reserves'
             WHEN q.element = 'Ga' THEN 'refinery_production'
             ELSE 'mine_production' END AS statistic,
        CASE WHEN q.qualifier IN ('less_than', 'up_to') THEN 0 ELSE q.value END AS low,
        CASE WHEN q.qualifier IN ('more_than', 'at_least') THEN 'infinity'::DOUBLE
             ELSE coalesce(q.value_max, q.value) END AS high
    FROM {quantities} AS q
    JOIN {articles} AS a USING (article_id)
    WHERE NOT q.is_change AND q.unit = 't' AND q.metric IN ('reserves', 'production')
      AND q.country IS NOT NULL AND q.element IS NOT NULL
),
matched AS (
    SELECT
        n.*,
        r.edition, r.publication, r.year AS reference_year, r.value AS reference_value,
        r.qualifier AS reference_qualifier, r.basis AS reference_basis, r.source_url AS reference_source_url,
        CASE WHEN r.qualifier = 'more_than' THEN 'infinity'::DOUBLE ELSE r.value END AS reference_high
    FROM news AS n
    JOIN reference_figures AS r
      ON r.country = n.country AND r.element = n.element AND r.statistic = n.statistic
     AND (n.year = r.year
          OR (n.year IS NULL AND (n.published_year IS NULL
                                  OR r.edition BETWEEN n.published_year - 1 AND n.published_year)))
    QUALIFY row_number() OVER (
        PARTITION BY n.quantity_id
        ORDER BY coalesce(r.edition <= n.published_year, true) DESC,
                 CASE WHEN coalesce(r.edition <= n.published_year, true) THEN r.edition END DESC,
                 r.edition, r.year DESC
    ) = 1
)
SELECT
    m.quantity_id,
    m.article_id,
    m.published_at,
    m.source,
    m.metric,
    m.country,
    m.element,
    m.year,
    m.value,
    m.value_max,
    m.qualifier,
    q.sentence,
    statistic AS reference_statistic,
    reference_year,
    reference_value,
    reference_qualifier,
    reference_basis,
    edition AS reference_edition,
    publication AS reference_publication,
    reference_source_url,
    m.value / nullif(reference_value, 0) AS ratio,
    CASE
        WHEN reference_value IS NULL THEN 'withheld'
        WHEN reference_value = 0 THEN 'reference_zero'
        WHEN low > reference_high AND low - reference_high > 0.10 * greatest(low, reference_value) THEN 'higher'
        WHEN reference_value > high AND reference_value - high > 0.10 * greatest(high, reference_value) THEN 'lower'
        ELSE 'agrees'
    END AS verdict
FROM matched AS m
JOIN {quantities} AS q USING (quantity_id);
