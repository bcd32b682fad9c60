"""The real engines some tests need, started by the tests themselves on loopback and torn
down after: a private PostgreSQL cluster (Debian's `postgresql` package: `initdb` in a
temporary folder, a free port on 127.0.0.1) for DuckLake catalogs, and a Dask scheduler with
two workers (orewatch.flows.cluster.local_dask_cluster). `make test` installs PostgreSQL
when it is missing."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from orewatch.flows.server import end_with_parent

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def postgres_bin_dir() -> Path | None:
    """The newest installed PostgreSQL's bin folder (Debian: /usr/lib/postgresql/N/bin)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    return Path(found[-1]).parent if found else None


class PostgresCluster:
    """A throwaway PostgreSQL cluster. As root it runs as the `postgres` user (initdb refuses
    root); connections are trusted, from 127.0.0.1 only."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.user = "postgres" if os.geteuid() == 0 else None
        self.folder = Path(tempfile.mkdtemp(prefix="orewatch-pg-"))
        self.port = free_port()
        self.process: subprocess.Popen | None = None
        self._databases = 0

    def _run_as_owner(self, *args: str) -> None:
        subprocess.run(list(args), check=True, capture_output=True, user=self.user, cwd=self.folder)

    def start(self) -> PostgresCluster:
        if self.user:
            owner = pwd.getpwnam(self.user)
            os.chown(self.folder, owner.pw_uid, owner.pw_gid)
        self._run_as_owner(str(self.bin_dir / "initdb"), "-D", str(self.folder / "data"), "-U", "postgres",
                           "--auth=trust", "-E", "UTF8", "--no-locale")
        self.process = subprocess.Popen(
            [str(self.bin_dir / "postgres"), "-D", str(self.folder / "data"), "-p", str(self.port),
             "-k", str(self.folder), "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off",
             "-c", "max_connections=300"],
            user=self.user, cwd=self.folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=end_with_parent(),
        )
        deadline = time.monotonic() + 60
        while subprocess.run([str(self.bin_dir / "pg_isready"), "-h", "127.0.0.1", "-p", str(self.port)],
                             capture_output=True).returncode != 0:
            assert self.process.poll() is None, "postgres exited during start-up"
            assert time.monotonic() < deadline, "postgres did not accept connections within 60 s"
            time.sleep(0.2)
        return self

    def create_database(self, prefix: str = "lake") -> str:
        """A new empty database; returns its name."""
        self._databases += 1
        name = f"{prefix}_{self._databases}"
        subprocess.run([str(self.bin_dir / "createdb"), "-h", "127.0.0.1", "-p", str(self.port),
                        "-U", "postgres", name], check=True, capture_output=True)
        return name

    def lake_url(self, database: str) -> str:
        return f"ducklake:postgres:dbname={database} host=127.0.0.1 port={self.port} user=postgres"

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)  # PostgreSQL's fast shutdown
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.folder, ignore_errors=True)


class S3Server:
    """An S3-compatible HTTP server on 127.0.0.1 (moto's S3 service, in its own process) with
    one empty bucket; DuckDB's httpfs talks to it as to any S3 endpoint, with path-style URLs."""

    KEY_ID, SECRET, REGION = "orewatch-test", "orewatch-test-secret", "us-east-1"

    def __init__(self, bucket: str = "orewatch-lake") -> None:
        self.bucket = bucket
        self.port = free_port()
        self.process: subprocess.Popen | None = None

    @property
    def endpoint(self) -> str:
        return f"127.0.0.1:{self.port}"

    def client(self):
        import boto3

        return boto3.client("s3", endpoint_url=f"http://{self.endpoint}", region_name=self.REGION,
                            aws_access_key_id=self.KEY_ID, aws_secret_access_key=self.SECRET)

    def start(self) -> S3Server:
        server = Path(sys.executable).parent / "moto_server"
        self.process = subprocess.Popen([str(server), "-H", "127.0.0.1", "-p", str(self.port)],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                        preexec_fn=end_with_parent())
        deadline = time.monotonic() + 60
        while True:
            try:
                self.client().create_bucket(Bucket=self.bucket)
                return self
            except Exception:  # not listening yet
                assert self.process.poll() is None, "moto_server exited during start-up"
                assert time.monotonic() < deadline, "the S3 server did not answer within 60 s"
                time.sleep(0.2)

    def keys(self, prefix: str = "") -> list[str]:
        pages = self.client().get_paginator("list_objects_v2").paginate(Bucket=self.bucket, Prefix=prefix)
        return sorted(item["Key"] for page in pages for item in page.get("Contents", []))

    def secret_sql(self, name: str = "orewatch_s3") -> str:
        """The persistent DuckDB secret an operator creates once per machine (docs/scale-out.md)."""
        return (f"CREATE PERSISTENT SECRET {name} (TYPE s3, KEY_ID '{self.KEY_ID}', SECRET '{self.SECRET}', "
                f"REGION '{self.REGION}', ENDPOINT '{self.endpoint}', URL_STYLE 'path', USE_SSL false)")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
