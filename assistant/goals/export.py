"""A goal as something to keep: a Markdown card and an iCalendar (RFC 5545) file of its dates.

Both are written in the goal's language: labels from the message catalogue, month names in code
(no locale needed).
User text is escaped so it can never break the structure of either format.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

from icalendar import Alarm, Calendar, Event

from assistant.goals.model import Goal, GoalDraft, GoalStatus, Language, ProgressEntry
from assistant.language.messages import message, section
from assistant.language.text import fold

_MONTHS: dict[Language, tuple[str, ...]] = {
    "en": tuple(
        "January February March April May June "
        "July August September October November December".split()
    ),
    "fr": tuple(
        "janvier février mars avril mai juin "
        "juillet août septembre octobre novembre décembre".split()
    ),
}


def format_date(day: date, language: Language) -> str:
    """``30 June 2027`` / ``30 juin 2027`` (and ``1er juin 2027``, as French writes it)."""
    number = "1er" if language == "fr" and day.day == 1 else str(day.day)
    return f"{number} {month_name(day.month, language)} {day.year}"


def month_name(month: int, language: str) -> str:
    """``June`` / ``juin`` for 6."""
    return _MONTHS["fr" if language == "fr" else "en"][month - 1]


def status_label(status: GoalStatus, language: str) -> str:
    """``achieved`` / ``atteint``."""
    return message(language, f"goal.status.{status.value}")


_SLUG_BREAK = re.compile(r"[^a-z0-9]+")


def file_name(goal: GoalDraft, extension: str, most: int = 60) -> str:
    """A readable, portable file name from the goal's statement: ``give-three-talks.md``.

    ASCII letters, digits and hyphens only (accents folded), cut at a word break.
    """
    slug = _SLUG_BREAK.sub("-", fold(goal.statement)).strip("-")
    if len(slug) > most:
        slug = slug[: most + 1].rsplit("-", 1)[0] if "-" in slug[:most] else slug[:most]
    return f"{slug or 'goal'}.{extension}"


def _colon(language: Language) -> str:
    """French puts a space before a colon."""
    return " : " if language == "fr" else ": "


# -- Markdown -------------------------------------------------------------------------------

_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")
_LINE_START = re.compile(r"^(#|>|-|\+|=|(\d+)([.)]))")
_TRAILING_HASHES = re.compile(r"(?<!\\)#+$")


def escape_markdown(text: str) -> str:
    """``text`` as one line of literal Markdown: whitespace collapsed, markup escaped."""
    text = _INLINE_SPECIAL.sub(r"\\\1", " ".join(text.split()))
    text = _LINE_START.sub(lambda m: f"{m[2]}\\{m[3]}" if m[2] else f"\\{m[1]}", text)
    return _TRAILING_HASHES.sub(lambda m: "\\#" * len(m[0]), text)  # would close a heading


def _paragraphs(text: str) -> str:
    """Multi-line user text: its paragraphs kept, each line escaped on its own."""
    blocks = (block.splitlines() for block in re.split(r"\n\s*\n", text.strip()))
    return "\n\n".join(
        "\n".join(escape_markdown(line) for line in b if line.strip()) for b in blocks
    )


def goal_markdown(goal: Goal) -> str:
    """A readable Markdown card of a stored goal, in its language; empty parts are left out."""
    return _card(goal, goal.status, goal.progress)


def draft_markdown(draft: GoalDraft) -> str:
    """The card of a goal not saved yet (no status, no history): what a mentee confirms."""
    return _card(draft, None, [])


def _card(draft: GoalDraft, status: GoalStatus | None, progress: list[ProgressEntry]) -> str:
    lang = draft.language
    label, colon = section(lang, "goal.label"), _colon(lang)
    facts = [(label["status"], status_label(status, lang))] if status else []
    if draft.target_date:
        facts.append((label["target"], format_date(draft.target_date, lang)))
    if draft.review_date:
        facts.append((label["review"], format_date(draft.review_date, lang)))
    lines = [f"# {label['goal']}{colon}{escape_markdown(draft.statement)}"]
    if facts:
        lines += ["", *(f"- **{name}**{colon}{value}" for name, value in facts)]
    sections = [
        (label["relevance"], _paragraphs(draft.relevance)),
        (label["measures"], _bullets(draft.success_measures)),
        (label["milestones"], _milestones(draft)),
        (label["first_step"], _first_step(draft)),
        (label["obstacles"], _bullets(draft.obstacles)),
        (label["options"], _options(draft)),
        (label["support"], _paragraphs(draft.support_needed)),
        (label["progress"], _history(progress, lang)),
    ]
    for title, body in sections:
        if body:
            lines += ["", f"## {title}", "", body]
    return "\n".join(lines) + "\n"


def _bullets(items: list[str]) -> str:
    return "\n".join(f"- {escape_markdown(item)}" for item in items)


def _options(draft: GoalDraft) -> str:
    """The options considered, the chosen one marked."""
    chosen = message(draft.language, "goal.label.chosen")
    return "\n".join(
        f"- {escape_markdown(option)}" + (f" ({chosen})" if option == draft.chosen_option else "")
        for option in draft.options
    )


def _milestones(draft: GoalDraft) -> str:
    return "\n".join(
        f"- [{'x' if m.done else ' '}] {format_date(m.due, draft.language)} — "
        f"{escape_markdown(m.description)}"
        for m in draft.milestones
    )


def _first_step(draft: GoalDraft) -> str:
    if not draft.first_step:
        return ""
    text = escape_markdown(draft.first_step)
    if draft.first_step_date:
        label = message(draft.language, "goal.label.by")
        text += f" ({label} {format_date(draft.first_step_date, draft.language)})"
    return text


def _history(progress: list[ProgressEntry], lang: Language) -> str:
    lines = []
    for entry in progress:
        parts = [format_date(entry.at.date(), lang)]
        if entry.status is not None:
            status = status_label(entry.status, lang)
            parts.append(f"{message(lang, 'goal.label.status')}{_colon(lang)}{status}")
        if entry.percent is not None:
            parts.append(f"{entry.percent}\u00a0%" if lang == "fr" else f"{entry.percent}%")
        if entry.note:
            parts.append(escape_markdown(entry.note))
        lines.append("- " + " — ".join(parts))
    return "\n".join(lines)


# -- iCalendar ------------------------------------------------------------------------------

PRODID = "-//Mentor Assistant//EN"
_UID_DOMAIN = "mentor-assistant"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
REMINDER_BEFORE = timedelta(days=1)
"""Each event's reminder (VALARM) goes off this long before its day starts."""


