"""The review page's POST handlers: who you are (name or login), decisions, undo.

Every one checks the origin and the CSRF token first. A decision answers JSON to the page's
script (which moves on at once and shows any failure with a retry) and a redirect to a
plain form, so the page also works without the script."""

from __future__ import annotations

import asyncio

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response

from orewatch.review.app import Context, check_post, read_form, safe_next
from orewatch.review.corrections import CorrectionError, read_correction
from orewatch.review.pages import error_page, load_event_item
from orewatch.storage.errors import DatabaseBusy, StorageError
from orewatch.storage.reviews import DECISIONS, StaleEvent, UnknownEvent

MAX_NOTE = 2000
MAX_NAME = 64


def _one(form: dict[str, list[str]], name: str) -> str:
    return (form.get(name) or [""])[-1].strip()


def _wants_json(request: Request) -> bool:
    return "application/json" in request.headers.get("accept", "")


def _refuse(ctx: Context, request: Request, session, message: str, status: int) -> Response:
    if _wants_json(request):
        return JSONResponse({"ok": False, "error": message}, status_code=status)
    return error_page(ctx, request, session, message, status)


def _posted(ctx: Context, body, need_editor: bool = False):
    """A POST handler: origin and CSRF token checked (and, with need_editor, that the editor
    is known) before `body(ctx, request, session, form)` runs."""
    async def handler(request: Request) -> Response:
        session, _ = ctx.session(request)
        form = await read_form(request)
        refusal = check_post(request, session, form)
        if refusal:
            return _refuse(ctx, request, session, refusal, 403)
        if need_editor and not session.editor:
            return _refuse(ctx, request, session, "say who you are first (reload the page)", 401)
        return await body(ctx, request, session, form)
    return handler


async def _set_editor(ctx: Context, request: Request, session, form) -> Response:
    """The name form: the name is kept in the signed session cookie."""
    if ctx.settings.accounts:
        return _refuse(ctx, request, session, "this page uses accounts: sign in", 403)
    name = " ".join(_one(form, "editor").split())
    if not name or len(name) > MAX_NAME or not name.isprintable():
        return ctx.render(request, "name.html", session, status=400, next=safe_next(_one(form, "next")),
                          error=f"a name of 1 to {MAX_NAME} printable characters, please")
    return ctx.set_cookie(RedirectResponse(safe_next(_one(form, "next")), 303), session.with_editor(name))


async def _login(ctx: Context, request: Request, session, form) -> Response:
    name, password = _one(form, "editor"), (form.get("password") or [""])[-1]
    accounts = ctx.settings.accounts
    if accounts is None or not await run_in_threadpool(accounts.verify, name, password):
        await asyncio.sleep(0.5)  # slows down guessing a little more than Argon2 does
        return ctx.render(request, "login.html", session, status=401, next=safe_next(_one(form, "next")),
                          error="wrong name or password")
    return ctx.set_cookie(RedirectResponse(safe_next(_one(form, "next")), 303), session.with_editor(name))


async def _logout(ctx: Context, request: Request, session, form) -> Response:
    return ctx.set_cookie(RedirectResponse("/", 303), session.with_editor(None))


def _read_decision(form: dict[str, list[str]]) -> tuple[str, dict | None]:
    decision = _one(form, "decision")
    if decision not in DECISIONS:
        raise CorrectionError(f"unknown decision {decision!r}")
    return decision, read_correction(form) if decision == "corrected" else None


async def _decide(ctx: Context, request: Request, session, form) -> Response:
    event_id = _one(form, "event_id")
    try:
        decision, changes = _read_decision(form)
        review_id = await run_in_threadpool(
            ctx.store.record, event_id, session.editor, decision, changes,
            _one(form, "note")[:MAX_NOTE] or None, _one(form, "fingerprint") or None)
    except CorrectionError as exc:
        return _refuse(ctx, request, session, str(exc), 400)
    except (UnknownEvent, StaleEvent) as exc:
        return _refuse(ctx, request, session, str(exc), 409)
    except DatabaseBusy as exc:
        return _refuse(ctx, request, session, f"not stored, the database is busy: {exc}", 503)
    except StorageError as exc:
        return _refuse(ctx, request, session, f"not stored: {exc}", 500)
    if not _wants_json(request):
        return RedirectResponse(safe_next(_one(form, "next")), 303)
    body = {"ok": True, "review_id": review_id, "event_id": event_id, "decision": decision}
    if decision == "corrected":
        body["html"] = await _item_html(ctx, request, session, event_id)
    return JSONResponse(body)


async def _undo(ctx: Context, request: Request, session, form) -> Response:
    try:
        undone = await run_in_threadpool(ctx.store.undo, session.editor)
    except DatabaseBusy as exc:
        return _refuse(ctx, request, session, f"not undone, the database is busy: {exc}", 503)
    except StorageError as exc:
        return _refuse(ctx, request, session, f"not undone: {exc}", 500)
    if undone is None:
        return _refuse(ctx, request, session, "nothing to undo", 404)
    if not _wants_json(request):
        return RedirectResponse(safe_next(_one(form, "next")), 303)
    return JSONResponse({"ok": True, "review_id": undone.review_id, "undone_review_id": undone.undone_review_id,
                         "event_id": undone.event_id,
                         "html": await _item_html(ctx, request, session, undone.event_id)})


def set_editor(ctx: Context):
    return _posted(ctx, _set_editor)


def login(ctx: Context):
    return _posted(ctx, _login)


def logout(ctx: Context):
    return _posted(ctx, _logout)


def decide(ctx: Context):
    return _posted(ctx, _decide, need_editor=True)


def undo(ctx: Context):
    return _posted(ctx, _undo, need_editor=True)


async def _item_html(ctx: Context, request: Request, session, event_id: str) -> str | None:
    """The item as it now stands (after a correction or an undo), for the script."""
    try:
        item = await run_in_threadpool(load_event_item, ctx, event_id)
    except StorageError:
        return None  # the decision is stored; the page shows the item as it was
    if item is None:
        return None
    return ctx.templates.get_template("items.html").render(
        items=[item], session=session, csrf_field="csrf_token", query="", request=request)

