"""A writer killed in the middle of a batch leaves no half-written article behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb

from orewatch.storage.db import connect_writer
from orewatch.storage.writer import store_batch

from .builders import make_extraction, toy_extract
from .snapshots import TABLES

HERE = Path(__file__).resolve().parent

# The child stores a big batch, but stops for good right after the articles' INSERT and
# before the mentions' (the worst moment), and tells the parent, which then SIGKILLs it.
CHILD = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, {here!r})
    from builders import make_extraction
    from orewatch.storage import writer

    db, signal_file = sys.argv[1], sys.argv[2]
    real_insert = writer._insert

    def insert_then_hang(con, table, rows):
        real_insert(con, table, rows)
        if table == "articles":
            open(signal_file, "w").close()
            time.sleep(600)

    writer._insert = insert_then_hang
    filler = "Markets were calm and traders waited for the quarterly figures. " * 40
    writer.store_batch(db, [make_extraction(n, extra=filler) for n in range(1000, 3000)])
    """
)


def _expected_rows(extraction) -> dict[str, int]:
    return {
        "country_mentions": len(extraction.countries),
        "element_mentions": len(extraction.elements),
        "quantities": len(extraction.quantities),
        "extracted_events": len(extraction.events),
    }


def test_writer_killed_mid_batch_leaves_no_half_written_article(db_path, tmp_path):
    earlier = [make_extraction(n) for n in range(5)]
    store_batch(db_path, earlier)
    con = duckdb.connect(str(db_path), read_only=True)
    before = {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in TABLES}
    con.close()

    signal_file = tmp_path / "articles-inserted"
    child = subprocess.Popen([sys.executable, "-c", CHILD.format(here=str(HERE)), str(db_path), str(signal_file)])
    try:
        deadline = time.monotonic() + 120
        while not signal_file.exists():
            assert child.poll() is None, "the child writer ended before reaching the articles' INSERT"
            assert time.monotonic() < deadline, "the child writer never reached the articles' INSERT"
            time.sleep(0.05)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    con = connect_writer(db_path)  # recovers the file and its WAL
    try:
        after = {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in TABLES}
        assert after == before  # the killed batch left no article and no child row
        # Every article present has all its child rows.
        for extraction in earlier:
            for table, expected in _expected_rows(extraction).items():
                got = con.execute(f"SELECT count(*) FROM {table} WHERE article_id = ?", [extraction.article.id]).fetchone()[0]
                assert got == expected, (table, extraction.article.id)
        # And the database still takes writes.
        assert store_batch(con, [toy_extract(make_extraction(1000).article)]).new == 1
    finally:
        con.close()
