"""The readers' result types: what went wrong (`Problem`), what was read (`ReadResult`),
and how to read (`ReadOptions`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from orewatch import DEFAULT_TIMEZONE
from orewatch.records import Article


@dataclass(frozen=True)
class Problem:
    """One input that could not be read, or was read with a loss, for a one-line message.

    `origin` is the file path (plus ":LINE" for JSON Lines and dumps) or the URL. `warning`:
    the article was read all the same (its text cut, say) and is stored; a run counts such
    problems apart from failures (`runs.articles_warned`, `runs.articles_failed`).
    """

    origin: str
    message: str
    warning: bool = False

    def __str__(self) -> str:
        # One line whatever the reason contained: messages go to stderr and logs line by line.
        return " ".join(f"{self.origin}: {self.message}".split())


@dataclass
class ReadResult:
    """The articles read from some inputs and the problems met on the way."""

    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def extend(self, other: ReadResult) -> ReadResult:
        """Append another result's articles and problems (in order); returns self."""
        self.articles.extend(other.articles)
        self.problems.extend(other.problems)
        return self

    def add(self, item: Article | Problem | None) -> None:
        """Append one article or problem (None is ignored)."""
        if isinstance(item, Problem):
            self.problems.append(item)
        elif item is not None:
            self.articles.append(item)


@dataclass(frozen=True)
class ReadOptions:
    """How to read: time zone for naive times, size caps, and the fetching policy."""

    # IANA zone for naive times in dumps, feeds and JSON Lines.
    timezone: str = DEFAULT_TIMEZONE
    source: str | None = None  # publisher name when the input names none
    max_file_bytes: int = 20_000_000  # a single-article file (txt/html/feed) larger is refused
    max_article_chars: int = 2_000_000  # longer texts are cut (with a Problem saying so)
    timeout: float = 10.0  # seconds, per request (connect, read, write, pool)
    retries: int = 3  # retries after the first attempt, on 429/5xx/timeouts/connection errors
    max_response_bytes: int = 5_000_000
    user_agent: str = "orewatch/0.1 (+https://github.com/orewatch; news research bot)"
    respect_robots: bool = True
    backoff_base: float = 0.5  # seconds; waits are base, 2*base, 4*base ...
    max_retry_after: float = 30.0  # a server's Retry-After is honoured up to this many seconds
