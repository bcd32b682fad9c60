"""Editor accounts for a review page reachable from other machines: a users file of
`name:argon2-hash` lines, written by `orewatch review adduser NAME` and checked at login.

The file holds only Argon2id hashes (argon2-cffi's defaults); it is written with mode 0600
and replaced atomically, so a crash never leaves it half written."""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

NAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
_hasher = PasswordHasher()
# Verifying against this keeps a login with an unknown name as slow as a wrong password.
_DUMMY_HASH = _hasher.hash("orewatch-no-such-user")


class UsersFileError(ValueError):
    """The users file cannot be used; the message names the file and line."""


@dataclass(frozen=True)
class Accounts:
    """Editor name -> password hash, as read from a users file."""

    path: Path
    hashes: dict[str, str]

    def verify(self, name: str, password: str) -> bool:
        """True when `password` is `name`'s (constant work whether or not the name exists)."""
        stored = self.hashes.get(name)
        try:
            return _hasher.verify(stored or _DUMMY_HASH, password) and stored is not None
        except (VerificationError, InvalidHashError):
            return False


def check_name(name: str) -> str:
    """The name if it is a valid login (letters, digits, . _ -; up to 64), else ValueError."""
    if not NAME_PATTERN.match(name or ""):
        raise ValueError(f"{name!r} is not a valid editor name (letters, digits, '.', '_', '-'; up to 64)")
    return name


def load_accounts(path: str | os.PathLike) -> Accounts:
    """Read a users file; UsersFileError (one line: file, line, problem) when it is unusable."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise UsersFileError(f"{path}: no such users file (create it with `orewatch review adduser NAME --users {path}`)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsersFileError(f"{path}: cannot be read ({exc})") from None
    hashes: dict[str, str] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        name, sep, digest = line.strip().partition(":")
        if not sep or not NAME_PATTERN.match(name) or not digest.startswith("$argon2"):
            raise UsersFileError(f"{path}: line {number}: expected NAME:ARGON2-HASH")
        hashes[name] = digest
    if not hashes:
        raise UsersFileError(f"{path}: no editor accounts in it (add one with `orewatch review adduser NAME --users {path}`)")
    return Accounts(path, hashes)


def set_password(path: str | os.PathLike, name: str, password: str) -> bool:
    """Add `name` with `password` to the users file, or replace its hash; True when added."""
    check_name(name)
    if not password:
        raise ValueError("the password is empty")
    path = Path(path)
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    entry = f"{name}:{_hasher.hash(password)}"
    kept = [line for line in lines if line.partition(":")[0].strip() != name]
    added = len(kept) == len(lines)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write("\n".join([*kept, entry]) + "\n")
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return added
