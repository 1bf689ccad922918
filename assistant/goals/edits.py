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
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import ValidationError

from assistant.dates import periods
from assistant.dates.problems import ImpossibleDate, PastDate, UnreadableDate, read_future_date
from assistant.goals.export import format_date, month_name
from assistant.goals.fields import GOAL_FIELDS
from assistant.goals.model import GoalDraft, Language, Milestone
from assistant.language.messages import message
from assistant.language.text import fold

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
_DATE_TERMS = {
    "target date": "target",
    "first step date": "first_step_date",
    "review date": "review",
    "milestone date": "milestone",
}
_ATTRIBUTES = {**TEXTS, **LISTS, **DATES}
_FIELD_OF = {attribute: name for name, attribute in _ATTRIBUTES.items()}
_FIELD_OF["milestones"] = "milestone"
_MILESTONE = re.compile(r"(?P<what>.*\S)\s*@\s*(?P<when>[^@]+)", re.DOTALL)


class EditError(ValueError):
    """An edit that cannot be applied; the message says how to fix it.

    ``key`` names the message in the catalogue (``goal_edit.*``) and ``variables`` fill it:
    ``str(error)`` is the English (what the command line prints), :meth:`message` any
    language's. A variable given as :class:`Term` is a catalogue key itself, worded in the
    message's language (the "target date" a date problem is about).
    """

    def __init__(self, key: str, **variables: object) -> None:
        self.key = key if key.startswith("goal_edit.") else f"goal_edit.{key}"
        self.variables = variables
        super().__init__(self.message("en"))

    def message(self, language: str | None = None) -> str:
        """The message in ``language`` (English by default)."""
        chosen = language or "en"
        values = {
            name: message(chosen, value.key) if isinstance(value, Term) else value
            for name, value in self.variables.items()
        }
        return message(chosen, self.key, **values)


@dataclass(frozen=True)
class Term:
    """A catalogue key used as a message variable: worded in the message's language."""

    key: str

    def __str__(self) -> str:
        return message("en", self.key)


def field_name(name: str) -> str:
    """``name`` as an edit field (``first_step`` and ``First-Step`` are ``first-step``)."""
    normal = name.strip().lower().replace("_", "-")
    if normal not in FIELDS:
        raise EditError("unknown_field", name=name.strip(), fields=", ".join(FIELDS))
    return normal


def parse_assignment(text: str) -> tuple[str, str]:
    """``"target=30 June"`` as ``("target", "30 June")``."""
    name, sep, value = text.partition("=")
    if not sep:
        raise EditError("not_assignment", text=text)
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
    kept as it is. A new target date is also written into the statement where it gave the old
    one (see :func:`rewrite_date`), unless the same edits change the statement.
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
            raise EditError("given_twice", name=name)
        elif name in DATES:
            values[attribute] = read_date(
                value, draft.language, today, getattr(draft, attribute), _DATE_NAMES[name]
            )
        elif name == "statement" and value in {"", CLEAR}:
            raise EditError("empty_statement")
        else:
            values[attribute] = "" if value == CLEAR else value
        given.add(name)
    values["milestones"] = milestones.result()
    before, after = draft.target_date, values["target_date"]
    if "target" in given and "statement" not in given and before and after and before != after:
        values["statement"] = rewrite_date(draft.statement, before, after, draft.language, today)
    try:
        return GoalDraft.model_validate(values)
    except ValidationError as exc:
        problems = "; ".join(_problem(error) for error in exc.errors())
        raise EditError("invalid", problems=problems) from None


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
    term = Term(f"goal_edit.what.{_DATE_TERMS.get(what, 'date')}")
    try:
        return read_future_date(text, language, today)
    except UnreadableDate:
        raise EditError("unreadable_date", text=text, what=term) from None
    except ImpossibleDate as problem:
        raise EditError("impossible_date", text=problem.text, what=term) from None
    except PastDate as problem:
        past = problem.day.isoformat() if problem.day else text
        raise EditError("past_date", date=past, what=term) from None


def rewrite_date(text: str, old: date, new: date, language: Language, today: date) -> str:
    """``text`` with every writing of the date ``old`` replaced by ``new`` written the same way:
    ISO (``2027-06-30``), day first in figures (``30/06/2027``), in words in either language
    (``30 June 2027``, ``June 30, 2027``, ``30 juin 2027``, ``1er juin``). Without a year,
    ``new`` is written without one too when it is the next such day from ``today``.

    >>> rewrite_date("Give three talks by 30 June 2027.", date(2027, 6, 30),
    ...              date(2027, 9, 15), "en", date(2027, 1, 4))
    'Give three talks by 15 September 2027.'
    """
    text = text.replace(old.isoformat(), new.isoformat())
    text = re.sub(
        rf"\b(?P<d>0?{old.day})/(?P<m>0?{old.month})/{old.year}\b",
        lambda m: _numeric(new, padded=m["d"].startswith("0") or m["m"].startswith("0")),
        text,
    )
    months = _month_words(old.month)
    day = rf"(?:0?{old.day}(?:st|nd|rd|th|er|e)?{'|1er|premier' if old.day == 1 else ''})"
    year = rf"(?P<y>,?\s+{old.year}\b)?(?!,?\s*\d)"
    day_month = rf"\b{day}\s+(?:of\s+)?(?P<mon>{months})\b{year}"
    month_day = rf"\b(?P<mon>{months})\s+(?:the\s+)?{day}\b{year}"

    def words(match: re.Match[str], *, month_first: bool) -> str:
        lang: Language = "fr" if fold(match["mon"]) in _FRENCH_MONTHS else "en"
        month = month_name(new.month, lang)
        number = "1er" if lang == "fr" and new.day == 1 else str(new.day)
        with_year = bool(match["y"]) or periods.next_day_month(today, new.day, new.month) != new
        if month_first:
            return f"{month} {number}, {new.year}" if with_year else f"{month} {number}"
        return f"{number} {month} {new.year}" if with_year else f"{number} {month}"

    text = re.sub(day_month, lambda m: words(m, month_first=False), text, flags=re.IGNORECASE)
    return re.sub(month_day, lambda m: words(m, month_first=True), text, flags=re.IGNORECASE)


_FRENCH_MONTHS = {fold(month_name(month, "fr")) for month in range(1, 13)}


def _month_words(month: int) -> str:
    """The names of ``month``, English and French, with and without accents."""
    names = {month_name(month, "en"), month_name(month, "fr")}
    names |= {fold(name) for name in names}
    return "|".join(sorted((re.escape(name) for name in names), key=len, reverse=True))


def _numeric(day: date, *, padded: bool) -> str:
    if padded:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{day.day}/{day.month}/{day.year}"


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
            raise EditError("milestone_format")
        due = read_date(match["when"], self.language, self.today, what="milestone date")
        if due is None:
            raise EditError("milestone_needs_date")
        try:
            return Milestone(description=match["what"], due=due)
        except ValidationError:
            raise EditError("milestone_description") from None

    def _number(self, value: str) -> int:
        count = len(self.current)
        if not value.isdigit() or not 1 <= int(value) <= count:
            if count:
                raise EditError("no_such_milestone", number=value, count=count)
            raise EditError("no_milestones", number=value)
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
