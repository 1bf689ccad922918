"""The records file: its schema, versioned migrations, and the one way to open it.

Every connection has foreign keys and ``secure_delete`` on (deleted content is overwritten) and a
rollback journal deleted after each commit (no WAL file keeps old pages). ``PRAGMA user_version``
holds the schema version; each entry of ``_MIGRATIONS`` moves a file up by one.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SCHEMA_VERSION = 5
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

_SCHEMA_V4 = """
CREATE TABLE IF NOT EXISTS pairs (
    id TEXT PRIMARY KEY,
    format TEXT NOT NULL
        CHECK (format IN ('one-to-one', 'group', 'peer', 'reverse', 'e-mentoring')),
    start_date TEXT NOT NULL,
    months INTEGER NOT NULL CHECK (months BETWEEN 1 AND 120),
    cadence TEXT NOT NULL,
    focus TEXT NOT NULL,
    phase TEXT CHECK (phase IN ('initiation', 'cultivation', 'separation', 'redefinition')),
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS pair_members (
    pair_id TEXT NOT NULL REFERENCES pairs(id) ON DELETE CASCADE,
    user TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('mentor', 'mentee')),
    PRIMARY KEY (pair_id, user)
);
CREATE UNIQUE INDEX IF NOT EXISTS pair_one_mentor ON pair_members(pair_id) WHERE role = 'mentor';
CREATE INDEX IF NOT EXISTS pair_members_user ON pair_members(user);
CREATE TRIGGER IF NOT EXISTS pair_without_members AFTER DELETE ON pair_members
WHEN NOT EXISTS (SELECT 1 FROM pair_members WHERE pair_id = OLD.pair_id)
BEGIN
    DELETE FROM pairs WHERE id = OLD.pair_id;
END;
CREATE TABLE IF NOT EXISTS pair_sessions (
    id TEXT PRIMARY KEY,
    pair_id TEXT NOT NULL REFERENCES pairs(id) ON DELETE CASCADE,
    held_on TEXT NOT NULL,
    minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 600),
    phase TEXT NOT NULL,
    agenda TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS pair_sessions_pair ON pair_sessions(pair_id, held_on);
CREATE TABLE IF NOT EXISTS session_notes (
    id INTEGER PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES pair_sessions(id) ON DELETE CASCADE,
    author TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    shared INTEGER NOT NULL CHECK (shared IN (0, 1)),
    text TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS session_notes_session ON session_notes(session_id);
CREATE INDEX IF NOT EXISTS session_notes_author ON session_notes(author);
CREATE TABLE IF NOT EXISTS pair_actions (
    id TEXT PRIMARY KEY,
    pair_id TEXT NOT NULL REFERENCES pairs(id) ON DELETE CASCADE,
    session_id TEXT REFERENCES pair_sessions(id) ON DELETE SET NULL,
    text TEXT NOT NULL,
    owner_role TEXT NOT NULL CHECK (owner_role IN ('mentor', 'mentee')),
    assignee TEXT REFERENCES users(id) ON DELETE CASCADE,
    due TEXT,
    status TEXT NOT NULL CHECK (status IN ('open', 'done', 'dropped')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS pair_actions_pair ON pair_actions(pair_id, status);
CREATE INDEX IF NOT EXISTS pair_actions_assignee ON pair_actions(assignee);
CREATE TABLE IF NOT EXISTS goal_shares (
    goal_id TEXT NOT NULL,
    owner TEXT NOT NULL,
    pair_id TEXT NOT NULL REFERENCES pairs(id) ON DELETE CASCADE,
    shared_at TEXT NOT NULL,
    PRIMARY KEY (goal_id, pair_id),
    FOREIGN KEY (goal_id, owner) REFERENCES goals(id, owner) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS goal_shares_owner ON goal_shares(owner);
"""
"""Mentoring pairs (:mod:`assistant.records.pairs`): a pair and its members (one mentor, one
or more mentees), sessions, notes (each its author's; private or shared with the pair), actions
and the goals a mentee shares with a pair. Every personal row refers to its user with
``ON DELETE CASCADE``, so erasure removes it; a pair left without members goes too (trigger).
``IF NOT EXISTS`` throughout, as in version 2: a file whose version number was set back (as the
older-file tests do) migrates again without error."""

_SCHEMA_V5 = """
CREATE TABLE IF NOT EXISTS login_roles (
    user TEXT PRIMARY KEY REFERENCES logins(user) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('mentee', 'mentor', 'trainer'))
);
CREATE TABLE IF NOT EXISTS course_progress (
    user TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    step_id TEXT NOT NULL,
    done_at TEXT NOT NULL,
    PRIMARY KEY (user, step_id)
);
"""
"""Each login's role (:mod:`assistant.records.logins`): what the web app lets it do; a login
without a row (every login from before this version) is a mentee. And each user's progress
through the onboarding course (:mod:`assistant.records.course_progress`): the steps they
completed and when. Both go with the login or the user (``ON DELETE CASCADE``). Tables rather
than a column: ``IF NOT EXISTS`` keeps the migration re-runnable, as in version 4."""

_MIGRATIONS: tuple[str, ...] = (_SCHEMA_V1, _SCHEMA_V2, _SCHEMA_V3, _SCHEMA_V4, _SCHEMA_V5)
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


@contextmanager
def immediate(db: sqlite3.Connection, lock: threading.RLock) -> Iterator[sqlite3.Connection]:
    """A write transaction on ``db`` (BEGIN IMMEDIATE: the write lock up front), rolled back
    if anything fails, one thread at a time."""
    with lock:
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")


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
