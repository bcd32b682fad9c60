"""Canonical URLs: one spelling per page."""

from __future__ import annotations

import pytest

from orewatch.readers import canonical_url


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("HTTPS://News.Example.COM/a/b", "https://news.example.com/a/b"),
        ("https://example.com:443/x", "https://example.com/x"),
        ("http://example.com:80/x", "http://example.com/x"),
        ("https://example.com:8443/x", "https://example.com:8443/x"),
        ("https://example.com/x#comments", "https://example.com/x"),
        ("https://example.com/x?b=2&a=1", "https://example.com/x?a=1&b=2"),
        ("https://example.com/x?utm_source=rss&utm_medium=feed&id=7", "https://example.com/x?id=7"),
        ("https://example.com/x?fbclid=abc&gclid=def&mc_cid=1&mc_eid=2&ref=home", "https://example.com/x"),
        ("https://example.com", "https://example.com/"),
        ("https://example.com/稀土", "https://example.com/%E7%A8%80%E5%9C%9F"),
    ],
)
def test_urls_canonical(url, canonical):
    assert canonical_url(url) == canonical


def test_urls_canonical_is_idempotent():
    once = canonical_url("https://Example.com/a?utm_term=x&z=1&a=2#top")
    assert canonical_url(once) == once
