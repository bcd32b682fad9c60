"""The review page's ASGI app: settings, sessions and CSRF, security headers, routes.

Request handlers live in pages.py (what is read) and actions.py (what is decided); this
module wires them with the pieces every request needs (the signed session cookie, the
database store, the templates)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import jinja2
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from orewatch.review.accounts import Accounts
from orewatch.review.highlight import LEGEND
from orewatch.review.sessions import COOKIE_NAME, CSRF_FIELD, Session, SessionSigner, csrf_matches, new_session
from orewatch.review.store import ReviewStore
from orewatch.storage.stores import Store

HERE = Path(__file__).resolve().parent
MAX_FORM_BYTES = 64 * 1024
SECURITY_HEADERS = {
    # Our own script and styles only: an injected <script> or onerror= would not run even if
    # something escaped the templates' escaping.
    "content-security-policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",  # no-referrer would make browsers send Origin: null
    "x-frame-options": "DENY",
    "cache-control": "no-store",
}


@dataclass(frozen=True)
class ReviewSettings:
    db_path: Path | Store  # a DuckDB file, or a DuckLake (orewatch.storage.stores)
    accounts: Accounts | None = None
    page_size: int = 20


class SecurityHeaders:
    """Pure ASGI middleware adding SECURITY_HEADERS to every HTTP response."""

    def __init__(self, app) -> None:
        self.app = app
        self.headers = [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + self.headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


class Recent:
    """A value computed at most once per `seconds` (the filters' value lists: they change
    only when an ingest adds articles, and reading them scans every event)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._value = None
        self._at = float("-inf")

    def get(self, compute):
        if time.monotonic() - self._at > self.seconds:
            self._value, self._at = compute(), time.monotonic()
        return self._value


class Context:
    """What handlers share: settings, the store, the session signer, the templates."""

    def __init__(self, settings: ReviewSettings) -> None:
        self.settings = settings
        self.store = ReviewStore(settings.db_path)
        self.filter_options = Recent(60.0)
        self.signer = SessionSigner(max_age=12 * 3600 if settings.accounts else 30 * 24 * 3600)
        env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(HERE / "templates"),
            autoescape=True,  # every template, every value: article text is untrusted
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        env.globals.update(legend=LEGEND, accounts=settings.accounts is not None)
        self.templates = Jinja2Templates(env=env)

    def session(self, request: Request) -> tuple[Session, bool]:
        """The request's session, or a new one (True: the cookie must be set)."""
        found = self.signer.load(request.cookies.get(COOKIE_NAME))
        return (found, False) if found else (new_session(), True)

    def set_cookie(self, response: Response, session: Session) -> Response:
        response.set_cookie(COOKIE_NAME, self.signer.dump(session), max_age=self.signer.max_age,
                            httponly=True, samesite="strict", path="/")
        return response

    def render(self, request: Request, template: str, session: Session, status: int = 200,
               set_cookie: bool = False, **values) -> Response:
        response = self.templates.TemplateResponse(
            request, template, {"session": session, "csrf_field": CSRF_FIELD, **values}, status_code=status)
        return self.set_cookie(response, session) if set_cookie else response


async def read_form(request: Request) -> dict[str, list[str]] | None:
    """The urlencoded body as name -> values (None when too large)."""
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        return None
    return parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)


def same_origin(request: Request) -> bool:
    """A POST from another site is refused even before its CSRF token is looked at."""
    origin = request.headers.get("origin")
    if not origin or origin == "null":
        return origin is None
    return urlsplit(origin).netloc == request.headers.get("host")


def check_post(request: Request, session: Session, form: dict[str, list[str]] | None) -> str | None:
    """Why a state-changing request is refused, or None when it may go ahead."""
    if form is None:
        return "the request is too large"
    if not same_origin(request):
        return "cross-site request refused"
    token = (form.get(CSRF_FIELD) or [request.headers.get("x-csrf-token", "")])[-1]
    if not csrf_matches(session, token):
        return "the form is out of date (CSRF token): reload the page"
    return None


def safe_next(value: str | None) -> str:
    """A local path to go back to after a form (never another site)."""
    if value and value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return "/"


def create_app(settings: ReviewSettings) -> Starlette:
    from orewatch.review import actions, pages

    ctx = Context(settings)
    routes = [
        Route("/", pages.queue(ctx)),
        Route("/items", pages.items(ctx)),
        Route("/edit/{event_id}", pages.edit(ctx)),
        Route("/article/{article_id}", pages.article(ctx)),
        Route("/stats", pages.stats(ctx)),
        Route("/editor", actions.set_editor(ctx), methods=["POST"]),
        Route("/login", pages.login(ctx)),
        Route("/login", actions.login(ctx), methods=["POST"]),
        Route("/logout", actions.logout(ctx), methods=["POST"]),
        Route("/decide", actions.decide(ctx), methods=["POST"]),
        Route("/undo", actions.undo(ctx), methods=["POST"]),
        Route("/favicon.ico", lambda request: Response(status_code=204)),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    app = Starlette(routes=routes)
    app.state.context = ctx
    app.add_middleware(SecurityHeaders)
    return app

