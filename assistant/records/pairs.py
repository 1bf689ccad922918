"""Mentoring pairs in the records file: the relationship, its sessions and notes, the actions
agreed and the goals a mentee shares with it (tables of schema version 4).

Who may see what is decided here, in code, on every call (``caller`` is always the first
argument and every query filters by it):

- only the pair's members see a pair; to anyone else it does not exist (:class:`PairNotFound`);
- a note is its author's: it is seen by its author, and by the other members only if it is
  marked shared (so a mentee never sees the mentor's private notes);
- a mentor sees every action of the pair; a mentee sees the mentor's actions, the group's and
  their own, not those assigned to another mentee of a group;
- a goal stays private until its owner, a mentee of the pair, shares it; the mentor then sees
  it, other mentees of a group do not; unsharing hides it again;
- only the mentor records sessions and sets the phase.

Erasing a user (:meth:`Records.erase_user`) removes their membership, the notes they wrote, the
actions assigned to them and their shares (``ON DELETE CASCADE``); the other members' own notes
stay, and a pair left with no member goes with everything in it.
"""

from __future__ import annotations

import sqlite3
import threading
import uuid
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import asdict
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import cast

from assistant.goals.model import Goal
from assistant.records.pair_model import (
    ACTION_STATUSES,
    CADENCES,
    FORMATS,
    GROUP_FORMATS,
    MAX_ACTION,
    MAX_FOCUS,
    MAX_NOTE,
    PHASES,
    Action,
    ActionStatus,
    Cadence,
    MemberRole,
    MentorOnly,
    Note,
    Pair,
    PairFormat,
    PairNotFound,
    Phase,
    Session,
    checked_text,
    one_of,
    utc_now,
)
from assistant.records.schema import connect, immediate
from assistant.records.store import Records, check_user_id

__all__ = [
    "ACTION_STATUSES",
    "CADENCES",
    "FORMATS",
    "GROUP_FORMATS",
    "PHASES",
    "Action",
    "ActionStatus",
    "Cadence",
    "MemberRole",
    "MentorOnly",
    "Note",
    "Pair",
    "PairFormat",
    "PairNotFound",
    "Pairs",
    "Phase",
    "Session",
]


