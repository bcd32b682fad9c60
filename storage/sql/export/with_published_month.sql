-- A relation's rows plus the month its article was published (YYYY-MM, by the day the source
-- printed: view publication_days; 'unknown' when undated): the partition key of Parquet
-- exports. A template: orewatch.storage.export fills in {relation} and {join} (how a row
-- reaches its article_id) from the database's own relation and column names.
SELECT r.*, coalesce(strftime(d.month, '%Y-%m'), 'unknown') AS published_month
FROM "{relation}" AS r
{join}
