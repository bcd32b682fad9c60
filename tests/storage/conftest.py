"""Fixtures of the storage tests: a fresh database path in tmp_path (file-only tests); the
`store` fixture of tests/conftest.py runs a test on a DuckDB file and on a DuckLake."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "orewatch.duckdb"
