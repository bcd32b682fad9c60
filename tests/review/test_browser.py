"""The review page in Debian's Chromium, driven by Playwright, against a real server process
and a real DuckDB file: the issue's acceptance path, plus untrusted article text.

Screenshots of the queue and of an article page are written to build/screenshots/."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from orewatch.storage.read import run_query
from tests.review.support import SCREENSHOTS, build_db, chromium_page, review_server, sign_in


def _loaded(page) -> list[str]:
    return page.locator("article.item").evaluate_all("items => items.map(i => i.dataset.event)")


def _kinds(locator) -> set[str]:
    return set(locator.locator("mark.hl").evaluate_all("marks => marks.map(m => m.className.split(' ')[1])"))


def test_review_browser_decide_reload_correct_undo_and_filter(tmp_path, chromium):
    db = tmp_path / "orewatch.duckdb"
    ids = build_db(db)
    queue_order = [event for article in reversed(ids) for event in article]  # newest article first
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with review_server(db) as server, chromium_page() as page:
        sign_in(page, server.url)
        current = page.locator("article.item.current")
        expect(current).to_have_attribute("data-event", queue_order[0])
        assert _loaded(page) == queue_order  # the whole queue, in order (fewer than a page)
        legend = page.locator("ul.legend li").all_inner_texts()
        assert legend == ["sentence of the event", "trigger words", "actor (who acts)", "partners",
                          "other countries", "elements", "quantities"]
        # The export control's paragraph: China acts; gallium, germanium, rare earths; other countries; figures.
        assert _kinds(current) == {"hl-trigger", "hl-actor", "hl-element", "hl-country", "hl-quantity"}
        assert current.locator("mark.hl-trigger").inner_text() == "export controls"
        assert current.locator("mark.hl-actor").inner_text() == "ChinaCHN"  # the words, then the code label
        assert current.locator("mark.hl-actor .hl-label").inner_text() == "CHN"
        agreement = page.locator(f"#item-{queue_order[2]}")
        assert agreement.locator("mark.hl-partner").inner_text() == "VietnamVNM"  # Japan acts, Vietnam is party
        keys_on_buttons = page.locator(":is(button, a.button):visible kbd").all_inner_texts()
        assert sorted(keys_on_buttons) == sorted(["k", "j", "u", "?", "a", "r", "e"])  # every key on its button
        page.screenshot(path=str(SCREENSHOTS / "queue.png"), full_page=True)

        page.keyboard.press("a")  # approve: the next item is there at once
        expect(current).to_have_attribute("data-event", queue_order[1], timeout=1000)
        expect(page.locator(f"#item-{queue_order[0]} .badge")).to_have_text("Approved ✓ saved")
        page.reload()
        page.wait_for_selector("body[data-ready='1']", state="attached")
        expect(current).to_have_attribute("data-event", queue_order[1])
        assert queue_order[0] not in _loaded(page)
        assert run_query(db, "SELECT event_id, editor, decision FROM reviews")[1] == [(queue_order[0], "Alice", "accepted")]

        page.keyboard.press("e")  # correct the loan's actor and partners with the pickers
        page.wait_for_selector("article.item.current form.correct")
        page.select_option("article.item.current form.correct select[name=actor]", "JPN")
        page.select_option("article.item.current form.correct select[name=partners]", ["USA", "KOR"])
        page.focus("article.item.current form.correct select[name=actor]")
        page.keyboard.press("Enter")
        expect(page.locator(f"#item-{queue_order[1]} .badge")).to_have_text("Corrected ✓ saved")
        expect(current).to_have_attribute("data-event", queue_order[2])
        _, reviewed = run_query(db, "SELECT event_id, actor, list_sort(partners), review_status, reviewed_by "
                                    "FROM events_reviewed ORDER BY event_id")
        assert sorted(reviewed) == sorted([(queue_order[0], "CHN", [], "accepted", "Alice"),
                                           (queue_order[1], "JPN", ["KOR", "USA"], "corrected", "Alice")])

        page.keyboard.press("u")  # undo the correction: a new row, the loan is back to review
        expect(current).to_have_attribute("data-event", queue_order[1])
        expect(current.locator(".badge")).to_have_text("not reviewed")
        _, log = run_query(db, "SELECT review_id, decision, undoes FROM reviews ORDER BY review_id")
        assert [(decision, undoes) for _, decision, undoes in log] == [
            ("accepted", None), ("corrected", None), ("undone", log[1][0])]
        assert run_query(db, "SELECT event_id FROM events_reviewed")[1] == [(queue_order[0],)]

        href = current.locator(".meta a[href^='/article/']").get_attribute("href")
        page.goto(server.url + href)
        assert page.locator(".hl-sentence .hl-event").all_inner_texts() == [
            "#1 export_restriction", "#2 investment", "#3 agreement"]
        assert page.locator(".body mark.hl-quantity").count() == 2
        page.screenshot(path=str(SCREENSHOTS / "article.png"), full_page=True)

        page.goto(server.url + "/")  # filters narrow the queue and stay in the URL
        page.wait_for_selector("body[data-ready='1']", state="attached")
        page.select_option("form.filters select[name=type]", "agreement")
        page.click("form.filters button[type=submit]")
        page.wait_for_selector("body[data-ready='1']", state="attached")
        assert re.search(r"[?&]type=agreement(&|$)", page.url)
        assert _loaded(page) == [article[2] for article in reversed(ids)]
        page.goto(server.url + "/?actor=AUS&element=REE")
        assert _loaded(page) == [article[1] for article in reversed(ids)]
        page.goto(server.url + "/?date_from=2025-10-12&date_to=2025-10-13&status=todo")
        assert _loaded(page) == queue_order[1:6]
        page.goto(server.url + "/?status=accepted")
        assert _loaded(page) == [queue_order[0]]
        assert page.errors == [] and page.dialogs == []


def test_review_browser_shows_script_in_article_text_as_text(tmp_path, chromium):
    db = tmp_path / "orewatch.duckdb"
    build_db(db, articles=1, xss=True)
    with review_server(db) as server, chromium_page() as page:
        sign_in(page, server.url)
        current = page.locator("article.item.current")
        assert current.locator(".title").inner_text() == "Curbs <b>bold</b> & <i>more</i>"
        context = current.locator("blockquote.context").inner_text()
        assert "<script>alert(1)</script>" in context and "<img src=x onerror=alert(2)>" in context
        assert page.locator("article.item :is(img, script, b, i)").count() == 0
        page.goto(server.url + current.locator(".meta a[href^='/article/']").get_attribute("href"))
        body = page.locator("article.article").inner_text()
        assert "<script>alert(1)</script>" in body and "<img src=x onerror=alert(2)>" in body
        assert page.locator("main :is(img, script, b, i)").count() == 0
        page.wait_for_timeout(300)
        assert page.dialogs == [] and page.errors == []
