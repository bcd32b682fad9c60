-- Bookkeeping of the schema itself, created before any migration (storage/migrations.py).

CREATE TABLE IF NOT EXISTS schema_version (
    version    INTEGER PRIMARY KEY,
    name       VARCHAR NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);
COMMENT ON TABLE schema_version IS 'One row per applied migration (storage/sql/migrations/NNNN_name.sql), written in the same transaction as the migration itself. The schema version is max(version).';
COMMENT ON COLUMN schema_version.version IS 'Migration number (NNNN in the file name).';
COMMENT ON COLUMN schema_version.name IS 'Migration name (the file name without number and .sql).';
COMMENT ON COLUMN schema_version.applied_at IS 'When the migration was applied (UTC).';

CREATE TABLE IF NOT EXISTS schema_views (
    view_name  VARCHAR PRIMARY KEY,
    sql_hash   VARCHAR NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);
COMMENT ON TABLE schema_views IS 'The views created from storage/sql/views/*.sql, with a hash of each file, so that a writer recreates them only when a file changed or a migration ran.';
COMMENT ON COLUMN schema_views.view_name IS 'View name (the file name without .sql).';
COMMENT ON COLUMN schema_views.sql_hash IS 'SHA-256 of the view file the view was created from.';
COMMENT ON COLUMN schema_views.created_at IS 'When the view was last (re)created (UTC).';
