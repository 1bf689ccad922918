"""A date a person gives that cannot be used, told apart: unreadable, impossible or past.

    >>> from datetime import date
    >>> read_future_date("in 6 weeks", "en", date(2026, 11, 27))
    datetime.date(2027, 1, 8)
    >>> try:
    ...     read_future_date("31 February 2027", "en", date(2026, 11, 27))
    ... except ImpossibleDate as problem:
    ...     print(problem.key, problem.text)
    dates.impossible 31 February 2027

Each problem is a ``ValueError`` carrying a message-catalogue ``key`` (under ``dates.``), the
``text`` it is about and, for a past date, the ``day``; :meth:`DateProblem.message` words it in
a language, ``str(problem)`` is the English.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from assistant.dates.deadlines import impossible_dates, parse_date, past_dates
from assistant.language.folded import Folded
from assistant.language.messages import message

__all__ = ["DateProblem", "ImpossibleDate", "PastDate", "UnreadableDate", "read_future_date"]


class DateProblem(ValueError):
    """A date that cannot be used; ``key`` names its message under ``dates.``."""

    key = "dates.unreadable"

    def __init__(self, text: str, day: date | None = None) -> None:
        self.text = text
        self.day = day
        super().__init__(self.message("en"))

    def variables(self, language: str) -> dict[str, str]:
        """The message's placeholders: ``text``; with a day, ``date`` (in words) and ``iso``."""
        values = {"text": self.text}
        if self.day is not None:
            from assistant.goals.export import format_date

            values |= {"date": format_date(self.day, "fr" if language == "fr" else "en")}
            values |= {"iso": self.day.isoformat()}
        return values

    def message(self, language: str) -> str:
        """What to tell the person, in ``language``."""
        return message(language, self.key, **self.variables(language))


class UnreadableDate(DateProblem):
    """No date in the text ("someday", "whenever")."""

    key = "dates.unreadable"


class ImpossibleDate(DateProblem):
    """A day no calendar has ("31 February", "30 février", "2027-02-30"); ``text`` is the
    day as written."""

    key = "dates.impossible"


class PastDate(DateProblem):
    """A date before today ("1 March 2026" said on 27 November 2026), or today where only a
    later day will do (then ``key`` is ``dates.today``); ``day`` is the date."""

    key = "dates.past"

    def __init__(self, text: str, day: date, *, today: bool = False) -> None:
        if today:
            self.key = "dates.today"
        super().__init__(text, day)


_ISO = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")
_YESTERDAY = re.compile(
    r"\b(?:(?P<two>the\s+day\s+before\s+yesterday|avant[- ]hier)|yesterday|hier)\b"
)


def read_future_date(text: str, language: str, today: date, *, allow_today: bool = True) -> date:
    """The date ``text`` gives, today or later (later only, without ``allow_today``).

    Raises :class:`ImpossibleDate` for a day no calendar has, :class:`PastDate` for a date
    before today (or today when it is not allowed), :class:`UnreadableDate` when the text
    gives no date. Reads what :func:`~assistant.dates.deadlines.parse_date` reads.
    """
    answer = text.strip()
    if not answer:
        raise UnreadableDate(answer)
    if impossible := impossible_dates(answer, language, today):
        raise ImpossibleDate(impossible[0])
    if _ISO.fullmatch(answer):
        try:
            day: date | None = date.fromisoformat(_padded(answer))
        except ValueError:
            raise ImpossibleDate(answer) from None
    else:
        day = parse_date(answer, language, today)
    if day is None:
        if past := past_dates(answer, language, today):
            raise PastDate(answer, max(past))
        if yesterday := _YESTERDAY.search(Folded.of(answer).text):
            raise PastDate(answer, today - timedelta(days=2 if yesterday["two"] else 1))
        raise UnreadableDate(answer)
    if day < today or (day == today and not allow_today):
        raise PastDate(answer, day, today=day == today)
    return day


def _padded(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{year}-{int(month):02d}-{int(day):02d}"
