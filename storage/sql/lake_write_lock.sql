-- The lake's write lock (storage/lake.py write_lock): a PostgreSQL advisory lock, taken on the
-- catalog of the lake attached as `lake`, held until the transaction that took it ends.
-- Its key is "orewatch" in ASCII, as a bigint.
SELECT * FROM postgres_query('__ducklake_metadata_lake', 'SELECT pg_advisory_xact_lock(8030592648965546856)::text')