def goal_ics(goal: Goal, stamp: datetime) -> str:
    """An iCalendar file (RFC 5545, written by the ``icalendar`` library) with one all-day
    event per dated item of the goal.

    ``stamp`` (timezone-aware) becomes every event's DTSTAMP; UIDs derive from the goal id and
    the item, so re-importing an updated file updates the same events. Each event carries a
    reminder (a display VALARM, ``TRIGGER:-P1D``) the day before, worded as its summary. An
    undated goal gives a valid calendar with no events. Control characters are removed from
    the texts.
    """
    if stamp.tzinfo is None:
        raise ValueError("the calendar stamp must be a timezone-aware datetime")
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    for key, day, summary, description in _dated_items(goal):
        event = Event()
        event.add("uid", f"{goal.id}-{key}@{_UID_DOMAIN}")
        event.add("dtstamp", stamp.astimezone(UTC))
        event.add("dtstart", day)
        event.add("dtend", day + timedelta(days=1))
        event.add("summary", _CONTROL.sub("", summary))
        event.add("description", _CONTROL.sub("", description))
        event.add("transp", "TRANSPARENT")
        event.add_component(_reminder(_CONTROL.sub("", summary)))
        calendar.add_component(event)
    return calendar.to_ical().decode("utf-8")


def _reminder(text: str) -> Alarm:
    """A display alarm ``REMINDER_BEFORE`` the event's start, saying ``text``."""
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", text)
    alarm.add("trigger", -REMINDER_BEFORE)
    return alarm


def _dated_items(goal: Goal) -> Iterator[tuple[str, date, str, str]]:
    """``(uid key, day, summary, description)`` for each dated part of the goal."""
    label, colon = section(goal.language, "goal.label"), _colon(goal.language)
    about = f"{label['goal']}{colon}{goal.statement}"
    if goal.target_date:
        details = [about, *(f"- {measure}" for measure in goal.success_measures)]
        summary = f"{label['goal_due']}{colon}{goal.statement}"
        yield "target", goal.target_date, summary, "\n".join(details)
    for number, milestone in enumerate(goal.milestones, start=1):
        summary = f"{label['milestone']}{colon}{milestone.description}"
        yield f"milestone-{number}", milestone.due, summary, about
    if goal.first_step and goal.first_step_date:
        summary = f"{label['first_step']}{colon}{goal.first_step}"
        yield "first-step", goal.first_step_date, summary, about
    if goal.review_date:
        details = [about]
        if goal.support_needed:
            details.append(f"{label['support']}{colon}{goal.support_needed}")
        summary = f"{label['goal_review']}{colon}{goal.statement}"
        yield "review", goal.review_date, summary, "\n".join(details)
