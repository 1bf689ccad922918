"""Web logins: a user name and a password hash, kept in the records file.

The ``logins`` table (schema version 2 of :mod:`assistant.records.store`) lives in the same
SQLite file as the users' records and refers to their ``users`` row with ``ON DELETE CASCADE``:
erasing a user (:meth:`Records.erase_user`) removes the login with everything else,
and the file is scrubbed.
Passwords are hashed with scrypt, a random salt each; the parameters are stored with the hash so
they can be raised later. No password or hash is ever logged, printed or put in a message.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import secrets
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from assistant.records.schema import connect
from assistant.records.store import Records, check_user_id

MIN_PASSWORD_LENGTH = 8
LOCAL_USER = "local"
"""The single user of a web app without logins (bound to 127.0.0.1); no login may take it."""

_SCHEME = "scrypt"
_N, _R, _P = 2**15, 8, 1  # about 32 MiB and a few tens of milliseconds per check
_MAX_N = 2**20  # refuse stored parameters that would take gigabytes to check
_SALT_BYTES = 16
_KEY_BYTES = 32


class LoginError(ValueError):
    """A login cannot be added, changed or found (the message never holds a password)."""


def check_login_name(name: str) -> str:
    """``name`` if it can be a login: a valid user id, no surrounding spaces, not reserved."""
    check_user_id(name)
    if name != name.strip():
        raise LoginError("a login name must not start or end with a space")
    if name == LOCAL_USER:
        raise LoginError(
            f"'{LOCAL_USER}' is the user of the web app without logins: choose another name"
        )
    return name


def check_password(password: str) -> str:
    """``password`` if it is long enough."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise LoginError(f"a password must be at least {MIN_PASSWORD_LENGTH} characters long")
    return password


def hash_password(password: str) -> str:
    """``scrypt$n$r$p$salt$key`` (hex), with a fresh random salt."""
    salt = secrets.token_bytes(_SALT_BYTES)
    key = _scrypt(password, salt, _N, _R, _P)
    return f"{_SCHEME}${_N}${_R}${_P}${salt.hex()}${key.hex()}"


def verify_password(password: str, stored: str) -> bool:
    """Whether ``password`` matches ``stored`` (from :func:`hash_password`), in constant time."""
    try:
        scheme, n, r, p, salt, key = stored.split("$")
        cost, block, parallel = int(n), int(r), int(p)
        expected = bytes.fromhex(key)
        if scheme != _SCHEME or not 1 < cost <= _MAX_N or not 0 < block * parallel <= 64:
            return False
        actual = _scrypt(password, bytes.fromhex(salt), cost, block, parallel, len(expected))
    except ValueError:
        return False
    return hmac.compare_digest(actual, expected)


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int, size: int = _KEY_BYTES) -> bytes:
    memory = 128 * r * (n + p + 2)
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=2 * memory, dklen=size
    )


@functools.cache
def _decoy_hash() -> str:
    """Checked against when the name is unknown, so that costs as long as a wrong password."""
    return hash_password(secrets.token_hex(MIN_PASSWORD_LENGTH))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Logins:
    """The web logins in the records file at ``path``; one connection, one thread at a time."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._db = connect(self.path, migrate=True)  # the logins table included

    def close(self) -> None:
        """Close the file (idempotent)."""
        self._db.close()

    def __enter__(self) -> Logins:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self._stored_hash(name) is not None

    def count(self) -> int:
        """How many logins there are."""
        return int(self._db.execute("SELECT count(*) FROM logins").fetchone()[0])

    def names(self) -> list[str]:
        """Every login name, sorted."""
        return [row[0] for row in self._db.execute("SELECT user FROM logins ORDER BY user")]

    def add(self, name: str, password: str) -> None:
        """A login for ``name`` (a records user too, if they are not one yet)."""
        check_login_name(name)
        password_hash = hash_password(check_password(password))
        if name in self:
            raise LoginError(f"there is already a login named {name!r}")
        with Records(self.path) as records:
            records.ensure_user(name)
        now = _now()
        try:
            self._db.execute(
                "INSERT INTO logins (user, password_hash, created_at, changed_at) "
                "VALUES (?, ?, ?, ?)",
                (name, password_hash, now, now),
            )
        except sqlite3.IntegrityError as exc:  # added meanwhile by another process
            raise LoginError(f"there is already a login named {name!r}") from exc

    def set_password(self, name: str, password: str) -> None:
        """Replace ``name``'s password (the old hash is overwritten in the file)."""
        password_hash = hash_password(check_password(password))
        cursor = self._db.execute(
            "UPDATE logins SET password_hash = ?, changed_at = ? WHERE user = ?",
            (password_hash, _now(), name),
        )
        if cursor.rowcount != 1:
            raise self._unknown(name)

    def verify(self, name: str, password: str) -> bool:
        """Whether ``name`` has a login and this is its password. An unknown name takes as long
        to refuse as a wrong password."""
        stored = self._stored_hash(name)
        if stored is None:
            verify_password(password, _decoy_hash())
            return False
        return verify_password(password, stored)

    def remove(self, name: str) -> None:
        """Remove ``name``'s login (not their records) and scrub the file."""
        cursor = self._db.execute("DELETE FROM logins WHERE user = ?", (name,))
        if cursor.rowcount != 1:
            raise self._unknown(name)
        self._db.execute("VACUUM")

    def describe(self, name: str) -> dict[str, Any] | None:
        """What is stored about ``name``'s login, without the hash (for an export); None if
        they have none."""
        row = self._db.execute(
            "SELECT created_at, changed_at FROM logins WHERE user = ?", (name,)
        ).fetchone()
        return None if row is None else {"created_at": row[0], "password_changed_at": row[1]}

    def _stored_hash(self, name: str) -> str | None:
        row = self._db.execute(
            "SELECT password_hash FROM logins WHERE user = ?", (name,)
        ).fetchone()
        return None if row is None else str(row[0])

    @staticmethod
    def _unknown(name: str) -> LoginError:
        return LoginError(f"there is no login named {name!r}: see `mentor user list`")
