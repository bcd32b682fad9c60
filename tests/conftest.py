"""Shared fixtures: repository paths, the optional ../shared folder, our own article files,
and the real engines of a shared store: PostgreSQL for DuckLake catalogs, a Dask cluster."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from orewatch.storage.stores import Store
from tests.engines import PostgresCluster, postgres_bin_dir

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
ORE = str(Path(sys.executable).parent / "orewatch")
# CI always has ../shared: .ci/run exports OREWATCH_REQUIRE_SHARED=1, and a test that needs it
# then fails where it would skip in a clone without it (docs/evaluation.md, "CI").
SHARED_REQUIRED = os.environ.get("OREWATCH_REQUIRE_SHARED") == "1"


def skip_without_shared(path: Path) -> None:
    """Skip the test when `path` (under ../shared) is absent; fail it where ../shared is
    required (CI)."""
    if path.exists():
        return
    if SHARED_REQUIRED:
        pytest.fail(f"{path} is absent, and OREWATCH_REQUIRE_SHARED=1 (CI) requires ../shared")
    pytest.skip(f"{path} is absent")


@pytest.fixture(scope="session")
def prefect_api():
    """One Prefect test server for the session; its URL lets CLI subprocesses use it too."""
    from prefect.settings import PREFECT_API_URL
    from prefect.testing.utilities import prefect_test_harness

    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")  # no telemetry: no network here
    with prefect_test_harness(server_startup_timeout=120):
        yield PREFECT_API_URL.value()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    skip_without_shared(SHARED / "SPEC.md")
    return SHARED


def run_cli(*args: str, env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run the installed `orewatch` console script as a user would."""
    full_env = {**os.environ, "PREFECT_LOGGING_LEVEL": "WARNING", **(env or {})}
    return subprocess.run([ORE, *args], capture_output=True, text=True, env=full_env, timeout=timeout)


WIRE_ARTICLE = """Canberra backs new gallium refinery
Metals Desk Wire · 2025-06-12 09:30

Australia will lend A$200 million to a gallium refinery in Western Australia, the government said on Thursday.
The plant is expected to produce about 50 tonnes of gallium a year from 2027.
China produces roughly 98% of the world's primary gallium.
"""


@pytest.fixture
def article_dir(tmp_path: Path) -> Path:
    """A folder with two small articles of our own, plain text and JSON Lines."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "gallium.txt").write_text(WIRE_ARTICLE, encoding="utf-8")
    (folder / "wire.jsonl").write_text(
        '{"title": "Vietnam sets rare earth export limits", "text": "Vietnam said on Monday it would cap exports of rare earths at 10,000 tonnes this year.", '
        '"url": "http://news.example.org/vn-ree?utm_source=feed", "source": "Example Wire", "published": "2025-03-03T10:00:00+07:00"}\n',
        encoding="utf-8",
    )
    return folder


@pytest.fixture(scope="session")
def postgres():
    """A private PostgreSQL cluster on 127.0.0.1 for the whole session (DuckLake catalogs)."""
    bin_dir = postgres_bin_dir()
    if bin_dir is None:
        pytest.fail("PostgreSQL is not installed: `make test` installs it (apt-get install postgresql)")
    cluster = PostgresCluster(bin_dir).start()
    yield cluster
    cluster.stop()


@pytest.fixture
def lake_store(postgres, tmp_path, monkeypatch) -> Store:
    """A new, empty DuckLake: its own PostgreSQL database, its data files in tmp_path (and
    the digest pages of its ingests, which would go to ./reports, and its search index)."""
    from orewatch.storage.lake import detach_lakes

    monkeypatch.setenv("OREWATCH_REPORTS", str(tmp_path / "reports"))
    monkeypatch.setenv("OREWATCH_SEARCH_INDEX", str(tmp_path / "search-index.duckdb"))

    yield Store(postgres.lake_url(postgres.create_database()), f"{tmp_path / 'lake-data'}/")
    detach_lakes()


@pytest.fixture
def file_store(tmp_path) -> Store:
    return Store(str(tmp_path / "data" / "orewatch.duckdb"))


@pytest.fixture(params=["file", "lake"])
def store(request) -> Store:
    """Each test using it runs twice: on a DuckDB file, and on a DuckLake on PostgreSQL."""
    return request.getfixturevalue(f"{request.param}_store")


def store_args(store: Store) -> list[str]:
    """The command-line options naming a store."""
    return ["--db", store.location] + (["--data-path", store.data_path] if store.data_path else [])


@pytest.fixture(scope="session")
def dask_scheduler(prefect_api):
    """The address of a Dask scheduler with two workers on 127.0.0.1, reporting their task
    runs to the session's Prefect server."""
    from orewatch.flows.cluster import local_dask_cluster

    env = {"PREFECT_API_URL": prefect_api, "PREFECT_LOGGING_LEVEL": "WARNING", "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    with local_dask_cluster(workers=2, env=env) as address:
        yield address


def _ingest(db: Path, items: list[str], reports: Path) -> Path:
    from orewatch.flows.nightly import nightly_ingest

    summary = nightly_ingest(items=items, db=str(db), reports_dir=str(reports))
    assert summary.status == "completed", summary.problems
    return db


@pytest.fixture(scope="session")
def fixture_db(prefect_api, tmp_path_factory) -> Path:
    """The fixture database: our own articles (fixtures/articles) through the real flow, as
    `make run` builds it. Read-only for the tests: copy it before writing to it."""
    folder = tmp_path_factory.mktemp("fixture-db")
    return _ingest(folder / "orewatch.duckdb", [str(REPO / "fixtures" / "articles")], folder / "reports")


@pytest.fixture(scope="session")
def shared_db(prefect_api, shared_dir, tmp_path_factory) -> Path:
    """A database of ../shared/seeds and ../shared/corpus through the real flow (skipped
    when ../shared is absent). Read-only for the tests."""
    folder = tmp_path_factory.mktemp("shared-db")
    return _ingest(folder / "orewatch.duckdb", [str(shared_dir / "seeds"), str(shared_dir / "corpus")],
                   folder / "reports")


def rows_of(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    """Rows of a query on a read-only connection."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()
