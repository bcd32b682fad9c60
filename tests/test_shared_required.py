"""Tests that read ../shared skip in a clone without it, and fail in CI, which always has it:
.ci/run exports OREWATCH_REQUIRE_SHARED=1 (docs/evaluation.md, "CI")."""

from __future__ import annotations

import subprocess

import pytest

from tests import conftest
from tests.conftest import REPO, skip_without_shared


def test_shared_required_absent_path_fails_in_ci_and_skips_elsewhere(monkeypatch, tmp_path):
    monkeypatch.setattr(conftest, "SHARED_REQUIRED", True)
    with pytest.raises(pytest.fail.Exception, match="OREWATCH_REQUIRE_SHARED=1"):
        skip_without_shared(tmp_path / "absent")
    monkeypatch.setattr(conftest, "SHARED_REQUIRED", False)
    with pytest.raises(pytest.skip.Exception):
        skip_without_shared(tmp_path / "absent")
    skip_without_shared(tmp_path)  # present: the test goes on


def test_shared_required_set_by_the_ci_script():
    script = REPO / ".ci" / "run"
    shown = subprocess.run(["bash", "-c", f"source <(grep '^export ' {script}); echo $OREWATCH_REQUIRE_SHARED"],
                           capture_output=True, text=True, check=True)
    assert shown.stdout.strip() == "1"
