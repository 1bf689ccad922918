"""The records file: its schema, versioned migrations, and the one way to open it.

Every connection has foreign keys and ``secure_delete`` on (deleted content is overwritten) and a
rollback journal deleted after each commit (no WAL file keeps old pages). ``PRAGMA user_version``
holds the schema version; each entry of ``_MIGRATIONS`` moves a file up by one.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

SCHEMA_VERSION = 3
"""Stored in ``PRAGMA user_version``; each entry of ``_MIGRATIONS`` moves the file up by one."""

_SCHEMA_V1 = """
CREATE TABLE users (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL
);
CREATE TABLE goals (
    id TEXT PRIMARY KEY,
    owner TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (id, owner)
);
CREATE INDEX goals_owner ON goals(owner);
CREATE TABLE goal_progress (
    id INTEGER PRIMARY KEY,
    goal_id TEXT NOT NULL,
    owner TEXT NOT NULL,
    at TEXT NOT NULL,
    note TEXT NOT NULL,
    percent INTEGER CHECK (percent BETWEEN 0 AND 100),
    status TEXT,
    FOREIGN KEY (goal_id, owner) REFERENCES goals(id, owner) ON DELETE CASCADE
);
CREATE INDEX goal_progress_goal ON goal_progress(goal_id, owner);
"""

_SCHEMA_V2 = """
CREATE TABLE IF NOT EXISTS logins (
    user TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    password_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    changed_at TEXT NOT NULL
);
"""
"""Web logins (:mod:`assistant.records.logins`). ``IF NOT EXISTS``: version-1 files written by
the release that added logins already have the table, created outside this versioning."""

_SCHEMA_V3 = """
ALTER TABLE logins ADD COLUMN session_epoch TEXT NOT NULL DEFAULT '';
"""
"""Each login's session epoch: a random value replaced whenever its web sessions must end (a
password change); a session signed in under another value is refused
(:mod:`assistant.ui.sessions`). Erasure and removal delete the row, which ends them too."""

_MIGRATIONS: tuple[str, ...] = (_SCHEMA_V1, _SCHEMA_V2, _SCHEMA_V3)
"""``_MIGRATIONS[n]`` takes a file from schema version ``n`` to ``n + 1``."""


class RecordsError(RuntimeError):
    """Something is wrong with the records store."""


class CorruptRecordsError(RecordsError):
    """The records file is not a database this version can read."""


BUSY_TIMEOUT_MS = 10_000
"""How long a connection waits for another one's write to finish before giving up."""


def integrity(path: Path) -> str:
    """``ok``, or what SQLite's integrity check found wrong in the records file at ``path``."""
    if not path.exists():
        return "ok"
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = db.execute("PRAGMA integrity_check").fetchall()
        finally:
            db.close()
    except sqlite3.DatabaseError as exc:
        return f"{type(exc).__name__}: {exc}"
    found = [str(row[0]) for row in rows]
    return "ok" if found == ["ok"] else "; ".join(found[:3])


def connect(path: Path, *, migrate: bool = False) -> sqlite3.Connection:
    """A connection to the records file at ``path`` (safe to share between threads when the
    caller serialises its calls); with ``migrate``, the file is created or upgraded first.
    :class:`CorruptRecordsError` if it is not a database, :class:`RecordsError` if it is newer.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        _prepare(db, path, migrate)
    except sqlite3.DatabaseError as exc:
        db.close()
        raise CorruptRecordsError(
            f"the records file {path} is not a valid database: move it aside or restore a backup"
        ) from exc
    except BaseException:
        db.close()
        raise
    return db


def _prepare(db: sqlite3.Connection, path: Path, migrate: bool) -> None:
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")  # wait for a writer, don't fail
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA secure_delete = ON")
    db.execute("PRAGMA temp_store = MEMORY")
    db.execute("PRAGMA journal_mode = DELETE")
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise RecordsError(
            f"the records file {path} was written by a newer Mentor Assistant "
            f"(schema {version}, this one reads up to {SCHEMA_VERSION}): upgrade"
        )
    for step in range(version, SCHEMA_VERSION if migrate else version):
        db.executescript(f"BEGIN; {_MIGRATIONS[step]} PRAGMA user_version = {step + 1}; COMMIT;")
    if db.execute("PRAGMA foreign_keys").fetchone() != (1,) or db.execute(
        "PRAGMA secure_delete"
    ).fetchone() != (1,):
        raise RecordsError("this SQLite build cannot enforce foreign keys or secure delete")
