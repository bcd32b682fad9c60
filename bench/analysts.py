"""`make bench-analysts`: the analysts' commands on a database of 1,000,000 articles' worth of
rows. The rows are generated (not extracted) and written with the bulk writer (`store_batch`,
Arrow inserts, one transaction per chunk); then the search index is built, and every
`orewatch trends` report, `orewatch search` and `orewatch export` is timed as a whole command
(median of --repeat runs, after one warm-up) and, for reports and search, as the query alone
in one process. Prints a table and writes bench/out/analysts.json.

    python bench/analysts.py [--articles 1000000] [--repeat 3] [--keep]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
import numpy as np  # noqa: E402

from bench import texts  # noqa: E402
from orewatch.records import Article, Event, Extraction, Mention, Quantity  # noqa: E402

OUT = ROOT / "bench" / "out"
BIN = Path(sys.executable).parent
COUNTRIES = ["CHN", "USA", "AUS", "JPN", "VNM", "IND", "COD", "IDN", "BRA", "RUS", "KOR", "CAN", "MMR", "CHL"]
ELEMENTS = ["REE", "Ga", "Ge", "Sb", "W", "graphite", "Li", "Co", "Ni", "Nd", "Dy", "Tb"]
EVENT_TYPES = ["export_restriction", "import_restriction", "tariff", "production_quota", "investment",
               "agreement", "capacity_expansion", "stockpile", "other_policy"]
METRICS = [("reserves", "t", 44e6), ("production", "t", 270e3), ("exports", "t", 5e3), ("production", "%", 70.0),
           ("price", "USD/kg", 60.0), ("investment", "USD", 2e8)]
SOURCES = [f"Wire {i}" for i in range(200)] + [f"矿业新闻 {i}" for i in range(40)]
START = date(2023, 1, 1)
DAYS = 1300  # publication days spread over about three and a half years


class ArticleTexts:
    """Titles and texts drawn from the vocabularies of bench/texts.py, a chunk at a time."""

    def __init__(self, seed: int = 8) -> None:
        self.english, self.chinese, self.measured = texts.measured_vocabularies(seed=seed)
        if not self.measured["corpus"]:
            print(f"bench: no corpus at {texts.CORPUS}: the texts use the synthetic Zipf vocabulary only, "
                  "so search figures are not comparable", file=sys.stderr)
        self.rng = np.random.default_rng(seed)
        self.pending: dict[bool, list[list[str]]] = {True: [], False: []}

    def next(self, chinese: bool) -> tuple[str, str]:
        if not self.pending[chinese]:
            vocabulary = self.chinese if chinese else self.english
            self.pending[chinese] = vocabulary.draw(
                self.rng, 2000, texts.ZH_TAIL_PER_ARTICLE if chinese else texts.TAIL_PER_ARTICLE)
        words = self.pending[chinese].pop()
        if chinese:
            return "".join(words[:7]), texts.chinese_text(words)
        return " ".join(words[:8]).capitalize(), texts.english_text(words)


def _article(n: int, rng: random.Random, article_texts: ArticleTexts) -> tuple[Article, str, str, list[str]]:
    day = START + timedelta(days=rng.randrange(DAYS))
    country, element = rng.choice(COUNTRIES), rng.choice(ELEMENTS)
    chinese = n % 10 == 0
    title, text = article_texts.next(chinese)
    published = f"{day.isoformat()}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:00+08:00"
    article = Article(id=f"ar_bench{n:09d}", title=title, text=text, url=None, source=rng.choice(SOURCES),
                      published=published, language="zh" if chinese else "en")
    others = rng.sample(COUNTRIES, 3)
    return article, country, element, others


def extraction(n: int, rng: random.Random, article_texts: ArticleTexts) -> Extraction:
    """One article's rows: 6 country and 6 element mentions, 3 figures, 2 events."""
    article, country, element, others = _article(n, rng, article_texts)
    countries = tuple(Mention(c, c, "text", i * 10, i * 10 + 3) for i, c in enumerate([country, *others, country, country]))
    elements = tuple(Mention(e, e, "text", 100 + i * 10, 103 + i * 10)
                     for i, e in enumerate([element, element, rng.choice(ELEMENTS), element, element, "REE"]))
    figures = []
    for i in range(3):
        metric, unit, typical = rng.choice(METRICS)
        value = round(typical * rng.uniform(0.7, 1.3), 1)
        year = rng.choice([None, 2023, 2024, 2025])
        figures.append(Quantity(value, None, unit, rng.choice(["exact", "approx"]), False, metric, country, element,
                                year, f"{value:g}", "text", 200 + i * 20, 210 + i * 20, article.text[:120]))
    events = tuple(Event(rng.choice(EVENT_TYPES[:4]) if i == 0 else rng.choice(EVENT_TYPES), None, country,
                         (others[0],), (element,), article.published[:7], "month", "export controls",
                         f"{article.text[:100]} ({i})", "text", 0, 100) for i in range(2))
    return Extraction(article, countries, elements, tuple(figures), events)


