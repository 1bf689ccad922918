"""Handlers of the Mentor workspace tab: my pairs, a pair's page (shared goals, sessions, open
actions, the prep brief), the agenda builder, the notes-and-actions form, exports, and a
mentee's share toggles.

Plain functions over :class:`~assistant.records.pairs.Pairs`, testable without a browser. Each
takes the caller's user id (the app takes it from the request, never from the page) and every
read and write goes through the store's access rules: a pair, session or action that is not the
caller's reads exactly like one that does not exist, a mentee never gets the mentor's private
notes, and only a pair's mentor records sessions.

The Training tab (:mod:`assistant.ui.training_tab`) is for mentors and trainers: it calls
:func:`require_workspace` first on every event, which reads the caller's role from the records
file and refuses a mentee, so the HTTP API behind the hidden tab refuses them just the same.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from assistant.conversation import Role
from assistant.language.messages import message
from assistant.records.audit import audit
from assistant.records.pairs import (
    FORMATS,
    PHASES,
    MemberRole,
    MentorOnly,
    Pair,
    PairFormat,
    PairNotFound,
    Pairs,
    Phase,
    Session,
)
from assistant.records.store import GoalNotFound, RecordsError
from assistant.skills.agenda.brief import brief_markdown, pair_brief
from assistant.skills.agenda.export import agenda_ics, agenda_markdown
from assistant.skills.agenda.fill import FillResult, agenda_pieces
from assistant.skills.agenda.phase import pair_reading, reading_for
from assistant.skills.agenda.skeleton import Agenda, build_agenda, pair_agenda
from assistant.ui.goal_handlers import ExportFolder
from assistant.ui.services import AppServices

Fill = Callable[[Agenda], FillResult] | None
WORKSPACE_ROLES: tuple[Role, ...] = ("mentor", "trainer")
"""The roles that see the Training tab and may call its handlers."""
AUTO = "auto"
"""The phase choice that lets code derive the phase from the pair's records."""


class PairsStore:
    """The app's pairs store, opened on first use (building the app touches nothing)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._pairs: Pairs | None = None
        self._lock = threading.Lock()

    def __call__(self) -> Pairs:
        with self._lock:
            if self._pairs is None:
                self._pairs = Pairs(self.path)
            return self._pairs


def require_workspace(services: AppServices, request: Any, language: str, action: str = "") -> str:
    """The request's user if their login is a mentor or a trainer (the role read from the
    records file on every call); else the refusal, audited (``training-refused``), as a Gradio
    error the page shows and the HTTP API returns."""
    user, role = services.role(request, language)
    if role not in WORKSPACE_ROLES:
        audit(services.settings.data_dir, "training-refused", user, action=action, role=role)
        import gradio as gr

        raise gr.Error(message(language, "training_ui.refused_training"), print_exception=False)
    return user


def _say(language: str, key: str, **values: object) -> str:
    return message(language, f"mentor_ui.{key}", **values)


def _refusal(exc: Exception, language: str) -> str:
    """What to show for a refused or impossible request (never whether a pair exists)."""
    if isinstance(exc, PairNotFound | GoalNotFound):
        return _say(language, "not_found")
    if isinstance(exc, MentorOnly):
        return _say(language, "mentor_only")
    return _say(language, "refused", reason=exc)


# -- my pairs and a pair's page ------------------------------------------------------------------


def pair_choices(pairs: Pairs, user: str) -> list[tuple[str, str]]:
    """(label, id) for a pair picker: the caller's pairs only."""
    return [(_pair_label(p), p.id) for p in pairs.list_pairs(user)]


def _pair_label(pair: Pair) -> str:
    others = ", ".join(pair.mentees) if pair.role == "mentor" else (pair.mentor or "—")
    return f"{others} · {pair.format} · {pair.id[:8]}"


def pairs_markdown(pairs: Pairs, user: str, language: str = "en") -> str:
    """The caller's pairs as a Markdown list, with their role in each."""
    found = pairs.list_pairs(user)
    if not found:
        return _say(language, "no_pairs")
    lines = []
    for pair in found:
        role = _say(language, f"role.{pair.role}")
        focus = f" · {pair.focus}" if pair.focus else ""
        lines.append(f"- **{_pair_label(pair)}** ({role}) · {pair.start.isoformat()}{focus}")
    return "\n".join(lines)


