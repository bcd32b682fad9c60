"""Fixtures of the review page's tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.review.support import CHROMIUM


@pytest.fixture(scope="session")
def chromium() -> str:
    if not Path(CHROMIUM).exists():  # `make test` installs it; a bare pytest may lack it
        pytest.fail(f"{CHROMIUM} is missing: run `make test` (it installs Debian's chromium)")
    return CHROMIUM


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "orewatch.duckdb"


def copy_db(source: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target
