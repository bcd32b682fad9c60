"""Turns extraction records into Arrow tables whose columns are named like the database's.

The columns come from the record dataclasses' own fields and type hints (orewatch.records),
renamed where SQL wants another name, so a field added to a record shows up here without a
second hand-written list (and the schema test fails until the table has a column for it).
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Sequence
from datetime import datetime, timezone

import pyarrow as pa

from orewatch.records import Article, Event, Mention, Quantity

# Record field -> column, where the SQL name differs (reserved words, clearer names).
COLUMN_NAMES = {
    "id": "article_id",
    "published": "published_local",
    "start": "start_char",
    "end": "end_char",
    "change": "is_change",
    "date": "event_date",
}
# Record fields that are not stored: `origin` is for messages only (records.Article).
NOT_STORED = {"origin"}

_ARROW_TYPES = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}


def _arrow_type(hint: object) -> pa.DataType:
    """The Arrow type for a field's type hint (Optional and Literal of str included)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [a for a in typing.get_args(hint) if a is not type(None)]
        return _arrow_type(inner)
    if origin is typing.Literal:
        return pa.string()
    if origin is tuple:
        return pa.list_(_arrow_type(typing.get_args(hint)[0]))
    if hint in _ARROW_TYPES:
        return _ARROW_TYPES[hint]
    raise TypeError(f"no Arrow type for {hint!r}")


def record_columns(record_type: type) -> list[tuple[str, str, pa.DataType]]:
    """(field, column, Arrow type) for each stored field of a record dataclass."""
    hints = typing.get_type_hints(record_type)
    return [
        (f.name, COLUMN_NAMES.get(f.name, f.name), _arrow_type(hints[f.name]))
        for f in dataclasses.fields(record_type)
        if f.name not in NOT_STORED
    ]


def records_table(
    record_type: type,
    records: Sequence[object],
    leading: dict[str, tuple[pa.DataType, list]] | None = None,
    overrides: dict[str, tuple[pa.DataType, list]] | None = None,
) -> pa.Table:
    """An Arrow table of `records`: `leading` columns (ids) first, then one column per field.

    `overrides` replace a field's column values or add derived columns (name -> type, values)."""
    arrays: dict[str, pa.Array] = {}
    fields: list[pa.Field] = []

    def add(name: str, arrow_type: pa.DataType, values: list) -> None:
        arrays[name] = pa.array(values, type=arrow_type)
        fields.append(pa.field(name, arrow_type))

    for name, (arrow_type, values) in (leading or {}).items():
        add(name, arrow_type, values)
    overrides = dict(overrides or {})
    for field_name, column, arrow_type in record_columns(record_type):
        if column in overrides:
            add(column, *overrides.pop(column))
            continue
        values = [getattr(r, field_name) for r in records]
        if pa.types.is_list(arrow_type):
            values = [list(v) for v in values]
        add(column, arrow_type, values)
    for name, (arrow_type, values) in overrides.items():
        add(name, arrow_type, values)
    return pa.Table.from_arrays([arrays[f.name] for f in fields], schema=pa.schema(fields))


TIMESTAMP = pa.timestamp("us", tz="UTC")


def parse_timestamp(value: str | None) -> datetime | None:
    """An ISO 8601 string as an aware datetime (no offset: taken as UTC); None if unreadable."""
    if not value:
        return None
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def articles_table(
    articles: Sequence[Article], content_hashes: Sequence[str], fetched_at: Sequence[datetime]
) -> pa.Table:
    """The `articles` rows: record fields plus the parsed instant and the content hash."""
    return records_table(
        Article,
        articles,
        overrides={
            "fetched_at": (TIMESTAMP, list(fetched_at)),
            "published_at": (TIMESTAMP, [parse_timestamp(a.published) for a in articles]),
            "content_hash": (pa.string(), list(content_hashes)),
        },
    )


def mentions_table(article_ids: Sequence[str], mentions: Sequence[Mention]) -> pa.Table:
    """`country_mentions` or `element_mentions` rows."""
    return records_table(Mention, mentions, leading={"article_id": (pa.string(), list(article_ids))})


def _child_table(record_type: type, id_column: str, ids: Sequence[str], article_ids: Sequence[str],
                 records: Sequence) -> pa.Table:
    """Rows of a relation keyed by its own id and its article, then the record's fields."""
    return records_table(
        record_type,
        records,
        leading={id_column: (pa.string(), list(ids)), "article_id": (pa.string(), list(article_ids))},
    )


def quantities_table(
    quantity_ids: Sequence[str], article_ids: Sequence[str], quantities: Sequence[Quantity]
) -> pa.Table:
    """`quantities` rows."""
    return _child_table(Quantity, "quantity_id", quantity_ids, article_ids, quantities)


def events_table(
    event_ids: Sequence[str], article_ids: Sequence[str], events: Sequence[Event]
) -> pa.Table:
    """`extracted_events` rows."""
    return _child_table(Event, "event_id", event_ids, article_ids, events)