def pair_page(
    pairs: Pairs, user: str, pair_id: str | None, language: str = "en", today: date | None = None
) -> str:
    """A pair's page as its caller may see it: members, shared goals, sessions with the notes
    they may read, open actions, and (for the mentor) the prep brief of the next session."""
    if not pair_id:
        return _say(language, "pick_pair")
    today = today or date.today()
    try:
        pair = pairs.get_pair(user, pair_id)
        sessions = pairs.sessions(user, pair.id)
        actions = pairs.actions(user, pair.id)
        goals = pairs.shared_goals(user, pair.id)
    except RecordsError as exc:
        return _refusal(exc, language)
    role = _say(language, f"role.{pair.role}")
    lines = [f"## {_pair_label(pair)}", "", _say(language, "you_are", role=role), ""]
    lines += [f"### {_say(language, 'goals')}", ""]
    lines += [f"- {g.statement} · {g.status.value} · `{g.id[:8]}`" for g in goals] or [
        _say(language, "no_goals")
    ]
    lines += ["", f"### {_say(language, 'sessions')}", ""]
    lines += [_session_line(s, user, language) for s in sessions] or [_say(language, "no_sessions")]
    lines += ["", f"### {_say(language, 'actions')}", ""]
    lines += [_action_line(a.text, a.owner, a.due, a.overdue(today), language) for a in actions]
    if not actions:
        lines.append(_say(language, "no_actions"))
    if pair.role == "mentor":
        brief = pair_brief(pair, sessions, actions, goals, today=today, language=language)
        text = brief_markdown(brief).replace("## ", "#### ").replace("# ", "### ", 1)
        lines += ["", "---", "", text]
    return "\n".join(lines) + "\n"


def _session_line(session: Session, user: str, language: str) -> str:
    head = _say(
        language,
        "session_line",
        number=session.number,
        date=session.held_on.isoformat(),
        minutes=session.minutes,
        phase=message(language, f"agenda.phase.{session.phase}"),
    )
    notes = []
    for note in session.notes:
        tag = _say(language, "shared" if note.shared else "private")
        notes.append(f"  - {note.text} _({tag}, {note.author})_")
    return "\n".join([f"- {head}", *notes])


def _action_line(text: str, owner: str, due: date | None, overdue: bool, language: str) -> str:
    who = message(language, f"agenda.owner.{owner}")
    when = due.isoformat() if due else "—"
    flag = f" **{message(language, 'agenda.overdue_flag')}**" if overdue else ""
    return f"- {text} ({who}, {when}){flag}"


def action_choices(pairs: Pairs, user: str, pair_id: str | None) -> list[tuple[str, str]]:
    """(label, id) of the pair's open actions the caller may see."""
    if not pair_id:
        return []
    try:
        return [(a.text[:80], a.id) for a in pairs.actions(user, pair_id)]
    except RecordsError:
        return []


# -- after the session ---------------------------------------------------------------------------


def record_session(
    pairs: Pairs,
    user: str,
    pair_id: str | None,
    held_on: str,
    minutes: float | None,
    notes: str,
    shared_notes: str,
    language: str = "en",
    today: date | None = None,
) -> tuple[str, bool]:
    """The mentor records a session (private and shared notes; its phase is code's):
    ``(message, whether it was saved)``."""
    if not pair_id:
        return _say(language, "pick_pair"), False
    try:
        day = _day(held_on, today or date.today(), language)
        pair = pairs.get_pair(user, pair_id)
        sessions = pairs.sessions(user, pair.id)
        goals = pairs.shared_goals(user, pair.id)
        reading = pair_reading(pair, sessions, goals, day)
        session = pairs.add_session(
            user,
            pair.id,
            held_on=day,
            phase=reading.phase,
            minutes=int(minutes or 45),
            notes=notes or "",
            shared_notes=shared_notes or "",
        )
    except (RecordsError, ValueError) as exc:
        return _refusal(exc, language), False
    done = _say(language, "session_recorded", number=session.number, date=day.isoformat())
    return done, True


def add_action(
    pairs: Pairs,
    user: str,
    pair_id: str | None,
    text: str,
    owner: str,
    due: str,
    language: str = "en",
) -> str:
    """An action agreed in the pair (owner mentor or mentee, due date optional)."""
    if not pair_id:
        return _say(language, "pick_pair")
    try:
        when = date.fromisoformat(due.strip()) if due and due.strip() else None
        who: MemberRole = "mentor" if owner == "mentor" else "mentee"
        action = pairs.add_action(user, pair_id, text or "", owner=who, due=when)
    except (RecordsError, ValueError) as exc:
        return _refusal(exc, language)
    return _say(language, "action_added", text=action.text)


def mark_done(pairs: Pairs, user: str, action_id: str | None, language: str = "en") -> str:
    """Mark an action the caller can see done: it leaves the next brief and agenda."""
    if not action_id:
        return _say(language, "pick_action")
    try:
        action = pairs.set_action_status(user, action_id, "done")
    except RecordsError as exc:
        return _refusal(exc, language)
    return _say(language, "action_done", text=action.text)


def _day(text: str, today: date, language: str) -> date:
    if not text or not text.strip():
        return today
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise ValueError(_say(language, "bad_date")) from exc


# -- the agenda builder and its exports ----------------------------------------------------------


