"""The signed session cookie and the accounts file, without a server."""

from __future__ import annotations

import time

import pytest

from orewatch.review.accounts import UsersFileError, load_accounts, set_password
from orewatch.review.sessions import SessionSigner, csrf_matches, new_session


def test_sessions_round_trip_and_refuse_tampering_and_age():
    signer = SessionSigner(max_age=60)
    session = new_session().with_editor("Alice")
    value = signer.dump(session)
    assert signer.load(value) == session
    payload, _, signature = value.rpartition(".")
    forged = SessionSigner().dump(new_session().with_editor("Mallory"))
    assert signer.load(forged) is None  # signed with another key
    assert signer.load(payload[:-2] + "xx." + signature) is None
    assert signer.load("garbage") is None and signer.load(None) is None
    old = SessionSigner(key=signer.key, max_age=60)
    stale = signer.dump(type(session)(csrf=session.csrf, editor="Alice", issued=int(time.time()) - 120))
    assert old.load(stale) is None
    assert csrf_matches(session, session.csrf) and not csrf_matches(session, "") and not csrf_matches(session, None)
    assert session.with_editor("Bob").csrf != session.csrf  # a new token when who is signed in changes


def test_accounts_file_is_checked_line_by_line(tmp_path):
    users = tmp_path / "editors.txt"
    assert set_password(users, "ana", "pw one") is True
    assert set_password(users, "ana", "pw two") is False
    accounts = load_accounts(users)
    assert accounts.verify("ana", "pw two") and not accounts.verify("ana", "pw one")
    assert not accounts.verify("nobody", "pw two")
    users.write_text(users.read_text() + "bob:plaintext\n")
    with pytest.raises(UsersFileError, match=r"editors.txt: line 2: expected NAME:ARGON2-HASH"):
        load_accounts(users)
    (tmp_path / "empty.txt").write_text("# nobody yet\n")
    with pytest.raises(UsersFileError, match="no editor accounts"):
        load_accounts(tmp_path / "empty.txt")
