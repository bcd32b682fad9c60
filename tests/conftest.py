"""Shared fixtures: repository paths, the optional ../shared folder, our own article files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
ORE = str(Path(sys.executable).parent / "orewatch")


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
    if not (SHARED / "SPEC.md").exists():
        pytest.skip("../shared is absent")
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
