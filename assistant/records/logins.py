"""Web logins: a user name and a password hash, kept in the records file.

The ``logins`` table (schema version 2 of :mod:`assistant.records.store`) lives in the same
SQLite file as the users' records and refers to their ``users`` row with ``ON DELETE CASCADE``:
erasing a user (:meth:`Records.erase_user`) removes the login with everything else,
and the file is scrubbed.
Passwords are hashed with scrypt, a random salt each; the parameters are stored with the hash so
they can be raised later. No password or hash is ever logged, printed or put in a message.

Each login also has a *session epoch* (schema version 3), a random value: a web session records
the epoch it signed in under and lasts only while the login still has it. Changing the password
draws a new one, and erasure or removal deletes the row, so every open session ends, even in an
app started by another process (:func:`session_epoch` reads it from the file on each request).

Each login has a *role* (schema version 5, table ``login_roles``): mentee, mentor or trainer.
A login without one (added before roles existed) is a mentee. The web app reads the role from
this file on each request (:func:`login_role`), never from the browser.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import secrets
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from assistant.conversation import ROLES, Role
from assistant.records.schema import BUSY_TIMEOUT_MS, connect
from assistant.records.store import Records, check_user_id

MIN_PASSWORD_LENGTH = 8
LOCAL_USER = "local"
"""The single user of a web app without logins (bound to 127.0.0.1); no login may take it."""

DEFAULT_ROLE: Role = "mentee"
"""The role of a login that has none (every login from before roles existed)."""

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


def check_role(role: str) -> Role:
    """``role`` if it is one of :data:`~assistant.conversation.ROLES`."""
    for known in ROLES:
        if role == known:
            return known
    raise LoginError(f"a role must be one of {', '.join(ROLES)}")


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


def _new_epoch() -> str:
    return secrets.token_hex(16)


def session_epoch(path: Path, name: str) -> str | None:
    """``name``'s current session epoch in the records file at ``path`` (opened read-only);
    None if they have no login, or if the file cannot be read (sessions then end: fail closed).
    """
    try:
        db = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        with closing(db):
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            row = db.execute("SELECT session_epoch FROM logins WHERE user = ?", (name,)).fetchone()
    except sqlite3.Error:
        return None
    return None if row is None else str(row[0])


def login_role(path: Path, name: str) -> Role | None:
    """``name``'s role in the records file at ``path`` (opened read-only); None if they have no
    login or the file cannot be read (the caller then refuses: fail closed)."""
    try:
        db = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        with closing(db):
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            row = db.execute(
                "SELECT coalesce(r.role, ?) FROM logins l LEFT JOIN login_roles r "
                "ON r.user = l.user WHERE l.user = ?",
                (DEFAULT_ROLE, name),
            ).fetchone()
    except sqlite3.Error:
        return None
    return None if row is None else check_role(str(row[0]))


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

    def add(self, name: str, password: str, role: str = DEFAULT_ROLE) -> None:
        """A login for ``name`` with ``role`` (a records user too, if they are not one yet)."""
        check_login_name(name)
        role = check_role(role)
        password_hash = hash_password(check_password(password))
        if name in self:
            raise LoginError(f"there is already a login named {name!r}")
        with Records(self.path) as records:
            records.ensure_user(name)
        now = _now()
        try:
            self._db.execute(
                "INSERT INTO logins (user, password_hash, created_at, changed_at, session_epoch) "
                "VALUES (?, ?, ?, ?, ?)",
                (name, password_hash, now, now, _new_epoch()),
            )
        except sqlite3.IntegrityError as exc:  # added meanwhile by another process
            raise LoginError(f"there is already a login named {name!r}") from exc
        self.set_role(name, role)

    def role(self, name: str) -> Role:
        """``name``'s role (:data:`DEFAULT_ROLE` if the login has none)."""
        if name not in self:
            raise self._unknown(name)
        row = self._db.execute("SELECT role FROM login_roles WHERE user = ?", (name,)).fetchone()
        return DEFAULT_ROLE if row is None else check_role(str(row[0]))

    def roles(self) -> dict[str, Role]:
        """Every login name with its role, sorted by name."""
        rows = self._db.execute(
            "SELECT l.user, coalesce(r.role, ?) FROM logins l "
            "LEFT JOIN login_roles r ON r.user = l.user ORDER BY l.user",
            (DEFAULT_ROLE,),
        )
        return {str(name): check_role(str(role)) for name, role in rows}

    def set_role(self, name: str, role: str) -> None:
        """Give ``name``'s login ``role`` (it counts from their next request)."""
        role = check_role(role)
        if name not in self:
            raise self._unknown(name)
        self._db.execute(
            "INSERT INTO login_roles (user, role) VALUES (?, ?) "
            "ON CONFLICT (user) DO UPDATE SET role = excluded.role",
            (name, role),
        )

    def set_password(self, name: str, password: str) -> None:
        """Replace ``name``'s password (the old hash is overwritten in the file) and end every
        web session signed in with the old one."""
        password_hash = hash_password(check_password(password))
        cursor = self._db.execute(
            "UPDATE logins SET password_hash = ?, changed_at = ?, session_epoch = ? WHERE user = ?",
            (password_hash, _now(), _new_epoch(), name),
        )
        if cursor.rowcount != 1:
            raise self._unknown(name)

    def verify(self, name: str, password: str) -> bool:
        """Whether ``name`` has a login and this is its password. An unknown name takes as long
        to refuse as a wrong password."""
        return self.sign_in(name, password) is not None

    def sign_in(self, name: str, password: str) -> str | None:
        """The session epoch of ``name``'s login if this is its password, else None. The epoch
        is read with the hash it was checked against, so a password changed meanwhile cannot
        hand the new epoch to a session opened with the old password."""
        row = self._db.execute(
            "SELECT password_hash, session_epoch FROM logins WHERE user = ?", (name,)
        ).fetchone()
        if row is None:
            verify_password(password, _decoy_hash())
            return None
        return str(row[1]) if verify_password(password, str(row[0])) else None

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
