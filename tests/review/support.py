"""Helpers of the review page's tests: a real `orewatch review` server process on 127.0.0.1,
an HTTP client that says who it is and sends CSRF tokens like the page does, databases
built from our own articles, and Chromium through Playwright."""

from __future__ import annotations

import os
import re
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from orewatch.records import event_id
from orewatch.storage.writer import store_batch
from tests.conftest import ORE, REPO
from tests.storage.builders import make_extraction

SCREENSHOTS = REPO / "build" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
XSS_TEXT = "China announced export controls on <script>alert(1)</script> gallium and <img src=x onerror=alert(2)> germanium."


def build_db(db: Path, articles: int = 4, xss: bool = False) -> list[list[str]]:
    """Our toy articles (3 events each), article n published on 2025-10-(10+n), so the newest
    (the highest n) comes first; returns each article's event ids, in text order."""
    extractions = [make_extraction(n, published=f"2025-10-{10 + n:02d}T09:00:00+00:00") for n in range(articles)]
    if xss:
        extractions.append(make_extraction(99, extra=XSS_TEXT, published="2025-11-30T09:00:00+00:00",
                                           title="Curbs <b>bold</b> & <i>more</i>"))
    store_batch(db, extractions)
    return [[event_id(x.article.id, e) for e in x.events] for x in extractions]


class ReviewServer:
    """`orewatch review --port 0` as a user starts it; `url` is the address it printed."""

    def __init__(self, db: Path, *args: str, env: dict | None = None) -> None:
        self.proc = subprocess.Popen(
            [ORE, "review", "--db", str(db), "--port", "0", *args],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
            env={**os.environ, **(env or {})},
        )
        line = self._first_line(timeout=60)
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if not match:
            self.stop()
            raise RuntimeError(f"review server did not start: {line!r}")
        self.url = match.group(0).rstrip("/")

    def _first_line(self, timeout: float) -> str:
        found: list[str] = []
        reader = threading.Thread(target=lambda: found.append(self.proc.stderr.readline()), daemon=True)
        reader.start()
        reader.join(timeout)
        return found[0] if found else ""

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(10)


@contextmanager
def review_server(db: Path, *args: str) -> Iterator[ReviewServer]:
    server = ReviewServer(db, *args)
    try:
        yield server
    finally:
        server.stop()


def csrf_of(html: str) -> str:
    return re.search(r'<meta name="csrf-token" content="([^"]+)"', html).group(1)


class EditorClient:
    """An editor's session without a browser: the name form once, then decisions as the
    page's script posts them (urlencoded form with the CSRF token, JSON answer)."""

    def __init__(self, url: str, name: str) -> None:
        self.http = httpx.Client(base_url=url, timeout=30, headers={"origin": url})
        self.csrf = csrf_of(self.http.get("/").text)
        answer = self.http.post("/editor", data={"csrf_token": self.csrf, "editor": name, "next": "/"})
        assert answer.status_code == 303, answer.text
        self.csrf = csrf_of(self.http.get("/").text)  # a new token once signed in

    def decide(self, event: str, decision: str, **fields) -> httpx.Response:
        data = {"csrf_token": self.csrf, "event_id": event, "decision": decision, **fields}
        return self.http.post("/decide", data=data, headers={"accept": "application/json"})

    def close(self) -> None:
        self.http.close()


@contextmanager
def chromium_page(viewport=(1200, 900)):
    """A fresh Chromium page (Debian's browser, driven by Playwright); every dialog the page
    opens is recorded in page.dialogs (and dismissed)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]})
            page.dialogs = []
            page.errors = []

            def on_dialog(dialog) -> None:
                page.dialogs.append(dialog.message)
                dialog.dismiss()

            page.on("dialog", on_dialog)
            page.on("pageerror", lambda error: page.errors.append(str(error)))
            yield page
        finally:
            browser.close()


def sign_in(page, url: str, name: str = "Alice") -> None:
    page.goto(url + "/")
    page.fill("input[name=editor]", name)
    page.click("form.name button[type=submit]")
    page.wait_for_selector("body[data-ready='1']", state="attached")
