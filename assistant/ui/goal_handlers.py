"""Handlers of the "My goals" tab: list, card, edit form, progress, status, export.

Plain functions over :class:`~assistant.records.store.Records`, testable without a browser. Each
takes the caller's user id (the app gets it from the request) and the records store filters every
query by it: a goal id that is not the caller's reads exactly like one that does not exist.
Edits go through :mod:`assistant.goals.edits`, the same parser as ``mentor goal edit``.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from assistant.goals.edits import (
    EditError,
    apply_edits,
    current_values,
)
from assistant.goals.export import (
    file_name,
    format_date,
    goal_ics,
    goal_markdown,
    status_label,
)
from assistant.goals.fields import FORM_FIELDS
from assistant.goals.model import Goal, GoalStatus, Language
from assistant.language.messages import message
from assistant.records.copies import private_dir, user_folder
from assistant.records.store import GoalNotFound, Records
from assistant.skills.smart import check_draft

FORM_NAMES = tuple(field.name for field in FORM_FIELDS)
"""The edit form's fields, in the order the handlers take and return their values."""
_EMPTY_FORM = ("",) * len(FORM_NAMES)
EXPORT_FORMATS = ("md", "ics")
"""The formats a goal downloads as: a Markdown card, or an iCalendar file of its dates."""


def goals_markdown(
    records: Records, user: str, include_archived: bool = False, language: str = "en"
) -> str:
    """The user's goals as a Markdown list (their own goals only)."""
    statuses = list(GoalStatus) if include_archived else None
    goals = records.list_goals(user, statuses)
    if not goals:
        return message(language, "ui.goals.none_yet")
    return "\n".join(_goal_line(goal, language) for goal in goals)


def _goal_line(goal: Goal, language: str = "en") -> str:
    """One goal of the list, its date and status in the page's language."""
    lang: Language = "fr" if language == "fr" else "en"
    target = format_date(goal.target_date, lang) if goal.target_date else "—"
    done = ""
    if goal.percent is not None:
        done = f" · {goal.percent}\u00a0%" if lang == "fr" else f" · {goal.percent}%"
    status = status_label(goal.status, lang)
    return f"- **{goal.statement}** — {target} · {status}{done} · `{goal.id[:8]}`"


def goal_choices(records: Records, user: str) -> list[tuple[str, str]]:
    """(label, id) pairs for a goal picker, archived goals included."""
    return [(g.statement[:80], g.id) for g in records.list_goals(user, list(GoalStatus))]


def show_goal(
    records: Records, user: str, goal_id: str | None, language: str = "en"
) -> tuple[str, tuple[str, ...]]:
    """The picked goal's card (details and progress history) and the edit form's values."""
    goal, problem = _own_goal(records, user, goal_id, language)
    if goal is None:
        return problem, _EMPTY_FORM
    return goal_markdown(goal), form_values(goal)


def form_values(goal: Goal) -> tuple[str, ...]:
    """The form's text for ``goal``: measures one a line, dates as the card writes them."""
    values = current_values(goal, separator="\n")
    return tuple(values[name] for name in FORM_NAMES)


def save_goal_form(
    records: Records,
    user: str,
    goal_id: str | None,
    values: Sequence[str],
    today: date | None = None,
    language: str = "en",
) -> tuple[str, str, tuple[str, ...]]:
    """Validate and save the form: ``(message, card, form values)``.

    On any error nothing is saved and the values come back exactly as typed, with a message
    that says what to fix; on success the form shows the saved values, and the message the
    SMART check of the whole goal (advice, not a condition).
    """
    typed = tuple(values)
    goal, problem = _own_goal(records, user, goal_id, language)
    if goal is None:
        return problem, "", typed
    today = today or date.today()
    try:
        draft = apply_edits(goal.draft(), zip(FORM_NAMES, typed, strict=True), today)
        saved = records.update_goal(user, goal.id, draft)
    except EditError as exc:
        reason = exc.message(language)
        return message(language, "ui.goals.not_saved", reason=reason), goal_markdown(goal), typed
    except GoalNotFound:
        return message(language, "ui.goals.not_found"), "", typed
    warnings = check_draft(saved.draft(), today).warnings()
    advice = [f"- {message(language, 'ui.goals.smart', advice=w)}" for w in warnings]
    notice = "\n".join([message(language, "ui.goals.saved"), *advice])
    return notice, goal_markdown(saved), form_values(saved)


