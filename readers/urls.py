"""Canonical URLs: one spelling per page, so that article ids do not depend on tracking tags."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

# Query parameters that say who sent the reader, not which page it is.
TRACKING_PARAMETERS = frozenset({"fbclid", "gclid", "mc_cid", "mc_eid", "ref"})
TRACKING_PREFIXES = ("utm_",)
_DEFAULT_PORTS = {"http": 80, "https": 443}


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMETERS or lowered.startswith(TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, default port, fragment and tracking parameters
    (utm_*, fbclid, gclid, mc_cid, mc_eid, ref) dropped, query sorted (w3lib)."""
    parts = urlsplit(url.strip())
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)]
    )
    netloc = parts.netloc
    scheme = parts.scheme.lower()
    if parts.port is not None and _DEFAULT_PORTS.get(scheme) == parts.port:
        netloc = netloc.rsplit(":", 1)[0]
    rebuilt = urlunsplit((scheme, netloc, parts.path, query, ""))
    return canonicalize_url(rebuilt, keep_fragments=False)


def is_web_url(url: str) -> bool:
    """True for absolute http(s) URLs, the only ones the readers fetch."""
    parts = urlsplit(url.strip())
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)
