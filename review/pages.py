"""The review page's GET handlers: the queue (and more of it), the correction form, an
article with every extraction marked, the statistics, and the forms that ask who you are."""

from __future__ import annotations

import re
from dataclasses import replace
from urllib.parse import urlencode

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from orewatch import vocabulary
from orewatch.review import items as shape
from orewatch.review.app import Context, safe_next
from orewatch.storage import review_reads as reads
from orewatch.storage.errors import StorageError

STATUS_CHOICES = [
    ("todo", "to review (not reviewed, changed)"), ("pending", "not reviewed"), ("changed", "changed since review"),
    ("accepted", "approved"), ("rejected", "rejected"), ("corrected", "corrected"), ("all", "all events"),
]
FILTER_NAMES = ("status", "type", "actor", "element", "source", "date_from", "date_to")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def read_filter(params) -> tuple[reads.QueueFilter, list[str]]:
    """The filters in the URL, and a note for each value that had to be ignored."""
    values = {name: (params.get(name) or "").strip() for name in FILTER_NAMES}
    ignored = []
    for name in ("date_from", "date_to"):
        if values[name] and not _DAY.match(values[name]):
            ignored.append(f"{name.replace('_', ' ')} {values[name]!r} is not a YYYY-MM-DD day: ignored")
            values[name] = ""
    if values["status"] not in reads.STATUS_CHOICES:
        values["status"] = "todo"
    return reads.QueueFilter(**{k: v or None for k, v in values.items()} | {"status": values["status"]}), ignored


def filter_query(queue_filter: reads.QueueFilter) -> str:
    """The filters as a query string (what a shared link carries)."""
    pairs = [(name, getattr(queue_filter, name)) for name in FILTER_NAMES]
    return urlencode([(k, v) for k, v in pairs if v and not (k == "status" and v == "todo")])


def _shape_items(con, rows: list[dict]) -> list[dict]:
    articles = reads.articles_with_context(con, [r["article_id"] for r in rows])
    earlier = reads.reviews_by_id(con, [r["earlier_review_id"] for r in rows])
    others = reads.story_reports(con, [r["event_id"] for r in rows])
    return [shape.queue_item(r, articles[r["article_id"]], earlier.get(r["earlier_review_id"]),
                             others.get(r["event_id"], [])) for r in rows]


def load_items(ctx: Context, queue_filter: reads.QueueFilter, after: str | None = None) -> list[dict]:
    with ctx.store.reading() as con:
        return _shape_items(con, reads.queue_items(con, queue_filter, after, ctx.settings.page_size))


def load_event_item(ctx: Context, event_id: str) -> dict | None:
    with ctx.store.reading() as con:
        found = _shape_items(con, reads.event_items(con, [event_id]))
    return found[0] if found else None


def _load_queue(ctx: Context, queue_filter: reads.QueueFilter) -> dict:
    with ctx.store.reading() as con:
        return {
            "counts": reads.status_counts(con, queue_filter),
            "items": _shape_items(con, reads.queue_items(con, queue_filter, None, ctx.settings.page_size)),
            "options": ctx.filter_options.get(lambda: reads.filter_options(con)),
        }


def error_page(ctx: Context, request: Request, session, message: str, status: int) -> Response:
    return ctx.render(request, "error.html", session, status=status, message=message)


def who_are_you(ctx: Context, request: Request, session, fresh: bool) -> Response:
    """The name form (or, with accounts, the login page) before anything else."""
    here = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    if ctx.settings.accounts:
        return ctx.set_cookie(RedirectResponse(f"/login?{urlencode({'next': here})}", 303), session)
    return ctx.render(request, "name.html", session, set_cookie=fresh, next=here)


def signed_in_page(ctx: Context, load, show, missing: str = "not found"):
    """A GET handler for editors: the name (or login) first; then `load(ctx, request)` in a
    worker thread (None: 404 with `missing`; a busy database: 503 with its message), then
    `show(request, session, fresh, data)`."""
    async def handler(request: Request) -> Response:
        session, fresh = ctx.session(request)
        if not session.editor:
            return who_are_you(ctx, request, session, fresh)
        try:
            data = await run_in_threadpool(load, ctx, request)
        except StorageError as exc:
            return error_page(ctx, request, session, str(exc), 503)
        if data is None:
            return error_page(ctx, request, session, missing, 404)
        return show(request, session, fresh, data)
    return handler


def queue(ctx: Context):
    def load(ctx: Context, request: Request) -> dict:
        queue_filter, ignored = read_filter(request.query_params)
        return {**_load_queue(ctx, queue_filter), "filter": queue_filter, "ignored": ignored}

    def show(request: Request, session, fresh: bool, data: dict) -> Response:
        queue_filter = data["filter"]
        return ctx.render(
            request, "queue.html", session, set_cookie=fresh, query=filter_query(queue_filter),
            types=vocabulary.EVENT_TYPES, status_choices=STATUS_CHOICES, status_labels=shape.STATUS_LABELS,
            status_links={status: "/?" + filter_query(replace(queue_filter, status=status))
                          for status in reads.STATUSES},
            **data)

    return signed_in_page(ctx, load, show)


def items(ctx: Context):
    """More of the queue for the script: the items after `after`, as HTML."""
    async def handler(request: Request) -> Response:
        session, _ = ctx.session(request)
        if not session.editor:
            return Response("sign in first", status_code=401)
        queue_filter, _ = read_filter(request.query_params)
        try:
            found = await run_in_threadpool(load_items, ctx, queue_filter, request.query_params.get("after"))
        except StorageError as exc:
            return Response(str(exc), status_code=503)
        return ctx.render(request, "items.html", session, items=found, query=filter_query(queue_filter))
    return handler


def _load_edit(ctx: Context, event_id: str) -> dict | None:
    with ctx.store.reading() as con:
        rows = reads.event_items(con, [event_id])
        if not rows:
            return None
        article = reads.articles_with_context(con, [rows[0]["article_id"]])[rows[0]["article_id"]]
    return shape.correction_form(rows[0], article)


def edit(ctx: Context):
    """The correction form of one event: a fragment for the script, or a page without it."""
    def show(request: Request, session, fresh: bool, form: dict) -> Response:
        template = "edit_form.html" if request.query_params.get("fragment") else "edit.html"
        return ctx.render(request, template, session, form=form, next=safe_next(request.query_params.get("next")))

    return signed_in_page(ctx, lambda ctx, request: _load_edit(ctx, request.path_params["event_id"]), show,
                          "no such event in the latest extraction")


def _load_article(ctx: Context, article_id: str) -> dict | None:
    with ctx.store.reading() as con:
        found = reads.articles_with_context(con, [article_id])
        if article_id not in found:
            return None
        return shape.article_page(found[article_id], reads.article_events(con, article_id))


def article(ctx: Context):
    return signed_in_page(
        ctx, lambda ctx, request: _load_article(ctx, request.path_params["article_id"]),
        lambda request, session, fresh, page: ctx.render(request, "article.html", session, **page),
        "no such article")


def _load_stats(ctx: Context, request: Request) -> dict:
    with ctx.store.reading() as con:
        return reads.review_stats(con)


def stats(ctx: Context):
    return signed_in_page(
        ctx, _load_stats, lambda request, session, fresh, data: ctx.render(request, "stats.html", session, **data))


def login(ctx: Context):
    async def handler(request: Request) -> Response:
        session, fresh = ctx.session(request)
        if not ctx.settings.accounts:
            return RedirectResponse("/", 303)
        return ctx.render(request, "login.html", session, set_cookie=fresh, error=None,
                          next=safe_next(request.query_params.get("next")))
    return handler
