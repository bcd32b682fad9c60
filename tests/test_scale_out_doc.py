"""docs/scale-out.md works as written: its "One machine on loopback" walk-through, run block
by block in one bash, as a newcomer pastes it, ends with a lake that `orewatch status` reads.

It runs on free ports, in a temporary $LAB; whatever it started is stopped afterwards."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.engines import free_port, postgres_bin_dir

DOC = REPO / "docs" / "scale-out.md"
SECTION = "## One machine on loopback"


def walkthrough_blocks() -> list[str]:
    """The bash blocks of the walk-through section, in order."""
    text = DOC.read_text(encoding="utf-8")
    section = text.split(SECTION, 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```bash\n(.*?)```", section, re.DOTALL)


def test_scale_out_doc_walkthrough_gives_a_lake_status_reads():
    if postgres_bin_dir() is None:
        pytest.fail("PostgreSQL is not installed: `make test` installs it")
    blocks = walkthrough_blocks()
    assert len(blocks) >= 5 and "orewatch status" in "".join(blocks)
    lab = Path(tempfile.mkdtemp(prefix="orewatch-lab-"))
    user = "postgres" if os.geteuid() == 0 else None
    if user:  # the page's own `pg` runs PostgreSQL as postgres, who must reach $LAB
        shutil.chown(lab, user, user)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "OREWATCH_"))}
    env.update(LAB=str(lab / "lab"), PGPORT=str(free_port()), PREFECT_PORT=str(free_port()),
               DASK_PORT=str(free_port()), PREFECT_SERVER_ANALYTICS_ENABLED="false",
               PREFECT_LOGGING_LEVEL="WARNING")
    script = "set -euo pipefail\n" + "\n".join(blocks)
    proc = subprocess.Popen(["bash", "-c", script], cwd=REPO, env=env, start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        out, err = proc.communicate(timeout=600)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        try:
            os.killpg(proc.pid, signal.SIGTERM)  # whatever the script left in its session
        except ProcessLookupError:
            pass
        pg = lab / "lab" / "pg"
        if (pg / "postmaster.pid").exists():
            subprocess.run([str(postgres_bin_dir() / "pg_ctl"), "-D", str(pg), "-m", "immediate", "stop"],
                           user=user, capture_output=True)
        shutil.rmtree(lab, ignore_errors=True)
    assert proc.returncode == 0, err[-4000:]
    read = re.search(r"(\d+) articles read from 1 source\(s\): (\d+) new", out)
    assert read and read.group(1) == read.group(2) and int(read.group(1)) > 40, out  # fixtures/articles
    stored = read.group(1)
    assert re.search(r"database ducklake:postgres:dbname=orewatch .*\(schema version \d+\)", out), out
    assert re.search(rf"^articles\s+{stored}$", out, re.MULTILINE), out
    assert re.search(rf"run_\w+\s+\S+\s+completed\s+{stored}\s+{stored}", out), out
