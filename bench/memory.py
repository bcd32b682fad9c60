"""Peak memory of whole commands, as an operator runs them: the resident set size (RSS) of the
command's process and of all its descendants, summed, sampled every 0.1 s until it exits.

`python bench/memory.py --sizes 1000 10000 100000` prints, for `orewatch extract` and
`orewatch ingest` on generated corpora of each size, the peak RSS and the time taken; memory
is flat when the peak does not grow with the size (the issue's target: within 10 % between
10,000 and 100,000 articles). `python bench/memory.py --night-on bench/out/analysts-1000000.duckdb`
prints the peak of one night's ingest (1,000 new articles) into a copy of a million-article database."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.corpus import write_corpus  # noqa: E402

OUT = ROOT / "bench" / "out"
ORE = str(Path(sys.executable).parent / "orewatch")
SAMPLE_SECONDS = 0.1
NIGHT_ARTICLES = 1_000


@dataclass(frozen=True)
class Peak:
    command: str
    articles: int
    seconds: float
    peak_tree_mb: float  # the process and its descendants, summed
    peak_main_mb: float  # the command's own process

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds


def _rss(process: psutil.Process) -> tuple[int, int]:
    """(RSS of the process, RSS of it and its descendants) in bytes; 0 for those gone."""
    try:
        main = process.memory_info().rss
        children = process.children(recursive=True)
    except psutil.Error:
        return 0, 0
    total = main
    for child in children:
        try:
            total += child.memory_info().rss
        except psutil.Error:
            pass
    return main, total


def measure(command: list[str], label: str, articles: int, env: dict[str, str]) -> Peak:
    """Run `command` (stdout discarded) and return its time and peak RSS."""
    started = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    process = psutil.Process(proc.pid)
    peak_main = peak_tree = 0
    while proc.poll() is None:
        main, tree = _rss(process)
        peak_main, peak_tree = max(peak_main, main), max(peak_tree, tree)
        time.sleep(SAMPLE_SECONDS)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"{label} failed ({proc.returncode}): {proc.stderr.read()[-2000:]}")
    return Peak(label, articles, seconds, peak_tree / 2**20, peak_main / 2**20)


def memory_profile(sizes: list[int], prefect_api: str | None,
                   commands: tuple[str, ...] = ("extract", "ingest")) -> list[Peak]:
    """extract and ingest (into a fresh DuckDB file) at each size. With `prefect_api`, ingest
    reports to that server; without it, ingest runs its own temporary server, which is then
    part of its process tree."""
    env = _command_env(prefect_api)
    peaks = []
    for size in sizes:
        corpus = write_corpus(OUT / f"corpus-{size}.jsonl", size)
        measured = []
        if "extract" in commands:
            measured.append(measure([ORE, "extract", str(corpus), "--format", "jsonl"], "extract", size, env))
        if "ingest" in commands:
            measured.append(_ingest_peak(corpus, size, env))
        for peak in measured:
            print(f"{peak.command:8} {size:>8,} articles  peak {peak.peak_tree_mb:6.0f} MB (process tree), "
                  f"{peak.peak_main_mb:6.0f} MB (the command)  {peak.seconds:7.1f} s  "
                  f"{peak.articles_per_s:5.0f} articles/s", flush=True)
        peaks += measured
    return peaks


def _command_env(prefect_api: str | None) -> dict[str, str]:
    """The measured commands' environment: reporting to `prefect_api`, or each starting its
    own temporary Prefect server (then part of its process tree)."""
    env = {**os.environ, "PREFECT_LOGGING_LEVEL": "WARNING"}
    env.pop("PREFECT_API_URL", None)
    if prefect_api:
        env["PREFECT_API_URL"] = prefect_api
    return env


def _database_files(db: Path) -> list[Path]:
    """A DuckDB file and what a writer leaves beside it."""
    return [Path(f"{db}{suffix}") for suffix in ("", ".wal", ".lock")]


def _ingest_peak(corpus: Path, size: int, env: dict[str, str]) -> Peak:
    """`orewatch ingest` of the corpus into a new DuckDB file, deleted afterwards."""
    db = OUT / f"memory-{size}.duckdb"
    files = _database_files(db)
    for file in files:
        file.unlink(missing_ok=True)
    try:
        return measure([ORE, "ingest", str(corpus), "--db", str(db)], "ingest", size, env)
    finally:
        for file in files:
            file.unlink(missing_ok=True)


def night_peak(database: Path, prefect_api: str | None) -> Peak:
    """`orewatch ingest` of 1,000 new generated articles into a copy of `database` (a night
    at scale: `make bench-analysts` keeps a database of 1,005,000 articles), copy deleted after."""
    env = _command_env(prefect_api)
    corpus = write_corpus(OUT / "corpus-night.jsonl", NIGHT_ARTICLES, seed=20261207)
    copy = OUT / "memory-night.duckdb"
    files = _database_files(copy)
    try:
        shutil.copyfile(database, copy)
        peak = measure([ORE, "ingest", str(corpus), "--db", str(copy)], "night", NIGHT_ARTICLES, env)
    finally:
        for file in files:
            file.unlink(missing_ok=True)
    print(f"night    {NIGHT_ARTICLES:>8,} articles into a copy of {database.name}  peak {peak.peak_tree_mb:6.0f} MB "
          f"(process tree)  {peak.seconds:7.1f} s", flush=True)
    return peak


def as_rows(peaks: list[Peak]) -> list[dict]:
    return [{**asdict(p), "articles_per_s": p.articles_per_s} for p in peaks]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--temporary-server", action="store_true",
                        help="let each ingest start its own temporary Prefect server (counted in its tree)")
    parser.add_argument("--commands", nargs="+", choices=["extract", "ingest"], default=["extract", "ingest"],
                        help="which commands to measure (default: both)")
    parser.add_argument("--night-on", type=Path, metavar="DB",
                        help="instead: one night's ingest of 1,000 new articles into a copy of DB "
                             "(bench/out/analysts-1000000.duckdb after `make bench-analysts`)")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    if args.temporary_server:
        night_peak(args.night_on, None) if args.night_on else memory_profile(args.sizes, None, tuple(args.commands))
        return
    from orewatch.flows.server import local_prefect_server

    with local_prefect_server(services=False) as url:
        night_peak(args.night_on, url) if args.night_on else memory_profile(args.sizes, url, tuple(args.commands))


if __name__ == "__main__":
    main()
