"""The storage errors callers catch to print one clear line instead of a traceback."""


class StorageError(Exception):
    """A database problem worth one clear line to the user (no traceback)."""


class DatabaseBusy(StorageError):
    """Another process is writing the database, or holds the ingest lock."""


class QueryError(StorageError):
    """A read failed: bad SQL, no database yet, or a writer that did not let go in time."""


class DatabaseMissing(QueryError):
    """A reader was pointed at a database file that does not exist."""


class ReaderBusy(DatabaseBusy, QueryError):
    """A reader gave up waiting for another process's write (both a busy and a query error)."""


class SchemaError(StorageError):
    """The database's schema cannot be brought to this code's version."""