def build_database(db: Path, articles: int, chunk: int = 20_000) -> dict:
    from orewatch.storage.db import connect_writer
    from orewatch.storage.search import update_search_index
    from orewatch.storage.summaries import compact_summaries
    from orewatch.storage.writer import store_batch

    for suffix in ("", ".wal"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    rng = random.Random(8)
    article_texts = ArticleTexts()
    generate_s = write_s = 0.0
    con = connect_writer(db)
    try:
        for start in range(0, articles, chunk):
            t0 = time.perf_counter()
            batch = [extraction(n, rng, article_texts) for n in range(start, min(start + chunk, articles))]
            t1 = time.perf_counter()
            store_batch(con, batch, fetched_at="2026-06-30T02:00:00+00:00")
            write_s += time.perf_counter() - t1
            generate_s += t1 - t0
            print(f"\r{min(start + chunk, articles):,} articles written", end="", file=sys.stderr, flush=True)
        print(file=sys.stderr)
        compact_summaries(con)  # the bulk path's appended attention counts, one row per week and code
        t0 = time.perf_counter()
        update_search_index(con)
        index_s = time.perf_counter() - t0
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("articles", "country_mentions", "element_mentions", "quantities", "extracted_events")}
        frequencies = generated_document_frequencies(con)
    finally:
        con.close()
    return {"generate_s": generate_s, "bulk_write_s": write_s, "search_index_s": index_s, "rows": counts,
            "db_bytes": db.stat().st_size, "texts": article_texts.measured,
            "generated_document_frequency": frequencies}


def generated_document_frequencies(con) -> dict[str, float]:
    """Share of the generated English (Chinese) articles holding each query word, to compare
    with the corpus' (texts.measured_vocabularies)."""
    english = {w: con.execute("SELECT avg(CAST(regexp_matches(lower(text), ?) AS INTEGER)) FROM articles "
                              "WHERE language = 'en'", [rf"\b{w}"]).fetchone()[0]
               for w in ("export", "licenc", "gallium")}
    chinese = {p: con.execute("SELECT avg(CAST(contains(title || text, ?) AS INTEGER)) FROM articles "
                              "WHERE language = 'zh'", [p]).fetchone()[0] for p in ("稀土", "出口")}
    return {k: round(v, 3) for k, v in {**english, **chinese}.items()}


def refresh_database(db: Path) -> dict:
    """A kept database: views recreated by a writer, the search index rebuilt if stale."""
    from orewatch.storage.db import connect_writer
    from orewatch.storage.search import update_search_index, search_index_needs_update

    con = connect_writer(db)
    try:
        t0 = time.perf_counter()
        if search_index_needs_update(con):
            update_search_index(con)
        return {"reused": True, "search_index_s": time.perf_counter() - t0, "db_bytes": db.stat().st_size,
                "rows": {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                         for t in ("articles", "country_mentions", "element_mentions", "quantities", "extracted_events")}}
    finally:
        con.close()


COMMANDS = {
    "trends events": ["trends", "events"],
    "trends events --country CHN --type export_restriction": ["trends", "events", "--country", "CHN", "--type", "export_restriction"],
    "trends figures --metric reserves --country CHN --element REE": ["trends", "figures", "--metric", "reserves", "--country", "CHN", "--element", "REE"],
    "trends figures --since 2026-06-01": ["trends", "figures", "--since", "2026-06-01"],
    "trends conflicts --country CHN --element REE": ["trends", "conflicts", "--country", "CHN", "--element", "REE"],
    "trends conflicts --since 2026-06-01": ["trends", "conflicts", "--since", "2026-06-01"],
    "trends attention": ["trends", "attention"],
    "trends attention --element REE": ["trends", "attention", "--element", "REE"],
    "trends checks --country CHN": ["trends", "checks", "--country", "CHN"],
    "trends checks --since 2026-06-01": ["trends", "checks", "--since", "2026-06-01"],
    "search \"export licence gallium\"": ["search", "export licence gallium"],
    "search \"稀土 出口\"": ["search", "稀土 出口"],
}


