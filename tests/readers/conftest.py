"""Fixtures for the readers' tests: our fixture folder and a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from readers_http_server import ScriptedServer

from orewatch.readers.fetch import clear_robots_cache
from tests.conftest import SHARED, skip_without_shared

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "readers"


@pytest.fixture
def server():
    """A fresh server on an ephemeral port, and a fresh robots.txt cache."""
    clear_robots_cache()
    srv = ScriptedServer()
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()
    clear_robots_cache()


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture
def shared_seeds() -> Path:
    seeds = SHARED.resolve() / "seeds"
    skip_without_shared(seeds)
    return seeds
