"""An agenda as Markdown, and as an iCalendar event (RFC 5545, written by ``icalendar``) whose
description holds the agenda, whose length is the agenda's total and whose start carries an
explicit time zone (TZID with its VTIMEZONE)."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime, timedelta

from icalendar import Calendar, Event

from assistant.goals.export import PRODID
from assistant.language.messages import message
from assistant.skills.agenda.skeleton import Agenda

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def header_lines(agenda: Agenda) -> list[str]:
    """The agenda's heading, its session, phase and plan, and its focus, as Markdown lines."""
    lang = agenda.language
    lines = [f"# {message(lang, 'agenda.heading', minutes=agenda.total_minutes)}", ""]
    meta = message(
        lang,
        "agenda.meta",
        phase=message(lang, f"agenda.phase.{agenda.phase}"),
        plan=message(lang, f"agenda.plan.{agenda.plan}"),
        format=agenda.format,
    )
    if agenda.session_number:
        meta = f"{message(lang, 'agenda.session', number=agenda.session_number)} · {meta}"
    lines.append(meta)
    if agenda.focus:
        lines.append(message(lang, "agenda.focus_label", focus=agenda.focus))
    return lines


def agenda_markdown(agenda: Agenda) -> str:
    """The agenda as Markdown: heading, phase and plan, then each item with its minutes,
    purpose, questions and sources; a last line says who wrote the words."""
    lang = agenda.language
    lines = header_lines(agenda)
    start, colon = 0, " :" if lang == "fr" else ":"  # French sets a space before a colon
    for number, item in enumerate(agenda.items, start=1):
        end = start + item.minutes
        lines += ["", f"## {number}. {item.title} ({item.minutes} min, {start}-{end})", ""]
        lines += [item.purpose, "", f"{message(lang, 'agenda.questions')}{colon}"]
        lines += [f"- {question}" for question in item.questions]
        sources = "; ".join(str(c) for c in item.citations)
        lines += ["", f"_{message(lang, 'agenda.sources')}{colon} {sources}_"]
        start = end
    if agenda.wording == "guides":
        lines += ["", f"_{message(lang, 'agenda.wording_guides')}_"]
    return "\n".join(lines) + "\n"


def agenda_ics(agenda: Agenda, start: datetime, stamp: datetime | None = None) -> str:
    """One event starting at ``start`` (timezone-aware, ideally a ``zoneinfo`` zone) and lasting
    the agenda's total minutes, with the Markdown agenda as its description."""
    if start.tzinfo is None:
        raise ValueError("the session's start needs a time zone")
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    event = Event()
    event.add("uid", f"{uuid.uuid4().hex}@mentor-assistant")
    event.add("dtstamp", (stamp or datetime.now(UTC)).astimezone(UTC))
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(minutes=agenda.total_minutes))
    summary = message(agenda.language, "agenda.ics_summary", minutes=agenda.total_minutes)
    event.add("summary", summary)
    event.add("description", _CONTROL.sub("", agenda_markdown(agenda)))
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical().decode("utf-8")
