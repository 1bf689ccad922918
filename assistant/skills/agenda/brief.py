"""The prep brief for a pair's next session, composed by code from what the caller may see:
the notes of the last session, open actions (overdue ones flagged; done and dropped ones are
gone), the shared goals with their target dates and progress, the phase's watch-outs and three
questions from the session plan. Every point names its source: a record (session, action, goal)
or a guide section.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from assistant.goals.model import Goal
from assistant.language.messages import message
from assistant.records.pairs import Action, Pair, Session
from assistant.skills.agenda.phase import PhaseReading, months_between, pair_reading
from assistant.skills.agenda.skeleton import Agenda, action_line, build_agenda
from assistant.skills.agenda.words import wording

QUESTION_KINDS = ("review", "core", "actions")
BRIEF_MINUTES = 45  # the skeleton a brief reads its phase's questions from
"""Where the brief's three questions come from: the review, the central item, the actions."""


@dataclass(frozen=True)
class Point:
    """One line of the brief and where it comes from."""

    text: str
    source: str
    flag: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"text": self.text, "source": self.source, "flag": self.flag}


@dataclass(frozen=True)
class Brief:
    pair_id: str
    session_number: int
    phase: str
    why: str
    language: str
    since_last: tuple[Point, ...]
    actions: tuple[Point, ...]
    goals: tuple[Point, ...]
    watch_outs: tuple[Point, ...]
    questions: tuple[Point, ...]

    def to_dict(self) -> dict[str, Any]:
        sections = ("since_last", "actions", "goals", "watch_outs", "questions")
        return {
            "pair": self.pair_id,
            "session": self.session_number,
            "phase": self.phase,
            "why": self.why,
            "language": self.language,
            **{name: [p.to_dict() for p in getattr(self, name)] for name in sections},
        }


def pair_brief(
    pair: Pair,
    sessions: Sequence[Session],
    actions: Sequence[Action],
    goals: Sequence[Goal],
    *,
    today: date,
    language: str = "en",
) -> Brief:
    """The brief for the next session of ``pair``, from its records as the caller may see them."""
    reading = pair_reading(pair, sessions, goals, today)
    agenda = build_agenda(BRIEF_MINUTES, reading, format=pair.format, language=language)
    return compose_brief(
        pair, sessions, actions, goals, reading, agenda, today=today, language=language
    )


def compose_brief(
    pair: Pair,
    sessions: Sequence[Session],
    actions: Sequence[Action],
    goals: Sequence[Goal],
    reading: PhaseReading,
    agenda: Agenda,
    *,
    today: date,
    language: str = "en",
) -> Brief:
    """The brief for ``reading``'s session of ``pair`` (``agenda`` is that session's skeleton)."""
    number = reading.session_number or len(sessions) + 1
    percent = round(100 * months_between(pair.start, today) / pair.months)
    why = message(language, f"agenda.why.{reading.reason}", number=number, percent=percent)
    return Brief(
        pair_id=pair.id,
        session_number=number,
        phase=reading.phase,
        why=why,
        language=language,
        since_last=tuple(_since_last(sessions, language)),
        actions=tuple(_actions(actions, language, today)),
        goals=tuple(_goals(goals, language)),
        watch_outs=tuple(
            Point(text, str(citation))
            for text, citation in wording(language).watch_outs[reading.phase]
        ),
        questions=tuple(_questions(agenda)),
    )


def _since_last(sessions: Sequence[Session], language: str) -> list[Point]:
    if not sessions:
        return [Point(message(language, "agenda.brief.first_session"), "")]
    last = sessions[-1]
    source = message(language, "agenda.brief.session_source", number=last.number, date=last.held_on)
    if not last.notes:
        text = message(language, "agenda.brief.no_notes", number=last.number, date=last.held_on)
        return [Point(text, source)]
    return [Point(note.text, source, "" if note.shared else "private") for note in last.notes]


def _actions(actions: Sequence[Action], language: str, today: date) -> list[Point]:
    points = []
    for action in actions:
        if action.status != "open":
            continue
        source = message(language, "agenda.brief.action_source", id=action.id[:8])
        flag = "overdue" if action.overdue(today) else ""
        points.append(Point(action_line(action, language, today), source, flag))
    return points or [Point(message(language, "agenda.brief.no_actions"), "")]


def _goals(goals: Sequence[Goal], language: str) -> list[Point]:
    points = []
    for goal in goals:
        target = goal.target_date.isoformat() if goal.target_date else None
        percent = f"{goal.percent} %" if goal.percent is not None else None
        text = message(
            language,
            "agenda.brief.goal",
            statement=goal.statement,
            target=target or message(language, "agenda.brief.no_target"),
            percent=percent or message(language, "agenda.brief.no_percent"),
        )
        source = message(language, "agenda.brief.goal_source", id=goal.id[:8])
        points.append(Point(text, source, goal.status.value))
    return points or [Point(message(language, "agenda.brief.no_goals"), "")]


def _questions(agenda: Agenda) -> list[Point]:
    """The first question of the review, of the central item and of the agreed actions."""
    points = []
    for kind in QUESTION_KINDS:
        item = next(item for item in agenda.items if item.kind == kind)
        points.append(Point(item.questions[0], str(item.citations[0])))
    return points


def brief_markdown(brief: Brief) -> str:
    """The brief as Markdown, each point followed by its source."""
    lang = brief.language
    phase = message(lang, f"agenda.phase.{brief.phase}")
    lines = [f"# {message(lang, 'agenda.brief.title', number=brief.session_number, phase=phase)}"]
    lines += ["", message(lang, "agenda.brief.phase_why", why=brief.why)]
    for name in ("since_last", "actions", "goals", "watch_outs", "questions"):
        lines += ["", f"## {message(lang, f'agenda.brief.{name}')}", ""]
        for point in getattr(brief, name):  # an overdue action's text carries its flag
            text = point.text
            if point.flag == "private":
                text += " " + message(lang, "agenda.brief.private")
            source = message(lang, "agenda.brief.source", source=point.source)
            lines.append(f"- {text} _({source})_" if point.source else f"- {text}")
    return "\n".join(lines) + "\n"