def _median_run(args: list[str], repeat: int, env: dict, warm_up: bool = True) -> float:
    times = []
    for i in range(repeat + warm_up):
        t0 = time.perf_counter()
        subprocess.run(args, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if i or not warm_up:  # the first run warms the OS file cache
            times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _in_process(db: Path, name: str, repeat: int) -> float:
    """The query alone: a read-only connection and the report or search, no process start."""
    from orewatch.storage.search import search_articles
    from orewatch.storage.trends import TrendFilters, run_report

    args = COMMANDS[name][1:]
    times = []
    for _ in range(repeat + 1):
        t0 = time.perf_counter()
        if COMMANDS[name][0] == "search":
            search_articles(db, args[0])
        else:
            flags = dict(zip(args[1::2], args[2::2]))
            filters = TrendFilters(
                since=date.fromisoformat(flags["--since"]) if "--since" in flags else None,
                metric=flags.get("--metric"), element=flags.get("--element"), country=flags.get("--country"),
                type=flags.get("--type"))
            run_report(db, args[0], filters)
        times.append(time.perf_counter() - t0)
    return statistics.median(times[1:])


def time_commands(db: Path, repeat: int) -> dict:
    env = {**os.environ, "OREWATCH_DB": str(db)}
    orewatch = str(BIN / "orewatch")
    results = {"startup_s": _median_run([orewatch, "--version"], repeat, env)}
    for name, args in COMMANDS.items():
        fmt = [] if args[0] == "search" else ["--format", "csv"]
        results[name] = {"command_s": _median_run([orewatch, *args, *fmt], repeat, env),
                         "query_s": _in_process(db, name, repeat)}
        print(f"{name:60s} {results[name]['command_s']:6.2f} s  (query {results[name]['query_s']:.2f} s)",
              file=sys.stderr)
    for fmt in ("parquet", "csv"):
        folder = OUT / f"export-{fmt}"
        shutil.rmtree(folder, ignore_errors=True)
        results[f"export --format {fmt}"] = {"command_s": _median_run(  # once: it reads everything
            [orewatch, "export", str(folder), "--format", fmt], 1, env, warm_up=False)}
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", action="store_true", help="keep the database and the exports")
    parser.add_argument("--reuse", action="store_true",
                        help="time the commands on the database a --keep run left (its schema and index brought up to date)")
    args = parser.parse_args()
    # Building a million articles' summaries and search index in one go: DuckDB gets more than a
    # nightly writer's bounded share (storage/db.py), or the build spills most of it to disk.
    os.environ.setdefault("OREWATCH_WRITER_MEMORY", "4GB")
    # ... and every core, as before writers ran one thread by default.
    os.environ.setdefault("OREWATCH_WRITER_THREADS", str(os.cpu_count() or 1))
    OUT.mkdir(parents=True, exist_ok=True)
    db = OUT / f"analysts-{args.articles}.duckdb"
    results = {"date": datetime.now(timezone.utc).date().isoformat(), "articles": args.articles,
               "cpus": os.cpu_count()}
    if args.reuse and db.exists():
        results["build"] = refresh_database(db)
    else:
        results["build"] = build_database(db, args.articles)
        b = results["build"]
        print(f"built {db} ({b['db_bytes'] / 1e9:.2f} GB): rows {b['rows']}; generating {b['generate_s']:.0f} s, "
              f"bulk writes {b['bulk_write_s']:.0f} s, search index {b['search_index_s']:.0f} s")
    results["commands"] = time_commands(db, args.repeat)
    print(f"{'command (whole process, median)':60s} {'time':>8s}")
    print(f"{'orewatch --version (process start)':60s} {results['commands']['startup_s']:6.2f} s")
    for name, r in results["commands"].items():
        if isinstance(r, dict):
            query = f"  (query alone {r['query_s']:.2f} s)" if "query_s" in r else ""
            print(f"orewatch {name:51s} {r['command_s']:6.2f} s{query}")
    (OUT / "analysts.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
    if not args.keep:
        db.unlink(missing_ok=True)
        for fmt in ("parquet", "csv"):
            shutil.rmtree(OUT / f"export-{fmt}", ignore_errors=True)


if __name__ == "__main__":
    main()
