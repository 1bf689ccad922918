"""Progress through the onboarding course, per user, in the records file.

:class:`StoredProgress` is the records store's :class:`~assistant.skills.training.course.
CourseProgress`: the ids of the steps each user completed and when (table ``course_progress``,
schema version 5). Every query filters by the user; the rows go with the user on erasure
(``ON DELETE CASCADE``). Step ids are not checked against the course here: a trainer may reorder
or rename steps, and a stale id is simply not counted.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

from assistant.records.schema import connect
from assistant.records.store import check_user_id

_MAX_STEP_ID = 64


class StoredProgress:
    """Course progress in the records file at ``path``; safe to share between threads."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._db = connect(self.path, migrate=True)

    def close(self) -> None:
        """Close the file (idempotent)."""
        with self._lock:
            self._db.close()

    def __enter__(self) -> StoredProgress:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def completed(self, user: str) -> set[str]:
        """Ids of the steps ``user`` has completed."""
        check_user_id(user)
        with self._lock:
            rows = self._db.execute("SELECT step_id FROM course_progress WHERE user = ?", (user,))
            return {str(row[0]) for row in rows}

    def mark_done(self, user: str, step_id: str) -> None:
        """Record that ``user`` completed step ``step_id`` (again: the first time is kept)."""
        check_user_id(user)
        if not 1 <= len(step_id) <= _MAX_STEP_ID or not step_id.isprintable():
            raise ValueError(f"a step id must be 1 to {_MAX_STEP_ID} printable characters")
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.execute(
                    "INSERT OR IGNORE INTO users (id, created_at) VALUES (?, ?)", (user, now)
                )
                self._db.execute(
                    "INSERT OR IGNORE INTO course_progress (user, step_id, done_at) "
                    "VALUES (?, ?, ?)",
                    (user, step_id, now),
                )
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
