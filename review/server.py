"""Runs the review page: binds the address first (so port 0 picks a free port and the line
printed names the real one), then serves the app with uvicorn until stopped."""

from __future__ import annotations

import ipaddress
import socket

import uvicorn

from orewatch.review.app import ReviewSettings, create_app


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and 'localhost'; anything else is reachable from elsewhere."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def serve(settings: ReviewSettings, sock: socket.socket) -> None:
    """Serve until interrupted (Ctrl-C); the schema is brought up to date first."""
    app = create_app(settings)
    app.state.context.store.prepare()
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    uvicorn.Server(config).run(sockets=[sock])
