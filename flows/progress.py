"""A progress bar on stderr for long runs, shown only to a person at a terminal."""

from __future__ import annotations

import sys

from tqdm import tqdm


class Progress:
    """`with Progress(total=n, enabled=True) as p: p.update(k)`; a no-op when disabled or
    when stderr is not a terminal, so logs and CI output stay clean."""

    def __init__(self, total: int | None, enabled: bool = True, unit: str = "article"):
        """`total` None: unknown (streamed input), the bar shows the count and the rate."""
        self._bar = None
        if enabled and total != 0 and sys.stderr.isatty():
            self._bar = tqdm(total=total, unit=unit, file=sys.stderr, dynamic_ncols=True)

    def update(self, n: int) -> None:
        if self._bar is not None:
            self._bar.update(n)

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc) -> None:
        if self._bar is not None:
            self._bar.close()
