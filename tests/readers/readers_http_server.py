"""A scripted HTTP server on 127.0.0.1 for the fetching tests (real sockets, real HTTP)."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    """One scripted answer of the test server."""

    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering (timeouts)
    send_length: bool = True  # False: body delimited by closing the connection


class ScriptedServer(ThreadingHTTPServer):
    """Answers each path with its scripted replies in turn (the last one repeats), 404 for
    unknown paths, and records every request path with the time it arrived."""

    daemon_threads = True
    block_on_close = False  # a handler still sleeping for a timeout test must not block close

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.replies: dict[str, list[Reply]] = {}
        self.hits: list[tuple[str, float, str]] = []  # (path, time, user agent)
        self.lock = threading.Lock()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def route(self, path: str, *replies: Reply) -> str:
        self.replies[path.split("?", 1)[0]] = list(replies)
        return self.base + path

    def hit_count(self, path: str) -> int:
        return sum(1 for p, _, _ in self.hits if p.split("?", 1)[0] == path)

    def next_reply(self, path: str) -> Reply:
        with self.lock:
            self.hits.append((path, time.monotonic(), ""))
            queue = self.replies.get(path.split("?", 1)[0])
            if not queue:
                return Reply(status=404, body=b"not found", content_type="text/plain")
            return queue.pop(0) if len(queue) > 1 else queue[0]


class _Handler(BaseHTTPRequestHandler):
    server: ScriptedServer

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        reply = self.server.next_reply(self.path)
        with self.server.lock:
            path, at, _ = self.server.hits[-1]
            self.server.hits[-1] = (path, at, self.headers.get("User-Agent", ""))
        if reply.delay:
            time.sleep(reply.delay)
        try:
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            if reply.send_length:
                self.send_header("Content-Length", str(len(reply.body)))
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(reply.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout or size cap): that is the point of the test

    def log_message(self, *args: object) -> None:
        pass
