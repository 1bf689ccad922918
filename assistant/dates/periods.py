"""Calendar arithmetic for deadlines: ends of months, quarters and seasons, durations.

Conventions (one place, so every rule agrees):

- a period resolves to its **last day**: "March" -> 31 March, "this quarter" -> 31 March/30 June/
  30 September/31 December, "this year" -> 31 December, "this weekend" -> Sunday;
- a week resolves to its last **working** day: "this week"/"cette semaine" -> Friday (Sunday when
  said at the weekend), "next week"/"la semaine prochaine" -> the Friday of next week (a step
  planned "next week" is done during it, never at the end of the month);
- "the semester"/"le semestre"/"term" is the **academic** one, as French universities count it:
  the first runs September–January and ends on **31 January**, the second February–June and
  ends on **30 June** (said in July or August, "this semester" and "next semester" are the
  coming one, ending 31 January). Numbered halves ("S1", "H2", "le premier semestre 2027")
  stay calendar halves (30 June, 31 December);
- a date or month without a year is the **next one not in the past** ("30 June" said on
  1 July is 30 June next year; "March" said in March is this March);
- seasons use the northern-hemisphere astronomical dates: spring 20 March–20 June, summer
  21 June–22 September, autumn 23 September–20 December, winter 21 December–19 March;
  "before/by the summer" is its first day (21 June minus one: 20 June), "this summer" its last;
- "in N months" adds calendar months and clamps the day (31 January + 1 month = 28/29 February).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14}
UNIT_MONTHS = {"month": 1, "quarter": 3, "semester": 6, "year": 12}

# (first month, first day), (last month, last day)
SEASONS = {
    "spring": ((3, 20), (6, 20)),
    "summer": ((6, 21), (9, 22)),
    "autumn": ((9, 23), (12, 20)),
    "winter": ((12, 21), (3, 19)),
}


def end_of_month(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(start: date, months: int) -> date:
    """``start`` plus calendar months, the day clamped to the target month's length."""
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(start.day, last))


def add_duration(today: date, amount: float, unit: str) -> date:
    """``today`` plus ``amount`` ``unit``s (day/week/fortnight/month/quarter/semester/year)."""
    if unit in UNIT_DAYS:
        return today + timedelta(days=round(amount * UNIT_DAYS[unit]))
    months = amount * UNIT_MONTHS[unit]
    whole = int(months)
    return add_months(today, whole) + timedelta(days=round((months - whole) * 30))


def next_day_month(today: date, day: int, month: int, year: int | None = None) -> date | None:
    """``day``/``month`` of ``year``, else the next one not before ``today``; None if invalid."""
    try:
        if year is not None:
            return date(year, month, day)
        candidate = date(today.year, month, day)
        return candidate if candidate >= today else date(today.year + 1, month, day)
    except ValueError:
        return None


def next_month_day(today: date, month: int, year: int | None, day: int | None) -> date:
    """Day ``day`` (default: the last) of ``month``, the next occurrence not before ``today``."""

    def pick(y: int) -> date:
        last = end_of_month(y, month)
        return last if day is None else last.replace(day=min(day, last.day))

    if year is not None:
        return pick(year)
    candidate = pick(today.year)
    return candidate if candidate >= today else pick(today.year + 1)


def day_before_month(today: date, month: int, year: int | None) -> date:
    """The last day before ``month`` starts ("before March" -> 28/29 February), next occurrence."""
    if year is None:
        year = today.year if date(today.year, month, 1) > today else today.year + 1
    return date(year, month, 1) - timedelta(days=1)


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def quarter_end(year: int, quarter: int) -> date:
    return end_of_month(year, quarter * 3)


def next_quarter_end(today: date, quarter: int, year: int | None = None) -> date:
    """End of quarter ``quarter`` of ``year``, or of the next such quarter not yet over."""
    if year is not None:
        return quarter_end(year, quarter)
    candidate = quarter_end(today.year, quarter)
    return candidate if candidate >= today else quarter_end(today.year + 1, quarter)


def period_end(today: date, period: str, offset: int = 0) -> date:
    """Last day of the current (``offset`` 0) or a following week/month/quarter/semester/year."""
    if period == "week":
        return today + timedelta(days=6 - today.weekday() + 7 * offset)
    if period == "month":
        first = add_months(today.replace(day=1), offset)
        return end_of_month(first.year, first.month)
    if period == "quarter":
        index = today.year * 4 + quarter_of(today) - 1 + offset
        return quarter_end(index // 4, index % 4 + 1)
    if period == "semester":
        index = today.year * 2 + (today.month - 1) // 6 + offset
        return end_of_month(index // 2, 6 if index % 2 == 0 else 12)
    return date(today.year + offset, 12, 31)


def working_week_end(today: date, offset: int = 0) -> date:
    """The Friday of this week (``offset`` 0) or a following one; Sunday when this week's
    Friday is already past (said on a Saturday or a Sunday)."""
    friday = today + timedelta(days=4 - today.weekday() + 7 * offset)
    return friday if friday >= today else period_end(today, "week", offset)


SEMESTER_ENDS = ((1, 31), (6, 30))
"""(month, day) each academic semester ends on: 31 January, 30 June."""


def semester_end(today: date, offset: int = 0) -> date:
    """The end of the academic semester under way (or coming, in summer), or a following one."""
    if today.month in {7, 8}:  # the summer break: "next semester" is the coming one too
        offset = max(0, offset - 1)
    years = range(today.year, today.year + 3)
    ends = [date(year, month, day) for year in years for month, day in SEMESTER_ENDS]
    return [end for end in ends if end >= today][offset]


def next_weekday(today: date, weekday: int, *, following_week: bool = False) -> date:
    """The first ``weekday`` (Monday = 0) strictly after ``today``; or in the next week."""
    if following_week:
        monday = today + timedelta(days=7 - today.weekday())
        return monday + timedelta(days=weekday)
    return today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)


def season_day(today: date, season: str, *, start: bool, skip_current: bool = False) -> date:
    """First (``start``) or last day of the next ``season`` not over yet.

    With ``skip_current`` ("next summer" said in summer) the season under way is skipped.
    """
    (first_month, first_day), (last_month, last_day) = SEASONS[season]
    for year in (today.year - 1, today.year, today.year + 1):
        begins = date(year, first_month, first_day)
        ends = date(year + (last_month < first_month), last_month, last_day)
        if start and begins - timedelta(days=1) >= today:
            return begins - timedelta(days=1)
        if not start and ends >= today and not (skip_current and begins <= today):
            return ends
    return date(today.year + 1, last_month, last_day)


def thanksgiving(today: date, days_after: int = 0) -> date:
    """The next US Thanksgiving (4th Thursday of November) + ``days_after`` (Black Friday: 1)."""
    for year in (today.year, today.year + 1):
        first = date(year, 11, 1)
        thursday = first + timedelta(days=(3 - first.weekday()) % 7 + 21)
        if thursday + timedelta(days=days_after) >= today:
            return thursday + timedelta(days=days_after)
    raise AssertionError("unreachable")
