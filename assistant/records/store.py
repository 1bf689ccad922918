"""The records store: users and their goals in one SQLite file (``settings.records_path``).

Access control lives here, in code: every call takes the caller's ``owner`` and every query filters
by it, so one user can never read, change or even detect another user's goal. Erasure is real:
``secure_delete`` overwrites deleted content, the rollback journal is deleted after each commit
(no WAL file keeps old pages) and :meth:`Records.erase_user` rebuilds the file with ``VACUUM``.
Nothing here logs, and error messages carry no user text.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from assistant.goals.model import Goal, GoalDraft, GoalStatus, ProgressEntry
from assistant.records.schema import (
    SCHEMA_VERSION,
    CorruptRecordsError,
    RecordsError,
    connect,
    immediate,
)

__all__ = [
    "SCHEMA_VERSION",
    "CorruptRecordsError",
    "GoalNotFound",
    "Records",
    "RecordsError",
    "check_user_id",
]

_VISIBLE_BY_DEFAULT = tuple(s for s in GoalStatus if s is not GoalStatus.ARCHIVED)
_MAX_USER_ID = 128


class GoalNotFound(RecordsError, LookupError):
    """No such goal *for this user*: missing and someone else's look exactly alike."""

    def __init__(self) -> None:
        super().__init__("goal not found")


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _stamp(moment: datetime) -> str:
    """A UTC timestamp of fixed width, so stored timestamps sort as text."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def check_user_id(owner: str) -> str:
    """``owner`` if it is a valid opaque user id (1..128 characters, all printable).

    Control and invisible characters (line breaks, zero-width spaces...) are refused: they make
    ids that look alike but are not. The message never repeats the id.
    """
    if not isinstance(owner, str) or not 1 <= len(owner) <= _MAX_USER_ID:
        raise ValueError(f"a user id must be 1 to {_MAX_USER_ID} characters long")
    if not owner.isprintable():
        raise ValueError("a user id must not contain control or invisible characters")
    return owner


class Records:
    """Users' goals in one SQLite file; safe to share between threads (calls are serialised)."""

    def __init__(self, path: Path, clock: Callable[[], datetime] = _utc_now) -> None:
        self.path = Path(path)
        self._clock = clock
        self._lock = threading.RLock()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = connect(self.path, migrate=True)

    # -- lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        """Close the file (idempotent)."""
        with self._lock:
            self._db.close()

    def __enter__(self) -> Records:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        return immediate(self._db, self._lock)

    def _now(self) -> datetime:
        now = self._clock()
        if now.tzinfo is None:
            raise RecordsError("the records clock must return timezone-aware datetimes")
        return now.astimezone(UTC)

    # -- users -----------------------------------------------------------------------------

    def ensure_user(self, owner: str) -> None:
        """Create the user if they do not exist yet."""
        check_user_id(owner)
        with self._transaction() as db:
            _ensure_user(db, owner, _stamp(self._now()))

    def export_user(self, owner: str) -> dict[str, Any]:
        """Everything stored about ``owner``, as JSON-able data (the right of access)."""
        check_user_id(owner)
        with self._lock:
            row = self._db.execute("SELECT created_at FROM users WHERE id = ?", (owner,)).fetchone()
            goals = self._load_goals(self._db, owner, statuses=tuple(GoalStatus))
            course = self._db.execute(
                "SELECT step_id, done_at FROM course_progress WHERE user = ? "
                "ORDER BY done_at, step_id",
                (owner,),
            ).fetchall()
        return {
            "schema_version": SCHEMA_VERSION,
            "exported_at": _stamp(self._now()),
            "user": {"id": owner, "created_at": row[0] if row else None},
            "goals": [goal.model_dump(mode="json") for goal in goals],
            "course_progress": [{"step": step, "done_at": at} for step, at in course],
        }

    def erase_user(self, owner: str) -> int:
        """Delete ``owner`` and all they own, then scrub the file; returns the rows removed.

        In mentoring pairs that means their membership, the notes they wrote, the actions
        assigned to them and their goal shares; the other members' own notes stay. Their
        course progress and their login (with its role) go too."""
        check_user_id(owner)
        with self._lock:
            with self._transaction() as db:
                removed = sum(
                    db.execute(
                        f"SELECT count(*) FROM {table} WHERE {column} = ?", (owner,)
                    ).fetchone()[0]
                    for table, column in (
                        ("users", "id"),
                        ("goals", "owner"),
                        ("goal_progress", "owner"),
                        ("pair_members", "user"),  # and pairs left without members (trigger)
                        ("session_notes", "author"),
                        ("pair_actions", "assignee"),
                        ("goal_shares", "owner"),
                        ("course_progress", "user"),
                    )
                )
                db.execute("DELETE FROM users WHERE id = ?", (owner,))
            self._scrub()
        return int(removed)

    def _scrub(self) -> None:
        """Leave no trace of deleted rows in the file or beside it."""
        self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._db.execute("VACUUM")

    # -- goals -----------------------------------------------------------------------------

    def save_goal(self, owner: str, draft: GoalDraft) -> Goal:
        """Store a new goal for ``owner`` (created as a user if need be)."""
        check_user_id(owner)
        now = _stamp(self._now())
        goal_id = uuid.uuid4().hex
        with self._transaction() as db:
            _ensure_user(db, owner, now)
            db.execute(
                "INSERT INTO goals (id, owner, status, payload, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (goal_id, owner, GoalStatus.ACTIVE.value, _payload(draft), now, now),
            )
            return self._load_goal(db, owner, goal_id)

    def get_goal(self, owner: str, goal_id: str) -> Goal:
        """``owner``'s goal; :class:`GoalNotFound` if it is missing or not theirs."""
        check_user_id(owner)
        with self._lock:
            return self._load_goal(self._db, owner, goal_id)

    def list_goals(self, owner: str, statuses: Iterable[GoalStatus] | None = None) -> list[Goal]:
        """``owner``'s goals (all but archived by default), by target date then creation."""
        check_user_id(owner)
        wanted = _VISIBLE_BY_DEFAULT if statuses is None else tuple(map(GoalStatus, statuses))
        with self._lock:
            return self._load_goals(self._db, owner, wanted)

    def update_goal(self, owner: str, goal_id: str, draft: GoalDraft) -> Goal:
        """Replace the goal's content; id, status, progress and creation time are kept."""
        check_user_id(owner)
        payload = _payload(draft)
        with self._transaction() as db:
            self._change(db, owner, goal_id, self._now(), payload=payload)
            return self._load_goal(db, owner, goal_id)

    def record_progress(
        self, owner: str, goal_id: str, note: str, percent: int | None = None
    ) -> Goal:
        """Add a progress note (and optionally a percentage) to the goal's history."""
        check_user_id(owner)
        entry = ProgressEntry(at=self._now(), note=note, percent=percent)
        with self._transaction() as db:
            self._change(db, owner, goal_id, entry.at)
            _insert_progress(db, owner, goal_id, entry)
            return self._load_goal(db, owner, goal_id)

    def set_status(self, owner: str, goal_id: str, status: GoalStatus, note: str = "") -> Goal:
        """Move the goal to ``status``; the change (and ``note``) joins the progress history.

        Setting the status a goal already has, with no note, changes nothing.
        """
        check_user_id(owner)
        status = GoalStatus(status)
        entry = ProgressEntry(at=self._now(), note=note, status=status)
        with self._transaction() as db:
            current = self._load_goal(db, owner, goal_id)
            if current.status is status and not entry.note:
                return current
            self._change(db, owner, goal_id, entry.at, status=status)
            _insert_progress(db, owner, goal_id, entry)
            return self._load_goal(db, owner, goal_id)

    def delete_goal(self, owner: str, goal_id: str) -> None:
        """Delete the goal and its history (overwritten in the file, not just unlinked)."""
        check_user_id(owner)
        with self._transaction() as db:
            cursor = db.execute("DELETE FROM goals WHERE id = ? AND owner = ?", (goal_id, owner))
            if cursor.rowcount != 1:
                raise GoalNotFound()

    # -- helpers (callers hold the lock) ---------------------------------------------------

    def _change(
        self,
        db: sqlite3.Connection,
        owner: str,
        goal_id: str,
        now: datetime,
        payload: str | None = None,
        status: GoalStatus | None = None,
    ) -> None:
        """Bump ``updated_at`` and set what is given; :class:`GoalNotFound` if not theirs."""
        cursor = db.execute(
            "UPDATE goals SET updated_at = ?, payload = coalesce(?, payload), "
            "status = coalesce(?, status) WHERE id = ? AND owner = ?",
            (_stamp(now), payload, status.value if status else None, goal_id, owner),
        )
        if cursor.rowcount != 1:
            raise GoalNotFound()

    def _load_goal(self, db: sqlite3.Connection, owner: str, goal_id: str) -> Goal:
        row = db.execute(
            "SELECT id, owner, status, payload, created_at, updated_at FROM goals "
            "WHERE id = ? AND owner = ?",
            (goal_id, owner),
        ).fetchone()
        if row is None:
            raise GoalNotFound()
        return _goal(row, _progress(db, owner, goal_id).get(goal_id, []))

    def _load_goals(
        self, db: sqlite3.Connection, owner: str, statuses: tuple[GoalStatus, ...]
    ) -> list[Goal]:
        if not statuses:
            return []
        marks = ", ".join("?" * len(statuses))
        rows = db.execute(
            "SELECT id, owner, status, payload, created_at, updated_at FROM goals "
            f"WHERE owner = ? AND status IN ({marks})",
            (owner, *(s.value for s in statuses)),
        ).fetchall()
        history = _progress(db, owner)
        goals = [_goal(row, history.get(row[0], [])) for row in rows]
        return sorted(goals, key=_listing_order)


