"""The page's session cookie: the editor's name and a CSRF token, signed with an HMAC key.

The cookie is HttpOnly and SameSite=Strict; its payload is base64 JSON plus an HMAC-SHA256
signature, so a browser cannot change the name it carries (that matters with accounts,
where the name is the login). The key is made when the server starts: restarting the page
signs everybody out, which is the safe default for a tool with no session store."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass, replace

COOKIE_NAME = "orewatch_review"
CSRF_FIELD = "csrf_token"


@dataclass(frozen=True)
class Session:
    csrf: str
    editor: str | None = None
    issued: int = 0

    def with_editor(self, editor: str | None) -> Session:
        # A new CSRF token whenever who is signed in changes (no fixation).
        return replace(self, editor=editor, csrf=secrets.token_urlsafe(24), issued=int(time.time()))


def new_session() -> Session:
    return Session(csrf=secrets.token_urlsafe(24), issued=int(time.time()))


class SessionSigner:
    """Turns sessions into cookie values and back; a tampered or expired cookie reads as None."""

    def __init__(self, key: bytes | None = None, max_age: int = 30 * 24 * 3600) -> None:
        self.key = key or secrets.token_bytes(32)
        self.max_age = max_age

    def _sign(self, payload: bytes) -> str:
        return base64.urlsafe_b64encode(hmac.new(self.key, payload, hashlib.sha256).digest()).decode().rstrip("=")

    def dump(self, session: Session) -> str:
        payload = base64.urlsafe_b64encode(
            json.dumps({"c": session.csrf, "e": session.editor, "t": session.issued}).encode()
        ).decode().rstrip("=")
        return f"{payload}.{self._sign(payload.encode())}"

    def load(self, value: str | None) -> Session | None:
        if not value or "." not in value:
            return None
        payload, _, signature = value.rpartition(".")
        if not hmac.compare_digest(signature, self._sign(payload.encode())):
            return None
        try:
            data = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
            session = Session(csrf=str(data["c"]), editor=data.get("e"), issued=int(data["t"]))
        except (ValueError, KeyError, TypeError):
            return None
        if time.time() - session.issued > self.max_age:
            return None
        return session


def csrf_matches(session: Session, submitted: str | None) -> bool:
    return bool(submitted) and hmac.compare_digest(session.csrf, submitted)