class Pairs:
    """The mentoring pairs in the records file at ``path`` (safe to share between threads)."""

    def __init__(self, path: Path, clock: Callable[[], datetime] = utc_now) -> None:
        self.records = Records(path, clock)  # goals, users; migrates the file
        self._clock = clock
        self._lock = threading.RLock()
        self._db = connect(Path(path), migrate=True)

    def close(self) -> None:
        """Close the file (idempotent)."""
        with self._lock:
            self._db.close()
            self.records.close()

    def __enter__(self) -> Pairs:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        return immediate(self._db, self._lock)

    def _stamp(self) -> str:
        return self._clock().astimezone(UTC).isoformat(timespec="microseconds")

    # -- pairs -----------------------------------------------------------------------------

    def add_pair(
        self,
        caller: str,
        mentees: list[str],
        *,
        format: PairFormat = "one-to-one",
        start: date,
        months: int = 6,
        cadence: Cadence = "monthly",
        focus: str = "",
    ) -> Pair:
        """A new pair mentored by ``caller``; a group or peer circle may have several mentees."""
        check_user_id(caller)
        for mentee in mentees:
            check_user_id(mentee)
        one_of(format, FORMATS, "format")
        one_of(cadence, CADENCES, "cadence")
        if not mentees or caller in mentees or len(set(mentees)) != len(mentees):
            raise ValueError("a pair needs one or more mentees, different from the mentor")
        if len(mentees) > 1 and format not in GROUP_FORMATS:
            raise ValueError("several mentees need the group or peer format")
        if not 1 <= months <= 120:
            raise ValueError("the expected length must be 1 to 120 months")
        for user in (caller, *mentees):
            self.records.ensure_user(user)
        pair_id, now = uuid.uuid4().hex, self._stamp()
        with self._transaction() as db:
            db.execute(
                "INSERT INTO pairs (id, format, start_date, months, cadence, focus, phase, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, NULL, ?)",
                (
                    pair_id,
                    format,
                    start.isoformat(),
                    months,
                    cadence,
                    checked_text(focus, MAX_FOCUS, "focus", required=False),
                    now,
                ),
            )
            db.executemany(
                "INSERT INTO pair_members (pair_id, user, role) VALUES (?, ?, ?)",
                [(pair_id, caller, "mentor"), *((pair_id, m, "mentee") for m in mentees)],
            )
        return self.get_pair(caller, pair_id)

    def list_pairs(self, caller: str) -> list[Pair]:
        """The pairs ``caller`` belongs to, as mentor or mentee, oldest start first."""
        check_user_id(caller)
        with self._lock:
            rows = self._db.execute(
                "SELECT p.id FROM pairs p JOIN pair_members m ON m.pair_id = p.id "
                "WHERE m.user = ? ORDER BY p.start_date, p.created_at, p.id",
                (caller,),
            ).fetchall()
            return [self._pair(caller, row[0]) for row in rows]

    def get_pair(self, caller: str, pair_id: str) -> Pair:
        """The pair, if ``caller`` is one of its members; else :class:`PairNotFound`."""
        check_user_id(caller)
        with self._lock:
            return self._pair(caller, pair_id)

    def set_phase(self, caller: str, pair_id: str, phase: Phase | None) -> Pair:
        """The mentor sets the phase (None: let code derive it again)."""
        if phase is not None:
            one_of(phase, PHASES, "phase")
        with self._transaction() as db:
            self._mentor_of(db, caller, pair_id, "set the phase")
            db.execute("UPDATE pairs SET phase = ? WHERE id = ?", (phase, pair_id))
        return self.get_pair(caller, pair_id)

    # -- sessions and notes ----------------------------------------------------------------

    def add_session(
        self,
        caller: str,
        pair_id: str,
        *,
        held_on: date,
        phase: Phase,
        minutes: int = 45,
        notes: str = "",
        shared_notes: str = "",
        agenda: str = "",
    ) -> Session:
        """The mentor records a session: ``notes`` private to them, ``shared_notes`` for all."""
        one_of(phase, PHASES, "phase")
        if not 1 <= minutes <= 600:
            raise ValueError("a session lasts 1 to 600 minutes")
        private = checked_text(notes, MAX_NOTE, "note", required=False)
        shared = checked_text(shared_notes, MAX_NOTE, "shared note", required=False)
        session_id, now = uuid.uuid4().hex, self._stamp()
        with self._transaction() as db:
            self._mentor_of(db, caller, pair_id, "record a session")
            db.execute(
                "INSERT INTO pair_sessions (id, pair_id, held_on, minutes, phase, agenda, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (session_id, pair_id, held_on.isoformat(), minutes, phase, agenda, now),
            )
            for text, is_shared in ((private, 0), (shared, 1)):
                if text:
                    _insert_note(db, session_id, caller, is_shared, text, now)
        return next(s for s in self.sessions(caller, pair_id) if s.id == session_id)

    def add_note(self, caller: str, session_id: str, text: str, *, shared: bool = False) -> None:
        """Any member adds a note of their own to a session, private unless ``shared``."""
        text = checked_text(text, MAX_NOTE, "note")
        with self._transaction() as db:
            row = db.execute(
                "SELECT pair_id FROM pair_sessions WHERE id = ?", (session_id,)
            ).fetchone()
            if row is None or _role(db, caller, row[0]) is None:
                raise PairNotFound("session")
            _insert_note(db, session_id, caller, int(shared), text, self._stamp())

    def sessions(self, caller: str, pair_id: str) -> list[Session]:
        """The pair's sessions, oldest first, each with the notes ``caller`` may read."""
        with self._lock:
            self._member(self._db, caller, pair_id)
            rows = self._db.execute(
                "SELECT id, held_on, minutes, phase FROM pair_sessions WHERE pair_id = ? "
                "ORDER BY held_on, created_at, id",
                (pair_id,),
            ).fetchall()
            notes = _visible_notes(self._db, caller, pair_id)
        return [
            Session(
                sid,
                pair_id,
                n,
                date.fromisoformat(on),
                minutes,
                cast(Phase, phase),
                tuple(notes.get(sid, [])),
            )
            for n, (sid, on, minutes, phase) in enumerate(rows, start=1)
        ]

    # -- actions ---------------------------------------------------------------------------

    def add_action(
        self,
        caller: str,
        pair_id: str,
        text: str,
        *,
        owner: MemberRole,
        due: date | None,
        assignee: str | None = None,
    ) -> Action:
        """An action agreed in the pair, tied to its latest session. ``owner`` mentee: the one
        mentee of a pair, or ``assignee`` (else every mentee) in a group."""
        one_of(owner, ("mentor", "mentee"), "owner")
        text = checked_text(text, MAX_ACTION, "action")
        action_id, now = uuid.uuid4().hex, self._stamp()
        with self._transaction() as db:
            self._member(db, caller, pair_id)
            pair = self._pair(caller, pair_id)
            if owner == "mentor":
                assignee = pair.mentor
            elif assignee is None and len(pair.mentees) == 1:
                assignee = pair.mentees[0]
            elif assignee is not None and assignee not in pair.mentees:
                raise ValueError("the action's assignee must be a mentee of this pair")
            latest = db.execute(
                "SELECT id FROM pair_sessions WHERE pair_id = ? "
                "ORDER BY held_on DESC, created_at DESC LIMIT 1",
                (pair_id,),
            ).fetchone()
            db.execute(
                "INSERT INTO pair_actions (id, pair_id, session_id, text, owner_role, assignee, "
                "due, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)",
                (
                    action_id,
                    pair_id,
                    latest[0] if latest else None,
                    text,
                    owner,
                    assignee,
                    due.isoformat() if due else None,
                    now,
                    now,
                ),
            )
        return self._action(caller, action_id)

    def actions(
        self, caller: str, pair_id: str, statuses: tuple[ActionStatus, ...] = ("open",)
    ) -> list[Action]:
        """The pair's actions ``caller`` may see, with these statuses, soonest due first."""
        for status in statuses:
            one_of(status, ACTION_STATUSES, "status")
        with self._lock:
            role = self._member(self._db, caller, pair_id)
            rows = self._db.execute(
                f"SELECT id FROM pair_actions WHERE pair_id = ? AND {_SEES_ACTION} "
                f"AND status IN ({', '.join('?' * len(statuses))}) "
                "ORDER BY due IS NULL, due, created_at, id",
                (pair_id, role, caller, *statuses),
            ).fetchall()
            return [self._action(caller, row[0]) for row in rows]

    def set_action_status(self, caller: str, action_id: str, status: ActionStatus) -> Action:
        """Mark an action ``caller`` can see done, dropped or open again."""
        one_of(status, ACTION_STATUSES, "status")
        with self._transaction():
            self._action(caller, action_id)
            self._db.execute(
                "UPDATE pair_actions SET status = ?, updated_at = ? WHERE id = ?",
                (status, self._stamp(), action_id),
            )
        return self._action(caller, action_id)

    # -- goal shares -----------------------------------------------------------------------

    def share_goal(self, caller: str, goal_id: str, pair_id: str) -> None:
        """``caller``, a mentee of the pair, shares one of their goals with it (idempotent)."""
        self.records.get_goal(caller, goal_id)  # GoalNotFound unless it is the caller's
        with self._transaction() as db:
            if self._member(db, caller, pair_id) != "mentee":
                raise ValueError("only a mentee of the pair can share a goal with it")
            db.execute(
                "INSERT OR IGNORE INTO goal_shares (goal_id, owner, pair_id, shared_at) "
                "VALUES (?, ?, ?, ?)",
                (goal_id, caller, pair_id, self._stamp()),
            )

    def unshare_goal(self, caller: str, goal_id: str, pair_id: str) -> bool:
        """Stop sharing; whether the goal was shared."""
        with self._transaction() as db:
            self._member(db, caller, pair_id)
            cursor = db.execute(
                "DELETE FROM goal_shares WHERE goal_id = ? AND owner = ? AND pair_id = ?",
                (goal_id, caller, pair_id),
            )
        return cursor.rowcount == 1

    def export_member(self, caller: str) -> list[dict[str, object]]:
        """What the pairs hold about ``caller``, as JSON-able data (the right of access): each
        of their pairs with its sessions and the notes they may read, every action they may
        see (any status), and the ids of the goals they share with it."""
        exported: list[dict[str, object]] = []
        for pair in self.list_pairs(caller):
            with self._lock:
                shared = self._db.execute(
                    "SELECT goal_id FROM goal_shares WHERE pair_id = ? AND owner = ? "
                    "ORDER BY shared_at, goal_id",
                    (pair.id, caller),
                ).fetchall()
            exported.append(
                {
                    "pair": _plain(asdict(pair)),
                    "sessions": [_plain(asdict(s)) for s in self.sessions(caller, pair.id)],
                    "actions": [
                        _plain(asdict(a)) for a in self.actions(caller, pair.id, ACTION_STATUSES)
                    ],
                    "goals_shared": [row[0] for row in shared],
                }
            )
        return exported

    def shared_goals(self, caller: str, pair_id: str) -> list[Goal]:
        """Goals shared with the pair: all of them for its mentor, a mentee's own for them."""
        with self._lock:
            role = self._member(self._db, caller, pair_id)
            rows = self._db.execute(
                "SELECT goal_id, owner FROM goal_shares WHERE pair_id = ? "
                "AND (? = 'mentor' OR owner = ?) ORDER BY shared_at, goal_id",
                (pair_id, role, caller),
            ).fetchall()
        goals = [self.records.get_goal(owner, goal_id) for goal_id, owner in rows]
        return sorted(goals, key=lambda g: (g.target_date is None, g.target_date or date.max))

    # -- helpers (callers hold the lock) ---------------------------------------------------

    def _member(self, db: sqlite3.Connection, caller: str, pair_id: str) -> MemberRole:
        check_user_id(caller)
        role = _role(db, caller, pair_id)
        if role is None:
            raise PairNotFound()
        return role

    def _mentor_of(self, db: sqlite3.Connection, caller: str, pair_id: str, what: str) -> None:
        if self._member(db, caller, pair_id) != "mentor":
            raise MentorOnly(what)

    def _pair(self, caller: str, pair_id: str) -> Pair:
        role = self._member(self._db, caller, pair_id)
        row = self._db.execute(
            "SELECT format, start_date, months, cadence, focus, phase FROM pairs WHERE id = ?",
            (pair_id,),
        ).fetchone()
        members = self._db.execute(
            "SELECT user, role FROM pair_members WHERE pair_id = ? ORDER BY user", (pair_id,)
        ).fetchall()
        fmt, start, months, cadence, focus, phase = row
        return Pair(
            id=pair_id,
            mentor=next((user for user, r in members if r == "mentor"), None),
            mentees=tuple(user for user, r in members if r == "mentee"),
            format=fmt,
            start=date.fromisoformat(start),
            months=months,
            cadence=cadence,
            focus=focus,
            phase=phase,
            role=role,
        )

    def _action(self, caller: str, action_id: str) -> Action:
        check_user_id(caller)
        row = self._db.execute(
            "SELECT a.id, a.pair_id, a.session_id, a.text, a.owner_role, a.assignee, a.due, "
            "a.status FROM pair_actions a JOIN pair_members m ON m.pair_id = a.pair_id "
            "AND m.user = ? WHERE a.id = ? AND (m.role = 'mentor' OR a.owner_role = 'mentor' "
            "OR a.assignee IS NULL OR a.assignee = m.user)",
            (caller, action_id),
        ).fetchone()
        if row is None:
            raise PairNotFound("action")
        aid, pair_id, session_id, text, owner, assignee, due, status = row
        return Action(
            aid,
            pair_id,
            session_id,
            text,
            owner,
            assignee,
            date.fromisoformat(due) if due else None,
            status,
        )