def _ensure_user(db: sqlite3.Connection, owner: str, now: str) -> None:
    db.execute("INSERT OR IGNORE INTO users (id, created_at) VALUES (?, ?)", (owner, now))


def _payload(draft: GoalDraft) -> str:
    fields = GoalDraft.model_validate(draft.model_dump(include=set(GoalDraft.model_fields)))
    return json.dumps(fields.model_dump(mode="json"), ensure_ascii=False, sort_keys=True)


def _insert_progress(
    db: sqlite3.Connection, owner: str, goal_id: str, entry: ProgressEntry
) -> None:
    db.execute(
        "INSERT INTO goal_progress (goal_id, owner, at, note, percent, status) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (
            goal_id,
            owner,
            _stamp(entry.at),
            entry.note,
            entry.percent,
            entry.status.value if entry.status else None,
        ),
    )


def _progress(
    db: sqlite3.Connection, owner: str, goal_id: str | None = None
) -> dict[str, list[ProgressEntry]]:
    """The history of one of ``owner``'s goals, or of all of them, oldest entry first."""
    history: dict[str, list[ProgressEntry]] = {}
    rows = db.execute(
        "SELECT goal_id, at, note, percent, status FROM goal_progress "
        "WHERE owner = ? AND goal_id = coalesce(?, goal_id) ORDER BY at, id",
        (owner, goal_id),
    )
    for of_goal, at, note, percent, status in rows:
        entry = ProgressEntry(at=at, note=note, percent=percent, status=status)
        history.setdefault(of_goal, []).append(entry)
    return history


def _goal(row: tuple[Any, ...], progress: list[ProgressEntry]) -> Goal:
    goal_id, owner, status, payload, created_at, updated_at = row
    return Goal.model_validate(
        {
            **json.loads(payload),
            "id": goal_id,
            "owner": owner,
            "status": status,
            "created_at": created_at,
            "updated_at": updated_at,
            "progress": progress,
        }
    )


def _listing_order(goal: Goal) -> tuple[bool, date, datetime, str]:
    """Dated goals first, soonest first; then the oldest; the id settles exact ties."""
    return (goal.target_date is None, goal.target_date or date.max, goal.created_at, goal.id)
