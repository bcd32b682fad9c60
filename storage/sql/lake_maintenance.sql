-- Upkeep of a DuckLake store, run by the nightly flow after each ingest (storage/lake.py).
--
-- Every insert into a lake writes at least one Parquet file (small inserts, such as a run's
-- row or an editor's decision, are kept in the catalog until flushed), and every commit is a
-- snapshot that keeps the files it saw. So, in this order:
--   1. write rows still kept in the catalog into Parquet files;
--   2. merge adjacent small files of each table into larger ones;
--   3. forget snapshots older than the retention (? = days; time travel goes back that far);
--   4. delete the files that no remaining snapshot needs, once they are that old too.

CALL ducklake_flush_inlined_data('lake');
CALL ducklake_merge_adjacent_files('lake');
CALL ducklake_expire_snapshots('lake', older_than => now() - to_days(?));
CALL ducklake_cleanup_old_files('lake', older_than => now() - to_days(?));
