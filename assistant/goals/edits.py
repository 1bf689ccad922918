"""Changing a saved goal: one set of field names, one parser, shared by ``mentor goal edit`` and
the web form.

An edit is a ``(field, text)`` pair, the text as a person types it: dates in words ("30 June",
"in 6 weeks", "d'ici fin mars") or ISO, lists separated by ``;`` (or one item a line). All edits
are applied to a copy and checked at once, so a bad one changes nothing: the caller saves the
returned draft or gets an :class:`EditError` whose message says what to fix.

    >>> from datetime import date
    >>> draft = GoalDraft(statement="Give three talks", target_date=date(2027, 6, 30))
    >>> edited = apply_edits(draft, [("target", "in 6 weeks")], today=date(2027, 1, 4))
    >>> edited.target_date
    datetime.date(2027, 2, 15)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from pydantic import ValidationError

from assistant.dates.deadlines import parse_date
from assistant.goals.export import format_date
from assistant.goals.fields import GOAL_FIELDS
from assistant.goals.model import GoalDraft, Language, Milestone

TEXTS = {f.name: f.attribute for f in GOAL_FIELDS if f.kind == "text"}
LISTS = {f.name: f.attribute for f in GOAL_FIELDS if f.kind == "list"}
DATES = {f.name: f.attribute for f in GOAL_FIELDS if f.kind == "date"}
MILESTONE_ACTIONS = ("milestone-add", "milestone-remove", "milestone-done")
FIELDS = (*(f.name for f in GOAL_FIELDS), *MILESTONE_ACTIONS)
"""Every field an edit may name, in the order a form shows them."""

CLEAR = "-"
"""The value that empties an optional field (an empty value does too)."""

DATE_EXAMPLES = "'30 June 2027', 'in 6 weeks', 'd'ici fin mars' or 2027-06-30"
_DATE_NAMES = {
    "target": "target date",
    "first-step-date": "first step date",
    "review": "review date",
    "milestone-add": "milestone date",
}
_ATTRIBUTES = {**TEXTS, **LISTS, **DATES}
_FIELD_OF = {attribute: name for name, attribute in _ATTRIBUTES.items()}
_FIELD_OF["milestones"] = "milestone"
_MILESTONE = re.compile(r"(?P<what>.*\S)\s*@\s*(?P<when>[^@]+)", re.DOTALL)


class EditError(ValueError):
    """An edit that cannot be applied; the message says how to fix it."""


def field_name(name: str) -> str:
    """``name`` as an edit field (``first_step`` and ``First-Step`` are ``first-step``)."""
    normal = name.strip().lower().replace("_", "-")
    if normal not in FIELDS:
        raise EditError(f"unknown field {name.strip()!r}: use one of {', '.join(FIELDS)}")
    return normal


def parse_assignment(text: str) -> tuple[str, str]:
    """``"target=30 June"`` as ``("target", "30 June")``."""
    name, sep, value = text.partition("=")
    if not sep:
        raise EditError(f"{text!r} is not FIELD=VALUE: write e.g. 'target=30 June 2027'")
    return field_name(name), value.strip()


def current_values(draft: GoalDraft, separator: str = "; ") -> dict[str, str]:
    """The text of each editable field as a form or a prompt shows it (milestones aside).

    Giving a value back unchanged keeps the field as it is, even a date already past.
    """
    values = {name: str(getattr(draft, attribute)) for name, attribute in TEXTS.items()}
    values |= {name: separator.join(getattr(draft, attr)) for name, attr in LISTS.items()}
    for name, attribute in DATES.items():
        day = getattr(draft, attribute)
        values[name] = format_date(day, draft.language) if day else ""
    return {name: values[name] for name in FIELDS if name in values}


def apply_edits(draft: GoalDraft, edits: Iterable[tuple[str, str]], today: date) -> GoalDraft:
    """A new draft with ``edits`` applied and checked together; :class:`EditError` if any is
    wrong (unknown field, unreadable or past date, a step after the target date...).

    A list field given several times collects every value; any other field may be given once.
    New dates must not be in the past; a date given back as :func:`current_values` shows it is
    kept as it is.
    """
    values: dict[str, Any] = draft.model_dump()
    given: set[str] = set()
    milestones = _Milestones(draft.milestones, draft.language, today)
    for raw_name, text in edits:
        name = field_name(raw_name)
        value = text.strip()
        if name in MILESTONE_ACTIONS:
            milestones.apply(name, value)
            continue
        attribute = _ATTRIBUTES[name]
        if name in LISTS:
            items = _items(value)
            values[attribute] = [*values[attribute], *items] if name in given else items
        elif name in given:
            raise EditError(f"{name} is given twice: give it once")
        elif name in DATES:
            values[attribute] = read_date(
                value, draft.language, today, getattr(draft, attribute), _DATE_NAMES[name]
            )
        elif name == "statement" and value in {"", CLEAR}:
            raise EditError("the statement cannot be empty: write the goal in one sentence")
        else:
            values[attribute] = "" if value == CLEAR else value
        given.add(name)
    values["milestones"] = milestones.result()
    try:
        return GoalDraft.model_validate(values)
    except ValidationError as exc:
        raise EditError("; ".join(_problem(error) for error in exc.errors())) from None


def read_date(
    text: str, language: Language, today: date, current: date | None = None, what: str = "date"
) -> date | None:
    """The date ``text`` gives (None when it is empty or ``-``); ``current`` when it gives
    back the current date as shown, else a date from ``today`` on or :class:`EditError`."""
    text = text.strip()
    if text in {"", CLEAR}:
        return None
    if current is not None and text in {current.isoformat(), format_date(current, language)}:
        return current
    try:
        day: date | None = date.fromisoformat(text)
    except ValueError:
        day = parse_date(text, language, today)
    if day is None:
        raise EditError(f"cannot read {text!r} as a {what}: write e.g. {DATE_EXAMPLES}")
    if day < today:
        raise EditError(
            f"the {what} {day.isoformat()} is in the past: choose today or a later date"
        )
    return day


def _items(value: str) -> list[str]:
    """One item a line when the text has several lines, else items separated by ``;``."""
    if value == CLEAR:
        return []
    parts = value.splitlines() if "\n" in value else value.split(";")
    return [part.strip() for part in parts if part.strip()]


class _Milestones:
    """Milestone edits: numbers name the current milestones in date order (1 is the first)."""

    def __init__(self, current: Sequence[Milestone], language: Language, today: date) -> None:
        self.current = list(current)
        self.language = language
        self.today = today
        self.removed: set[int] = set()
        self.done: set[int] = set()
        self.added: list[Milestone] = []

    def apply(self, action: str, value: str) -> None:
        if action == "milestone-add":
            self.added.append(self._parse(value))
        elif action == "milestone-remove":
            self.removed.add(self._number(value))
        else:
            self.done.add(self._number(value))

    def result(self) -> list[dict[str, Any]]:
        kept = [
            milestone.model_copy(update={"done": milestone.done or number in self.done})
            for number, milestone in enumerate(self.current, start=1)
            if number not in self.removed
        ]
        return [milestone.model_dump() for milestone in (*kept, *self.added)]

    def _parse(self, value: str) -> Milestone:
        match = _MILESTONE.fullmatch(value)
        if match is None:
            raise EditError("a milestone is 'DESCRIPTION @ DATE', e.g. 'first talk @ 30 April'")
        due = read_date(match["when"], self.language, self.today, what="milestone date")
        if due is None:
            raise EditError("a milestone needs a date: 'DESCRIPTION @ DATE'")
        try:
            return Milestone(description=match["what"], due=due)
        except ValidationError:
            raise EditError("a milestone's description is 1 to 300 characters") from None

    def _number(self, value: str) -> int:
        count = len(self.current)
        if not value.isdigit() or not 1 <= int(value) <= count:
            have = f"it has {count}" if count else "it has none"
            raise EditError(
                f"no milestone {value!r} on this goal ({have}): number them from 1 in date "
                "order, as the goal card lists them"
            )
        return int(value)


def _problem(error: Any) -> str:
    """One validation error in edit terms: 'statement: String should have at most 500...'."""
    message = str(error["msg"]).removeprefix("Value error, ")
    location = error["loc"]
    if not location:
        return message
    name = _FIELD_OF.get(str(location[0]), str(location[0]))
    if len(location) > 1 and isinstance(location[1], int):
        name += f" {location[1] + 1}"
    return f"{name}: {message}"
