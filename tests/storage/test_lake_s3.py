"""A DuckLake whose data files live in an S3-compatible bucket (docs/scale-out.md, "The shared
data path"): the operator creates a persistent DuckDB secret once per machine, ingests with
`--data-path s3://…`, and every later command finds the files through the lake alone.

The bucket is served by moto's S3 service on 127.0.0.1; DuckDB's httpfs speaks plain S3 to it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tests.engines import S3Server

ORE = str(Path(sys.executable).parent / "orewatch")


@pytest.fixture
def s3():
    server = S3Server().start()
    yield server
    server.stop()


@pytest.fixture
def operator_home(tmp_path, s3) -> Path:
    """A home folder holding the machine's persistent S3 secret, as the guide creates it."""
    import duckdb_extensions

    home = tmp_path / "home"
    secrets = home / ".duckdb" / "stored_secrets"
    secrets.mkdir(parents=True)
    con = duckdb.connect(config={"secret_directory": str(secrets)})
    duckdb_extensions.import_extension("httpfs", con=con)
    con.execute("LOAD httpfs")
    con.execute(s3.secret_sql())
    con.close()
    return home


def _orewatch(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([ORE, *args], env=env, capture_output=True, text=True, timeout=600)


def test_a_lake_with_its_data_in_a_bucket_is_written_and_read_back(
        postgres, s3, operator_home, article_dir, prefect_api, tmp_path):
    lake = postgres.lake_url(postgres.create_database("s3lake"))
    env = {**os.environ, "HOME": str(operator_home), "PREFECT_API_URL": prefect_api,
           "OREWATCH_REPORTS": str(tmp_path / "reports"),
           "OREWATCH_SEARCH_INDEX": str(tmp_path / "search-index.duckdb")}
    for name in ("OREWATCH_DB", "OREWATCH_DATA_PATH"):
        env.pop(name, None)

    ingest = _orewatch(["ingest", str(article_dir), "--db", lake, "--data-path", f"s3://{s3.bucket}/orewatch/"], env)
    assert ingest.returncode == 0, ingest.stderr

    # The data files went to the bucket, under the prefix, and nowhere on the local disk.
    keys = s3.keys()
    assert keys and all(key.startswith("orewatch/") and key.endswith(".parquet") for key in keys)
    assert not [p for p in tmp_path.rglob("*.parquet")]

    # A later command names only the lake: it remembers the bucket and reads the files from it,
    # and holds what the same ingest stores in a DuckDB file.
    file_db = tmp_path / "file" / "orewatch.duckdb"
    assert _orewatch(["ingest", str(article_dir), "--db", str(file_db)], env).returncode == 0
    status = _orewatch(["status", "--db", lake, "--format", "json"], env)
    assert status.returncode == 0, status.stderr
    file_status = _orewatch(["status", "--db", str(file_db), "--format", "json"], env)
    lake_counts, file_counts = (json.loads(s.stdout)[0]["counts"] for s in (status, file_status))
    assert lake_counts["articles"] == 2 and lake_counts == file_counts

    titles = "SELECT title FROM articles ORDER BY title"
    query = _orewatch(["query", titles, "--db", lake, "--format", "json"], env)
    assert query.returncode == 0, query.stderr
    assert [row["title"] for row in json.loads(query.stdout)] == [
        "Canberra backs new gallium refinery", "Vietnam sets rare earth export limits"]
