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