def record_goal_progress(
    records: Records,
    user: str,
    goal_id: str | None,
    note: str,
    percent: float | None,
    language: str = "en",
) -> tuple[str, str, str, float | None]:
    """Add a progress note and/or percentage: ``(message, card, note, percent)``.

    The note and percent are cleared once recorded, and kept as typed when refused.
    """
    goal, problem = _own_goal(records, user, goal_id, language)
    if goal is None:
        return problem, "", note, percent
    text = (note or "").strip()
    if not text and percent is None:
        return _refused(language, "need_note"), goal_markdown(goal), note, percent
    if percent is not None and not (float(percent).is_integer() and 0 <= percent <= 100):
        return _refused(language, "bad_percent"), goal_markdown(goal), note, percent
    try:
        saved = records.record_progress(
            user, goal.id, text, None if percent is None else int(percent)
        )
    except GoalNotFound:
        return message(language, "ui.goals.not_found"), "", note, percent
    except ValueError:
        return _refused(language, "long_note"), goal_markdown(goal), note, percent
    return message(language, "ui.goals.recorded"), goal_markdown(saved), "", None


def change_goal_status(
    records: Records, user: str, goal_id: str | None, status: GoalStatus, language: str = "en"
) -> tuple[str, str]:
    """Mark the goal achieved, dropped, archived or active again: ``(message, card)``."""
    goal, problem = _own_goal(records, user, goal_id, language)
    if goal is None:
        return problem, ""
    try:
        saved = records.set_status(user, goal.id, status)
    except GoalNotFound:
        return message(language, "ui.goals.not_found"), ""
    label = status_label(status, language)
    return message(language, "ui.goals.now", status=label), goal_markdown(saved)


def _own_goal(
    records: Records, user: str, goal_id: str | None, language: str = "en"
) -> tuple[Goal | None, str]:
    """The user's goal, or None and the message to show instead."""
    if not goal_id:
        return None, message(language, "ui.goals.pick")
    try:
        return records.get_goal(user, goal_id), ""
    except GoalNotFound:
        return None, message(language, "ui.goals.not_found")


def _refused(language: str, reason: str) -> str:
    return message(
        language, "ui.goals.not_recorded", reason=message(language, f"ui.goals.{reason}")
    )


# -- export files -----------------------------------------------------------------------------


class ExportFolder:
    """Where the app writes the files it hands out: ``<data_dir>/web/exports``, readable by
    this account only, with one subfolder per user (named by a hash of the id), emptied before
    each export. Gradio copies a returned file into its cache (``<data_dir>/web/cache``) before
    serving it; erasing the user and stopping the app remove both (:mod:`assistant.records.copies`).
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self._lock = threading.Lock()

    def write(self, user: str, name: str, text: str) -> Path:
        """Write ``text`` as ``name`` in the user's (emptied) subfolder; returns its path."""
        with self._lock:
            folder = user_folder(private_dir(self.root), user)
            shutil.rmtree(folder, ignore_errors=True)
            private_dir(folder)
            path = folder / name
            path.write_text(text, encoding="utf-8", newline="")
            path.chmod(0o600)
            return path

    def remove(self) -> None:
        """Delete the folder and everything in it (idempotent)."""
        with self._lock:
            shutil.rmtree(self.root, ignore_errors=True)


def export_goal_file(
    records: Records,
    user: str,
    goal_id: str | None,
    fmt: str,
    folder: ExportFolder,
    now: datetime | None = None,
    language: str = "en",
) -> tuple[str | None, str]:
    """Write the user's goal as ``.md`` or ``.ics`` (named after its statement) into their
    export folder, for the page: ``(path or None, message)``, the message saying what
    was written or why nothing was, in ``language``."""
    goal, problem = _own_goal(records, user, goal_id, language)
    if goal is None:
        return None, problem
    if fmt == "ics":
        text = goal_ics(goal, now or datetime.now(UTC))
        done = message(language, "goals_web.exported_ics")
    else:
        text, fmt = goal_markdown(goal), "md"
        done = message(language, "goals_web.exported_md")
    path = folder.write(user, file_name(goal, fmt), text)
    return str(path), done


def format_choices(language: str) -> list[tuple[str, str]]:
    """(label, format) pairs for the export format picker, in ``language``."""
    return [(message(language, f"goals_web.format_{fmt}"), fmt) for fmt in EXPORT_FORMATS]
