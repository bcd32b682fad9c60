"""Where the orewatch database is: one setting for both kinds of store.

- A DuckDB file (the default, `data/orewatch.duckdb`): one machine, one writing process.
- A DuckLake: `ducklake:postgres:dbname=… host=… port=… user=…`, its catalog in PostgreSQL
  and its data files (Parquet) in a folder every machine shares (`--data-path`), so that
  editors, analysts and ingests on several machines use one database (docs/scale-out.md).

The setting comes from `--db` (and `--data-path`), else `$OREWATCH_DB` (and
`$OREWATCH_DATA_PATH`), else the `[database]` table of sources.toml, else the default file.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from orewatch.storage.errors import StorageError

DEFAULT_DB_PATH = Path("data/orewatch.duckdb")
DB_ENV_VAR = "OREWATCH_DB"
DATA_PATH_ENV_VAR = "OREWATCH_DATA_PATH"
SOURCES_ENV_VAR = "OREWATCH_SOURCES"
DEFAULT_SOURCES_FILE = "sources.toml"
LAKE_PREFIX = "ducklake:"
# The catalogs orewatch supports: PostgreSQL lets several machines write at once (a DuckDB
# file catalog allows one process, a SQLite catalog fails under two writers).
LAKE_CATALOGS = ("postgres:",)
_PASSWORD = re.compile(r"(password\s*=\s*)([^\s'\"]+)", re.IGNORECASE)


@dataclass(frozen=True)
class Store:
    """A database location: a DuckDB file path, or a DuckLake URL with its data path."""

    location: str
    data_path: str | None = None

    @property
    def is_lake(self) -> bool:
        return self.location.startswith(LAKE_PREFIX)

    @property
    def path(self) -> Path:
        """The DuckDB file (file stores only)."""
        if self.is_lake:
            raise ValueError(f"{self} is a DuckLake, not a file")
        return Path(self.location)

    @property
    def catalog(self) -> str:
        """The lake's catalog connection string, `postgres:dbname=…` (lake stores only)."""
        return self.location[len(LAKE_PREFIX):]

    def __str__(self) -> str:
        """The location for messages: a password in the URL is never shown."""
        return hide_password(self.location)


def hide_password(text: str) -> str:
    """`password=…` of a connection string replaced by `password=***`."""
    return _PASSWORD.sub(r"\1***", text)


def check_store(store: Store) -> Store:
    """Refuse a lake URL orewatch cannot use, in one line."""
    if store.is_lake and not store.catalog.startswith(LAKE_CATALOGS):
        raise StorageError(
            f"{store}: the DuckLake catalog must be PostgreSQL, "
            "like ducklake:postgres:dbname=orewatch host=HOST user=USER"
        )
    return store


def _database_table(sources_file: str | os.PathLike | None) -> tuple[str | None, str | None]:
    """`db` and `data_path` of sources.toml's [database] table (a relative file path counts
    from the sources file's folder); (None, None) when there is no such file or table."""
    path = Path(sources_file or os.environ.get(SOURCES_ENV_VAR) or DEFAULT_SOURCES_FILE)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None, None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise StorageError(f"{path}: not valid TOML ({exc})") from None
    table = data.get("database", {})
    if not isinstance(table, dict):
        raise StorageError(f"{path}: [database] must be a table with db and data_path")
    unknown = set(table) - {"db", "data_path"}
    if unknown:
        raise StorageError(f"{path}: [database]: unknown key(s) {', '.join(sorted(unknown))}")
    db, data_path = table.get("db"), table.get("data_path")
    for name, value in (("db", db), ("data_path", data_path)):
        if value is not None and (not isinstance(value, str) or not value):
            raise StorageError(f"{path}: [database] {name} must be a non-empty string")
    base = path.resolve().parent
    if db and not db.startswith(LAKE_PREFIX):
        db = str(base / db)
    return db, _absolute_data_path(data_path, base)


def _absolute_data_path(value: str | None, base: Path) -> str | None:
    """A local data path made absolute (the lake records it for every other machine and
    process), with a trailing slash; a URL such as s3://bucket/lake/ is kept as it is."""
    if not value or "://" in value:
        return value
    return str((base / value).resolve()) + "/"


def resolve_store(
    db: str | os.PathLike | Store | None = None,
    data_path: str | os.PathLike | None = None,
    sources_file: str | os.PathLike | None = None,
) -> Store:
    """The store named by the argument, else $OREWATCH_DB, else sources.toml's [database],
    else data/orewatch.duckdb; its data path likewise (argument, $OREWATCH_DATA_PATH, sources.toml)."""
    if isinstance(db, Store):
        return db
    location = str(db) if db else os.environ.get(DB_ENV_VAR)
    data = str(data_path) if data_path else os.environ.get(DATA_PATH_ENV_VAR)
    data = _absolute_data_path(data, Path.cwd())
    if not location or (location.startswith(LAKE_PREFIX) and not data):
        from_file, data_from_file = _database_table(sources_file)
        location = location or from_file
        data = data or data_from_file
    return check_store(Store(location or str(DEFAULT_DB_PATH), data or None))


def resolve_db_path(arg: str | os.PathLike | None = None) -> Path:
    """The database file: the argument, else $OREWATCH_DB, else data/orewatch.duckdb."""
    if arg:
        return Path(arg)
    env = os.environ.get(DB_ENV_VAR)
    return Path(env) if env else DEFAULT_DB_PATH
