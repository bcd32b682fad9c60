"""Publication dates: ISO 8601 with the source's offset; naive times in the configured zone."""

from __future__ import annotations

import pytest

from orewatch.readers.dates import parse_published


@pytest.mark.parametrize(
    ("raw", "tz", "iso"),
    [
        ("2025-10-28 11:24", "Asia/Shanghai", "2025-10-28T11:24:00+08:00"),
        ("2025-10-28 11:24", "America/New_York", "2025-10-28T11:24:00-04:00"),
        ("2025-12-28 11:24", "America/New_York", "2025-12-28T11:24:00-05:00"),
        ("2025-10-28T11:24:00Z", "Asia/Shanghai", "2025-10-28T11:24:00+00:00"),
        ("Updated on 2024-01-31", "Asia/Shanghai", "2024-01-31"),
        ("Tue, 28 Oct 2025 11:24:00 +0800", "UTC", "2025-10-28T11:24:00+08:00"),
        ("2025年10月28日 11:24", "Asia/Shanghai", "2025-10-28T11:24:00+08:00"),
        ("2025/10/28", "Asia/Shanghai", "2025-10-28"),
        ("October 28, 2025", "Asia/Shanghai", "2025-10-28"),
        ("Oct 28, 2025 11:24 AM", "Asia/Shanghai", "2025-10-28T11:24:00+08:00"),
        # Known to the month only: ISO 8601 reduced precision, as a page or a feed gives it.
        ("2025-05", "Asia/Shanghai", "2025-05"),
        ("Published: October 2025", "Asia/Shanghai", "2025-10"),
        ("2025年10月", "Asia/Shanghai", "2025-10"),
    ],
)
def test_dates_parse_published(raw, tz, iso):
    assert parse_published(raw, tz) == iso


@pytest.mark.parametrize(
    "raw", ["yesterday", "early 2025", "2025", "not a date", "", None, "x" * 200, "2025-13-45", "2025-00"]
)
def test_dates_unreadable_or_vague_is_none(raw):
    assert parse_published(raw, "Asia/Shanghai") is None
