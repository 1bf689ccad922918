"""The first review of a goal: a working day early enough to change course.

    >>> from datetime import date
    >>> review_date(date(2026, 11, 27), date(2027, 6, 30), "FR")  # halfway
    datetime.date(2027, 3, 15)
    >>> review_date(date(2026, 11, 27), None, "FR")  # four weeks on: 25 December, a holiday
    datetime.date(2026, 12, 28)

The rule:

- the target more than eight weeks away: **halfway** to it;
- four to eight weeks away: **four weeks** from today;
- closer: **three days before** the target (the target itself when it is under a week away);
- no target: four weeks from today;

then off weekends and the public holidays of ``country`` (see :mod:`assistant.dates.holidays`;
an empty country: weekends only) when that is possible: to the next working day, or the
previous one when the next would reach the target (a review before the target leaves time to
act). It is never after the target, never before
today; when every day in reach is a holiday or a weekend, the day stays as computed.
"""

from __future__ import annotations

from datetime import date, timedelta

from assistant.dates.holidays import is_working_day

__all__ = ["FIRST_REVIEW", "LONG_GOAL", "next_working_day", "review_date"]

FIRST_REVIEW = timedelta(weeks=4)
"""The first review of a goal with no target, or one due within eight weeks."""
LONG_GOAL = timedelta(weeks=8)
"""Beyond this, the first review comes halfway to the target."""
SHORT_GOAL = timedelta(weeks=1)
BEFORE_TARGET = timedelta(days=3)


def review_date(today: date, target: date | None, country: str = "") -> date:
    """The first review of a goal due on ``target`` (None: no target), set on ``today``."""
    if target is None:
        return next_working_day(today + FIRST_REVIEW, country)
    if target <= today:
        return today
    ahead = target - today
    if ahead > LONG_GOAL:
        raw = today + timedelta(days=ahead.days // 2)
    elif ahead >= FIRST_REVIEW:
        raw = today + FIRST_REVIEW
    elif ahead >= SHORT_GOAL:
        raw = target - BEFORE_TARGET
    else:
        raw = target
    return _working_day_near(raw, today, target, country)


def next_working_day(day: date, country: str = "") -> date:
    """``day`` if it is a working day, else the first working day after it."""
    return _first_working_day(day, country, day + timedelta(days=14)) or day


def _first_working_day(day: date, country: str, latest: date) -> date | None:
    """``day`` or the first working day after it, up to ``latest``; None when there is none."""
    candidate = day
    while candidate <= latest:
        if is_working_day(candidate, country):
            return candidate
        candidate += timedelta(days=1)
    return None


def _working_day_near(day: date, today: date, target: date, country: str) -> date:
    """A working day near ``day``: later if that stays before the target, else earlier."""
    latest = target if day == target else target - timedelta(days=1)
    if (later := _first_working_day(day, country, latest)) is not None:
        return later
    earlier = day
    while earlier > today:
        earlier -= timedelta(days=1)
        if earlier > today and is_working_day(earlier, country):
            return earlier
    return day
