"""The review server over plain HTTP (no browser): safety rules, forms without the script,
accounts, and the one-line refusals of `orewatch review`."""

from __future__ import annotations

import os
import stat

import httpx

from orewatch.storage.read import run_query
from tests.conftest import run_cli
from tests.review.support import EditorClient, build_db, csrf_of, review_server


def test_review_http_cookie_is_httponly_samesite_and_page_is_locked_down(db_path):
    build_db(db_path, articles=1)
    with review_server(db_path) as server:
        answer = httpx.get(server.url + "/")
        cookie = answer.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=strict" in cookie and "path=/" in cookie
        assert '<input type="text" name="editor"' in answer.text  # the name is asked first
        policy = answer.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy
        assert answer.headers["x-frame-options"] == "DENY"
        assert server.url.startswith("http://127.0.0.1:")  # loopback unless told otherwise


def test_review_http_posts_need_the_csrf_token_and_our_origin(db_path):
    ids = build_db(db_path, articles=1)
    with review_server(db_path) as server:
        editor = EditorClient(server.url, "mallory-victim")
        forged = editor.http.post("/decide", data={"event_id": ids[0][0], "decision": "rejected"},
                                  headers={"accept": "application/json"})
        assert forged.status_code == 403 and "CSRF" in forged.json()["error"]
        cross = editor.http.post("/decide", data={"csrf_token": editor.csrf, "event_id": ids[0][0],
                                                  "decision": "rejected"},
                                 headers={"origin": "http://evil.example", "accept": "application/json"})
        assert cross.status_code == 403 and cross.json()["error"] == "cross-site request refused"
        assert editor.http.get("/decide").status_code == 405  # state changes only by POST
        assert run_query(db_path, "SELECT count(*) FROM reviews")[1] == [(0,)]
        assert editor.decide(ids[0][0], "rejected").json()["ok"] is True
        assert run_query(db_path, "SELECT editor, decision FROM reviews")[1] == [("mallory-victim", "rejected")]
        editor.close()


def test_review_http_forms_work_without_the_script(db_path):
    ids = build_db(db_path, articles=1)
    with review_server(db_path) as server:
        editor = EditorClient(server.url, "Noscript Nora")
        answer = editor.http.post("/decide", data={"csrf_token": editor.csrf, "event_id": ids[0][2],
                                                   "decision": "corrected", "type": "agreement", "actor": "JPN",
                                                   "partners": ["VNM", "AUS"], "elements": ["REE", "Dy"],
                                                   "year": "2025", "month": "10", "day": "9",
                                                   "date_precision": "day", "note": "two partners", "next": "/?type=agreement"})
        assert answer.status_code == 303 and answer.headers["location"] == "/?type=agreement"
        edit_page = editor.http.get(f"/edit/{ids[0][1]}")
        assert edit_page.status_code == 200 and 'name="partners" multiple' in edit_page.text
        bad = editor.decide(ids[0][1], "corrected", type="investment", actor="XXX")
        assert bad.status_code == 400 and bad.json()["error"] == "actor: unknown code 'XXX'"
        unknown = editor.decide("ev_gone", "accepted")
        assert unknown.status_code == 409
        _, rows = run_query(db_path, "SELECT event_id, actor, partners, elements, event_date, date_precision, "
                                     "review_status, reviewed_by FROM events_reviewed")
        assert rows == [(ids[0][2], "JPN", ["VNM", "AUS"], ["REE", "Dy"], "2025-10-09", "day", "corrected", "Noscript Nora")]
        assert run_query(db_path, "SELECT note FROM reviews")[1] == [("two partners",)]
        editor.close()


def test_review_http_escapes_article_text(db_path):
    build_db(db_path, articles=0, xss=True)
    with review_server(db_path) as server:
        editor = EditorClient(server.url, "Alice")
        html = editor.http.get("/").text
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>alert" not in html
        assert "&lt;img src=x onerror=alert(2)&gt;" in html and "<img" not in html
        assert "Curbs &lt;b&gt;bold&lt;/b&gt; &amp; &lt;i&gt;more&lt;/i&gt;" in html
        editor.close()


def test_review_cli_refuses_other_addresses_without_accounts_in_one_line(db_path):
    build_db(db_path, articles=1)
    result = run_cli("review", "--db", str(db_path), "--host", "0.0.0.0", timeout=60)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "orewatch: refusing to listen on 0.0.0.0 without editor accounts: pass --users FILE "
        "(create it with `orewatch review adduser NAME --users FILE`)"]
    missing = run_cli("review", "--db", str(db_path.parent / "none.duckdb"), timeout=60)
    assert missing.returncode == 1 and len(missing.stderr.splitlines()) == 1 and "run `orewatch ingest`" in missing.stderr
    bad_users = run_cli("review", "--db", str(db_path), "--users", str(db_path.parent / "nobody.txt"), timeout=60)
    assert bad_users.returncode == 1 and len(bad_users.stderr.splitlines()) == 1 and "no such users file" in bad_users.stderr


def _adduser(users, name: str, password: str):
    import subprocess

    from tests.conftest import ORE

    return subprocess.run([ORE, "review", "adduser", name, "--users", str(users), "--password-stdin"],
                          input=password + "\n", capture_output=True, text=True, timeout=60)


def test_review_accounts_sign_in_and_decisions_carry_the_login(db_path, tmp_path):
    ids = build_db(db_path, articles=1)
    users = tmp_path / "editors.txt"
    assert _adduser(users, "ana", "first secret").returncode == 0
    assert _adduser(users, "ben", "ben's secret").returncode == 0
    changed = _adduser(users, "ana", "correct horse")
    assert changed.returncode == 0 and "changed the password of ana" in changed.stderr
    lines = users.read_text().splitlines()
    assert [line.split(":")[0] for line in lines] == ["ben", "ana"]
    assert all(line.split(":", 1)[1].startswith("$argon2id$") for line in lines)
    assert "correct horse" not in users.read_text()
    assert stat.S_IMODE(os.stat(users).st_mode) == 0o600
    assert _adduser(users, "no:colons", "x").returncode == 2

    with review_server(db_path, "--users", str(users)) as server:
        http = httpx.Client(base_url=server.url, headers={"origin": server.url})
        first = http.get("/")
        assert first.status_code == 303 and first.headers["location"].startswith("/login")
        token = csrf_of(http.get("/login").text)
        wrong = http.post("/login", data={"csrf_token": token, "editor": "ana", "password": "first secret"})
        assert wrong.status_code == 401 and "wrong name or password" in wrong.text
        named = http.post("/editor", data={"csrf_token": token, "editor": "ana"})
        assert named.status_code == 403  # with accounts, a typed name is not a login
        right = http.post("/login", data={"csrf_token": token, "editor": "ana", "password": "correct horse", "next": "/"})
        assert right.status_code == 303
        token = csrf_of(http.get("/").text)
        answer = http.post("/decide", data={"csrf_token": token, "event_id": ids[0][0], "decision": "accepted"},
                           headers={"accept": "application/json"})
        assert answer.json()["ok"] is True
        http.close()
    assert run_query(db_path, "SELECT editor FROM reviews")[1] == [("ana",)]
