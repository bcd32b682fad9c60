"""`make bench` (second part): the review page's latency on a database of more than 10,000
events: time from page load to the first item ready to decide, and the round trip of a
decision (key press to the server's "stored"), measured in Debian's Chromium through
Playwright against a real `orewatch review` server. Targets: 300 ms and 100 ms.
Prints a table and writes bench/out/review.json."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from orewatch.storage.read import run_query  # noqa: E402
from orewatch.storage.writer import store_batch  # noqa: E402
from tests.review.support import chromium_page, review_server, sign_in  # noqa: E402
from tests.storage.builders import make_extraction  # noqa: E402  (our toy articles, 3 events each)

OUT = ROOT / "bench" / "out"
# One decision every 400 ms: faster than an editor who reads the sentence, slow enough that
# a round trip is measured on its own rather than queued behind the previous ones.
PACE_MS = 400


def build_database(db: Path, articles: int) -> int:
    """`articles` toy articles over a year of publication days, stored with the bulk writer."""
    for suffix in ("", ".wal"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    batch = []
    for n in range(articles):
        day = date.fromordinal(date(2025, 1, 1).toordinal() + n % 365)
        batch.append(make_extraction(n, published=f"{day.isoformat()}T08:00:00+00:00"))
        if len(batch) == 1000:
            store_batch(db, batch)
            batch = []
    store_batch(db, batch)
    return run_query(db, "SELECT count(*) FROM events")[1][0][0]


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def measure(db: Path, loads: int, decisions: int) -> dict:
    with review_server(db) as server, chromium_page() as page:
        sign_in(page, server.url)
        ready = []
        for _ in range(loads):
            page.goto(server.url + "/")
            page.wait_for_selector("body[data-ready='1']", state="attached")
            ready.append(page.evaluate(
                "performance.getEntriesByName('orewatch:first-item-ready')[0].startTime"))
        for _ in range(decisions):
            page.keyboard.press("a")
            page.wait_for_timeout(PACE_MS)
        deadline = time.monotonic() + 60  # (wait_for_function would need 'unsafe-eval' in the CSP)
        while page.evaluate("window.orewatchTimings.length") < decisions and time.monotonic() < deadline:
            page.wait_for_timeout(50)
        round_trips = page.evaluate("window.orewatchTimings")
    return {
        "page_loads": loads,
        "first_item_ready_ms_median": statistics.median(ready),
        "first_item_ready_ms_p90": _percentile(ready, 0.9),
        "decisions": decisions,
        "decision_round_trip_ms_median": statistics.median(round_trips),
        "decision_round_trip_ms_p90": _percentile(round_trips, 0.9),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=4000, help="toy articles (3 events each)")
    parser.add_argument("--loads", type=int, default=15)
    parser.add_argument("--decisions", type=int, default=60)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    db = OUT / "review-bench.duckdb"
    started = time.perf_counter()
    events = build_database(db, args.articles)
    print(f"database: {db} with {events} events ({time.perf_counter() - started:.1f} s with the bulk writer)",
          file=sys.stderr)
    results = {"date": date.today().isoformat(), "events": events, "load_average_before": os.getloadavg()[0],
               **measure(db, args.loads, args.decisions)}
    results["load_average_after"] = os.getloadavg()[0]
    print(f"review page, {events} events: first item ready {results['first_item_ready_ms_median']:.0f} ms median "
          f"(p90 {results['first_item_ready_ms_p90']:.0f}; target < 300 ms) over {args.loads} loads")
    print(f"review page: decision round trip {results['decision_round_trip_ms_median']:.0f} ms median "
          f"(p90 {results['decision_round_trip_ms_p90']:.0f}; target < 100 ms) over {args.decisions} decisions")
    print(f"(machine load average {results['load_average_before']:.1f} before, {results['load_average_after']:.1f} after; "
          f"{os.cpu_count()} cores)")
    (OUT / "review.json").write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