def agenda_skeleton(
    pairs: Pairs,
    user: str,
    pair_id: str | None,
    minutes: float,
    fmt: str | None,
    focus: str,
    phase: str | None,
    session: float | None,
    language: str = "en",
    today: date | None = None,
) -> Agenda:
    """The timed skeleton for the pair's next session (or the session number or phase given),
    its format, focus and open actions; without a pair, from the session number or phase."""
    today = today or date.today()
    chosen_phase = cast(Phase, phase) if phase in PHASES else None
    number = int(session) if session else None
    chosen_format = cast(PairFormat, fmt) if fmt in FORMATS else None
    if not pair_id:
        reading = reading_for(session_number=number or 1, phase=chosen_phase)
        return build_agenda(
            int(minutes),
            reading,
            format=chosen_format or "one-to-one",
            focus=focus or "",
            language=language,
        )
    pair = pairs.get_pair(user, pair_id)
    return pair_agenda(
        pair,
        pairs.sessions(user, pair.id),
        pairs.shared_goals(user, pair.id),
        pairs.actions(user, pair.id),
        int(minutes),
        today=today,
        language=language,
        session=number,
        phase=chosen_phase,
        format=chosen_format,
        focus=focus.strip() if focus and focus.strip() else None,
    )


def agenda_stream(
    pairs: Pairs,
    user: str,
    pair_id: str | None,
    minutes: float,
    fmt: str | None,
    focus: str,
    phase: str | None,
    session: float | None,
    fill: Fill,
    language: str = "en",
    today: date | None = None,
) -> Iterator[tuple[str, Agenda | None]]:
    """The agenda as it builds: the skeleton at once (with a "writing..." line while the model
    works), then the whole agenda; each step with the agenda to export (None until settled)."""
    try:
        skeleton = agenda_skeleton(
            pairs, user, pair_id, minutes, fmt, focus, phase, session, language, today
        )
    except (RecordsError, ValueError) as exc:
        yield _refusal(exc, language), None
        return
    results: list[FillResult] = []
    text = ""
    for n, piece in enumerate(agenda_pieces(skeleton, fill, results.append)):
        text += piece
        if n == 0:
            waiting = _say(language, "writing") if fill is not None else ""
            yield text + (f"\n_{waiting}_\n" if waiting else ""), None
    yield text, results[0].agenda


def export_agenda(
    user: str,
    agenda: Agenda | None,
    kind: str,
    folder: ExportFolder,
    start: str = "",
    zone: str = "UTC",
    now: datetime | None = None,
) -> str | None:
    """Write the built agenda as Markdown or an ``.ics`` event (an explicit time zone) into the
    user's export folder; its path, or None when no agenda was built or the start is invalid."""
    if agenda is None:
        return None
    if kind != "ics":
        name, text = f"agenda-{agenda.total_minutes}min.md", agenda_markdown(agenda)
        return str(folder.write(user, name, text))
    try:
        tz = ZoneInfo((zone or "UTC").strip())
    except (ZoneInfoNotFoundError, ValueError):
        return None
    now = now or datetime.now(UTC)
    if start and start.strip():
        try:
            moment = datetime.fromisoformat(start.strip())
        except ValueError:
            return None
        begin = moment.replace(tzinfo=tz) if moment.tzinfo is None else moment.astimezone(tz)
    else:
        tomorrow = now.astimezone(tz).date() + timedelta(days=1)
        begin = datetime.combine(tomorrow, time(9, 0), tzinfo=tz)
    name = f"agenda-{agenda.total_minutes}min.ics"
    return str(folder.write(user, name, agenda_ics(agenda, begin, now)))


# -- a mentee's share toggles --------------------------------------------------------------------


def share_state(
    pairs: Pairs, user: str, pair_id: str | None
) -> tuple[list[tuple[str, str]], list[str]]:
    """The caller's own goals (choices) and those shared with the pair (values); empty unless
    the caller is a mentee of the pair."""
    if not pair_id:
        return [], []
    try:
        pair = pairs.get_pair(user, pair_id)
        if pair.role != "mentee":
            return [], []
        shared = [g.id for g in pairs.shared_goals(user, pair.id)]
    except RecordsError:
        return [], []
    own = [(g.statement[:80], g.id) for g in pairs.records.list_goals(user)]
    return own, [goal_id for goal_id in shared if goal_id in {i for _, i in own}]


def set_shares(
    pairs: Pairs, user: str, pair_id: str | None, chosen: Sequence[str], language: str = "en"
) -> str:
    """Share the chosen goals of the caller (a mentee of the pair) with it; stop sharing the
    others. A goal that is not the caller's is refused by the store."""
    if not pair_id:
        return _say(language, "pick_pair")
    try:
        pair = pairs.get_pair(user, pair_id)
        if pair.role != "mentee":
            return _say(language, "mentee_only")
        own = {g.id for g in pairs.records.list_goals(user)}
        wanted = set(chosen or ())
        for goal_id in wanted:
            pairs.share_goal(user, goal_id, pair.id)
        for goal_id in own - wanted:
            pairs.unshare_goal(user, goal_id, pair.id)
    except (RecordsError, ValueError) as exc:
        return _refusal(exc, language)
    return _say(language, "shares_saved", count=len(wanted))
