"""`make bench`: throughput of extraction against bare tokenization, of `orewatch ingest`
(read + extract + store, through the Prefect flow) against `orewatch extract`, what the run's
story refresh costs within the ingest, and `orewatch ingest --dask` on 1 and 2 workers with
the per-task overhead (bench/cluster.py), on one generated corpus, in one run. Prints a table
and writes bench/out/results.json. Peak memory is bench/memory.py's."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.cluster import bench_cluster, cluster_size, report  # noqa: E402
from bench.corpus import write_corpus  # noqa: E402
from orewatch.flows.server import local_prefect_server  # noqa: E402

OUT = ROOT / "bench" / "out"
BIN = Path(sys.executable).parent


def _articles(corpus: Path):
    from orewatch.readers import ReadOptions, read_paths

    return read_paths([corpus], ReadOptions()).articles


def bench_extraction(corpus: Path) -> dict:
    """Extraction pipeline vs `spacy.blank("en").pipe` over the same texts, same process."""
    import spacy

    from orewatch.extractors.extract import extract_articles
    from orewatch.extractors.pipeline import build_pipeline

    articles = _articles(corpus)
    texts = [t for a in articles for t in (a.title, a.text)]
    words = sum(len(t.split()) for t in texts)
    nlp, blank = build_pipeline(), spacy.blank("en")
    extract_articles(articles[:200], nlp=nlp)  # warm-up
    list(blank.pipe(texts[:400]))
    start = time.perf_counter()
    for _ in blank.pipe(texts, batch_size=256):
        pass
    tokenize_s = time.perf_counter() - start
    start = time.perf_counter()
    extract_articles(articles, nlp=nlp)
    extract_s = time.perf_counter() - start
    return {
        "articles": len(articles), "words": words,
        "tokenize_s": tokenize_s, "extract_s": extract_s,
        "tokenize_articles_per_s": len(articles) / tokenize_s,
        "extract_articles_per_s": len(articles) / extract_s,
        "extract_words_per_s": words / extract_s,
        "extract_over_tokenize": extract_s / tokenize_s,
    }


def _timed(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def bench_cli(corpus: Path, articles: int) -> dict:
    """Whole commands, as an operator runs them: extract alone, then ingest into a fresh
    database, with Prefect's temporary server (no PREFECT_API_URL) and with a running one."""
    env = {**os.environ, "PREFECT_LOGGING_LEVEL": "WARNING"}
    env.pop("PREFECT_API_URL", None)
    orewatch = str(BIN / "orewatch")
    db = OUT / "bench.duckdb"
    results = {"extract_s": _timed([orewatch, "extract", str(corpus), "--format", "jsonl"], env)}
    for label, api_env in (("ingest_ephemeral_s", {}), ("ingest_server_s", None)):
        for suffix in ("", ".wal", ".lock"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        if api_env is None:
            with local_prefect_server(env) as url:
                results[label] = _timed([orewatch, "ingest", str(corpus), "--db", str(db)],
                                        {**env, "PREFECT_API_URL": url})
        else:
            results[label] = _timed([orewatch, "ingest", str(corpus), "--db", str(db)], env)
    for key in ("extract_s", "ingest_ephemeral_s", "ingest_server_s"):
        results[key[: -len("_s")] + "_articles_per_s"] = articles / results[key]
    results["ingest_over_extract_ephemeral"] = results["ingest_ephemeral_s"] / results["extract_s"]
    results["ingest_over_extract_server"] = results["ingest_server_s"] / results["extract_s"]
    return results


def bench_stories(db: Path, ingest_s: float) -> dict:
    """What the run's refresh-stories task costs on the bench database: every block recomputed,
    as after ingesting the corpus into an empty database (median of 3, each rolled back), against
    the whole `orewatch ingest` that wrote it."""
    import statistics

    import duckdb

    from orewatch.storage.stories import refresh_stories

    con = duckdb.connect(str(db))
    try:
        events = con.execute("SELECT count(*) FROM extracted_events").fetchone()[0]
        times = []
        for _ in range(3):
            con.execute("BEGIN TRANSACTION")
            start = time.perf_counter()
            refresh_stories(con)
            times.append(time.perf_counter() - start)
            con.execute("ROLLBACK")
        stories = con.execute("SELECT count(DISTINCT story_id) FROM event_stories").fetchone()[0]
    finally:
        con.close()
    median = statistics.median(times)
    return {"events": events, "stories": stories, "stories_s": median, "stories_over_ingest": median / ingest_s}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--skip-cli", action="store_true", help="only the in-process extraction benchmark")
    parser.add_argument("--skip-cluster", action="store_true", help="no Dask cluster benchmark")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    corpus = write_corpus(OUT / f"corpus-{args.articles}.jsonl", args.articles)
    print(f"corpus: {corpus} ({args.articles} generated articles)", file=sys.stderr)
    results = {"date": date.today().isoformat(), "articles": args.articles, "cpus": os.cpu_count()}
    results["extraction"] = bench_extraction(corpus)
    e = results["extraction"]
    print(f"extraction   {e['extract_articles_per_s']:8.0f} articles/s  {e['extract_words_per_s']:9.0f} words/s")
    print(f"tokenization {e['tokenize_articles_per_s']:8.0f} articles/s  (bare spacy.blank('en').pipe)")
    print(f"ratio extraction/tokenization: {e['extract_over_tokenize']:.2f}x  (target <= 3x)")
    if not args.skip_cli:
        c = results["cli"] = bench_cli(corpus, args.articles)
        print(f"orewatch extract          {c['extract_articles_per_s']:8.0f} articles/s  ({c['extract_s']:.1f} s)")
        print(f"orewatch ingest (server)  {c['ingest_server_articles_per_s']:8.0f} articles/s  ({c['ingest_server_s']:.1f} s)"
              f"  ratio {c['ingest_over_extract_server']:.2f}x (target <= 1.5x)")
        print(f"orewatch ingest (temporary Prefect server) {c['ingest_ephemeral_articles_per_s']:8.0f} articles/s"
              f"  ({c['ingest_ephemeral_s']:.1f} s)  ratio {c['ingest_over_extract_ephemeral']:.2f}x")
        s = results["stories"] = bench_stories(OUT / "bench.duckdb", c["ingest_server_s"])
        print(f"stories: {s['events']:,} events into {s['stories']:,} stories in {s['stories_s']:.2f} s"
              f" = {s['stories_over_ingest']:.1%} of orewatch ingest (server)  (target <= 10%)")
    if not args.skip_cluster:
        results["cluster"] = bench_cluster(corpus, args.articles)
        results["cluster"]["one_million_a_night"] = cluster_size(results["cluster"])
        report(results["cluster"])
    (OUT / "results.json").write_text(json.dumps(results, indent=2))
    shutil.rmtree(OUT / "tmp", ignore_errors=True)


if __name__ == "__main__":
    main()
