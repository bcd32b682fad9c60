"""Polite HTTP fetching: timeouts, a clear User-Agent, bounded retries with exponential backoff
that honour Retry-After, a size cap enforced while streaming, and robots.txt.

Every failure comes back as a `Problem` with the URL and a one-line reason, never an exception.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx
from tenacity import RetryCallState, Retrying, retry_if_exception_type, stop_after_attempt

from orewatch.readers.dates import utc_now
from orewatch.readers.results import Problem, ReadOptions
from orewatch.readers.urls import is_web_url

ROBOTS_TTL_SECONDS = 3600.0  # one night's run reads robots.txt once per host
_ROBOTS_MAX_BYTES = 512_000
_ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,*/*;q=0.8"
)


@dataclass(frozen=True)
class Response:
    """A successful fetch: final URL (after redirects), body bytes and what the server said."""

    url: str
    status: int
    content_type: str
    charset: str | None
    body: bytes
    fetched_at: str


class _RetryableStatus(Exception):
    """429, 5xx: worth another try, after Retry-After when the server gave one."""

    def __init__(self, reason: str, retry_after: float | None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


class _Refused(Exception):
    """A final answer: 404 and other 4xx, oversized responses."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


# robots.txt per origin ("scheme://host:port"), shared by every Fetcher of the process.
# None means "no usable robots.txt": everything is allowed.
_robots_cache: dict[str, tuple[float, RobotFileParser | None]] = {}
_robots_lock = threading.Lock()


def clear_robots_cache() -> None:
    """Forget every robots.txt read so far (a new run, or tests)."""
    with _robots_lock:
        _robots_cache.clear()


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__


class Fetcher:
    """One HTTP client and its policy; reuse one for many URLs (connection pooling)."""

    def __init__(self, options: ReadOptions = ReadOptions()) -> None:
        self.options = options
        self.client = httpx.Client(
            timeout=httpx.Timeout(options.timeout),
            headers={"User-Agent": options.user_agent, "Accept": _ACCEPT},
            follow_redirects=True,
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    # ---- robots.txt --------------------------------------------------------------------
    def _robots_for(self, url: str) -> RobotFileParser | None:
        parts = urlsplit(url)
        origin = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        now = time.monotonic()
        with _robots_lock:
            cached = _robots_cache.get(origin)
        if cached is not None and now - cached[0] < ROBOTS_TTL_SECONDS:
            return cached[1]
        parser = self._read_robots(origin + "/robots.txt")
        with _robots_lock:
            _robots_cache[origin] = (now, parser)
        return parser

    def _read_robots(self, robots_url: str) -> RobotFileParser | None:
        try:
            response = self._get_once(robots_url, _ROBOTS_MAX_BYTES)
        except _Refused as refused:
            if refused.reason in ("HTTP 401", "HTTP 403"):  # as urllib.robotparser does
                parser = RobotFileParser(robots_url)
                parser.disallow_all = True
                return parser
            return None  # no robots.txt: allowed
        except (_RetryableStatus, httpx.HTTPError):
            # Unreachable robots.txt: allowed; the page fetch reports its own failure.
            return None
        parser = RobotFileParser(robots_url)
        parser.parse(response.body.decode("utf-8", "replace").splitlines())
        return parser

    def allowed(self, url: str) -> bool:
        """True when robots.txt lets our User-Agent fetch `url` (or robots are not respected)."""
        if not self.options.respect_robots:
            return True
        parser = self._robots_for(url)
        return parser is None or parser.can_fetch(self.options.user_agent, url)

    # ---- fetching ----------------------------------------------------------------------
    def _get_once(self, url: str, max_bytes: int) -> Response:
        with self.client.stream("GET", url) as response:
            status = response.status_code
            if status == 429 or status >= 500:
                retry_after = None
                if status in (429, 503):
                    retry_after = parse_retry_after(response.headers.get("retry-after"))
                raise _RetryableStatus(f"HTTP {status}", retry_after)
            if status >= 400:
                raise _Refused(f"HTTP {status}")
            too_big = _Refused(f"response larger than {max_bytes} bytes")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise too_big  # refused before reading the body
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > max_bytes:
                    raise too_big
            content_type = response.headers.get("content-type", "")
            return Response(
                url=str(response.url),
                status=status,
                content_type=content_type.split(";", 1)[0].strip().lower(),
                charset=response.charset_encoding,
                body=bytes(body),
                fetched_at=utc_now(),
            )

    def _wait(self, state: RetryCallState) -> float:
        error = state.outcome.exception() if state.outcome else None
        if isinstance(error, _RetryableStatus) and error.retry_after is not None:
            return min(error.retry_after, self.options.max_retry_after)
        backoff = self.options.backoff_base * 2 ** (state.attempt_number - 1)
        return min(backoff, self.options.max_retry_after)

    def fetch(self, url: str) -> Response | Problem:
        """GET `url` under the policy: the Response, or a Problem with a one-line reason."""
        if not is_web_url(url):
            return Problem(url, "not an http(s) URL")
        if not self.allowed(url):
            return Problem(url, "disallowed by robots.txt")
        attempts = self.options.retries + 1
        retrying = Retrying(
            stop=stop_after_attempt(attempts),
            wait=self._wait,
            retry=retry_if_exception_type((_RetryableStatus, httpx.TransportError)),
            reraise=True,
        )
        try:
            return retrying(self._get_once, url, self.options.max_response_bytes)
        except _RetryableStatus as error:
            return Problem(url, f"{error.reason} after {attempts} attempts")
        except _Refused as error:
            return Problem(url, error.reason)
        except httpx.TimeoutException:
            return Problem(url, f"timed out after {self.options.timeout:g}s")
        except httpx.TransportError as error:
            return Problem(url, f"connection failed: {_one_line(error)}")
        except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError) as error:
            return Problem(url, f"fetch failed: {_one_line(error)}")
