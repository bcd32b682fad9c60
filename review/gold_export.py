"""`orewatch review export-gold`: the editors' decisions as a gold file `orewatch eval` reads.

What such a file can honestly claim: editors judge the events the extractor proposed, one
by one; they never list countries, elements or quantities, nor events the extractor missed.
So the file says `"kinds": ["events"]` (eval then scores events only), and per article that
has at least one decided event it lists
  * approved and corrected events (corrections applied) as required events;
  * events not decided yet, or changed since their decision, as optional (neither a hit
    nor a false positive: nobody has judged them);
  * rejected events not at all (predicting one again is a false positive).
Recall against this file is therefore recall of what editors confirmed, not of everything
the articles say; precision is the honest figure."""

from __future__ import annotations

import json
import os
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from orewatch.storage import review_reads
from orewatch.storage.db import reader_connection

REQUIRED = ("accepted", "corrected")
OPTIONAL = ("pending", "changed")


def _event(row: dict) -> dict:
    event = {
        "type": row["type"], "subtype": row["subtype"], "actor": row["actor"],
        "partners": list(row["partners"] or []), "elements": list(row["elements"] or []),
        "date": row["event_date"], "date_precision": row["date_precision"],
    }
    if row["review_status"] in OPTIONAL:
        event["optional"] = True
    return event


def gold_document(rows: list[dict], exported_at: str | None = None) -> dict:
    """The gold file's content from review_reads.gold_events rows."""
    articles: dict[str, dict] = {}
    for row in rows:
        article = articles.setdefault(row["article_id"], {
            "title": row["title"], "source": row["source"],
            "published": row["published_local"] or (row["published_at"].isoformat() if row["published_at"] else None),
            "events": [],
        })
        if row["review_status"] in REQUIRED + OPTIONAL:
            article["events"].append(_event(row))
    return {
        "kinds": ["events"],
        "note": "Exported from editors' decisions by `orewatch review export-gold`: events only "
                "(approved and corrected are required, undecided ones optional, rejected ones absent).",
        "exported_at": exported_at or datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "articles": list(articles.values()),
    }


def export_gold(db_path: str | os.PathLike, output: str | os.PathLike) -> dict:
    """Write the gold file (atomically: a failure leaves no half-written file); returns counts."""
    with reader_connection(db_path) as con:
        document = gold_document(review_reads.gold_events(con))
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=output.parent, prefix=f".{output.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(document, handle, ensure_ascii=False, indent=2)
            handle.write("\n")
        os.replace(tmp, output)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    events = [e for a in document["articles"] for e in a["events"]]
    return {
        "articles": len(document["articles"]),
        "required": sum(1 for e in events if not e.get("optional")),
        "optional": sum(1 for e in events if e.get("optional")),
    }
