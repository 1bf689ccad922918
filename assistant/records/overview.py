"""The programme overview a trainer reads: aggregate counts from the records file, never content.

:func:`programme_overview` counts users, logins by role, mentoring pairs, sessions held in the
last :data:`RECENT_DAYS` days, goals set and achieved, and each mentor's onboarding progress (the
number of course steps they completed). No query here selects a goal's statement, a note, an
agenda or an action's text: only ``count(*)`` and the login names of mentors, which the trainer
gave out. :func:`overview_csv` writes it as CSV, with cells a spreadsheet could take for a
formula neutralised.
"""

from __future__ import annotations

import csv
import io
import sqlite3
from collections.abc import Collection
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from pathlib import Path

from assistant.conversation import ROLES
from assistant.records.schema import connect

RECENT_DAYS = 30
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class MentorProgress:
    """One mentor's onboarding: steps completed out of the course's steps."""

    mentor: str
    done: int
    total: int


@dataclass(frozen=True)
class Overview:
    """Aggregate counts of the programme on ``on`` (see the module docstring)."""

    on: str
    users: int
    logins: dict[str, int]
    pairs: int
    sessions_recent: int
    recent_days: int
    goals_set: int
    goals_achieved: int
    onboarding: list[MentorProgress] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return asdict(self)


def programme_overview(path: Path, course_steps: Collection[str], today: date) -> Overview:
    """The overview of the records file at ``path``; ``course_steps`` are the ids of the
    course's steps (a completed id no longer in the course is not counted)."""
    steps = set(course_steps)
    since = (today - timedelta(days=RECENT_DAYS - 1)).isoformat()
    db = connect(Path(path), migrate=True)
    try:
        return Overview(
            on=today.isoformat(),
            users=_count(db, "SELECT count(*) FROM users"),
            logins=_logins_by_role(db),
            pairs=_count(db, "SELECT count(*) FROM pairs"),
            sessions_recent=_count(
                db,
                "SELECT count(*) FROM pair_sessions WHERE held_on BETWEEN ? AND ?",
                since,
                today.isoformat(),
            ),
            recent_days=RECENT_DAYS,
            goals_set=_count(db, "SELECT count(*) FROM goals"),
            goals_achieved=_count(db, "SELECT count(*) FROM goals WHERE status = 'achieved'"),
            onboarding=_onboarding(db, steps),
        )
    finally:
        db.close()


def _count(db: sqlite3.Connection, query: str, *args: object) -> int:
    return int(db.execute(query, args).fetchone()[0])


def _logins_by_role(db: sqlite3.Connection) -> dict[str, int]:
    counts: dict[str, int] = dict.fromkeys(ROLES, 0)
    rows = db.execute(
        "SELECT coalesce(r.role, 'mentee'), count(*) FROM logins l "
        "LEFT JOIN login_roles r ON r.user = l.user GROUP BY 1"
    )
    for role, n in rows:
        counts[str(role)] = int(n)
    return counts


def _onboarding(db: sqlite3.Connection, steps: set[str]) -> list[MentorProgress]:
    """Each mentor login (by role) with the number of course steps they completed."""
    mentors = [
        str(row[0])
        for row in db.execute("SELECT user FROM login_roles WHERE role = 'mentor' ORDER BY user")
    ]
    progress = []
    for mentor in mentors:
        done = {
            str(row[0])
            for row in db.execute("SELECT step_id FROM course_progress WHERE user = ?", (mentor,))
        }
        progress.append(MentorProgress(mentor, len(done & steps), len(steps)))
    return progress


def overview_rows(overview: Overview) -> list[tuple[str, str, str]]:
    """The overview as (measure, who, value) rows: what the CSV and the tables show."""
    rows = [
        ("users", "", str(overview.users)),
        *((f"logins_{role}", "", str(n)) for role, n in overview.logins.items()),
        ("pairs", "", str(overview.pairs)),
        (f"sessions_last_{overview.recent_days}_days", "", str(overview.sessions_recent)),
        ("goals_set", "", str(overview.goals_set)),
        ("goals_achieved", "", str(overview.goals_achieved)),
    ]
    rows += [
        ("onboarding_steps_done", m.mentor, f"{m.done}/{m.total}") for m in overview.onboarding
    ]
    return rows


def overview_csv(overview: Overview) -> str:
    """The overview as CSV (header ``measure,who,value``)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["measure", "who", "value"])
    for row in overview_rows(overview):
        writer.writerow([_safe_cell(cell) for cell in row])
    return out.getvalue()


def _safe_cell(text: str) -> str:
    """``text``, prefixed with ``'`` if a spreadsheet would read it as a formula."""
    return "'" + text if text.startswith(_FORMULA_START) and not _is_number(text) else text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