_SEES_ACTION = "(? = 'mentor' OR owner_role = 'mentor' OR assignee IS NULL OR assignee = ?)"
"""Whether the caller (its role, its id) may see an action: ``role, caller`` parameters."""


def _role(db: sqlite3.Connection, caller: str, pair_id: str) -> MemberRole | None:
    row = db.execute(
        "SELECT role FROM pair_members WHERE pair_id = ? AND user = ?", (pair_id, caller)
    ).fetchone()
    return None if row is None else cast(MemberRole, row[0])


def _insert_note(
    db: sqlite3.Connection, session_id: str, author: str, shared: int, text: str, now: str
) -> None:
    db.execute(
        "INSERT INTO session_notes (session_id, author, shared, text, created_at) "
        "VALUES (?, ?, ?, ?, ?)",
        (session_id, author, shared, text, now),
    )


def _visible_notes(db: sqlite3.Connection, caller: str, pair_id: str) -> dict[str, list[Note]]:
    """The notes of the pair's sessions that ``caller`` may read: their own, and shared ones."""
    rows = db.execute(
        "SELECT n.session_id, n.author, n.shared, n.text FROM session_notes n "
        "JOIN pair_sessions s ON s.id = n.session_id WHERE s.pair_id = ? "
        "AND (n.author = ? OR n.shared = 1) ORDER BY n.created_at, n.id",
        (pair_id, caller),
    )
    notes: dict[str, list[Note]] = {}
    for session_id, author, shared, text in rows:
        notes.setdefault(session_id, []).append(Note(author, bool(shared), text))
    return notes


def _plain(value: object) -> object:
    """``value`` with dates as ISO strings and tuples as lists (JSON-able)."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, date):
        return value.isoformat()
    return value
