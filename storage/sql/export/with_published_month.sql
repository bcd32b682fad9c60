-- A relation's rows plus the month its article was published (YYYY-MM by the day the source
-- printed, else the UTC day; 'unknown' when undated): the partition key of Parquet exports.
-- A template: orewatch.storage.export fills in {relation}, {join}, {published_at} and
-- {published_local} from a fixed list of the database's own relation names.
SELECT
    r.*,
    coalesce(strftime(coalesce(TRY_CAST(left({published_local}, 10) AS DATE),
                               CAST(timezone('UTC', {published_at}) AS DATE)), '%Y-%m'),
             'unknown') AS published_month
FROM "{relation}" AS r
{join}
