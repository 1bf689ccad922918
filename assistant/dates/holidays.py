"""Public holidays by country, in code (no dependency, no data file), to keep reviews off them.

    >>> from datetime import date
    >>> is_working_day(date(2026, 12, 25), "FR"), is_working_day(date(2026, 12, 28), "FR")
    (False, True)
    >>> easter(2027)
    datetime.date(2027, 3, 28)

Countries (ISO 3166 codes, upper or lower case): FR, GB, US, DE, BE, CA, CH. An empty code
means weekends only; :data:`COUNTRIES` lists the others.

The table is deliberately small; its limits:

- **national days only**. Regional days are left out: Alsace-Moselle's Good Friday and
  26 December (FR), Scotland's and Northern Ireland's bank holidays (GB: England and Wales),
  the Länder's days (DE: only the nine nationwide ones), the provinces' days (CA: the federal
  list of the Canada Labour Code, e.g. not the Fête nationale du Québec), the cantons' days
  (CH: the days most cantons keep, e.g. 2 January and Good Friday, which Ticino and Valais do
  not keep), the states' days (US: the eleven federal holidays);
- **rules, not decrees**: one-off days (a coronation, a jubilee, a national day of mourning)
  and moved days decided by decree are not known;
- **substitute days**: GB and US days falling on a weekend are moved as their rules say (GB: to
  the next weekday; US: Saturday to Friday, Sunday to Monday), and Canada Day on a Sunday is
  kept on 2 July; the other countries do not move holidays;
- Easter is computed with the anonymous Gregorian algorithm (Meeus/Jones/Butcher), valid for
  every Gregorian year; the days that follow it (Good Friday, Easter Monday, Ascension, Whit
  Monday) are offsets from it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache

__all__ = ["COUNTRIES", "easter", "holidays", "is_working_day", "nth_weekday"]

MONDAY, THURSDAY = 0, 3


def easter(year: int) -> date:
    """Easter Sunday of ``year`` (Gregorian calendar), by the anonymous Gregorian algorithm."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` (Monday = 0) of ``month``; ``n`` = -1 is the last one."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    following = date(year + month // 12, month % 12 + 1, 1)
    last = following - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-n - 1))


def _fixed(year: int, *days: tuple[int, int, str]) -> dict[date, str]:
    return {date(year, month, day): name for month, day, name in days}


def _easter_days(year: int, *offsets: tuple[int, str]) -> dict[date, str]:
    sunday = easter(year)
    return {sunday + timedelta(days=offset): name for offset, name in offsets}


GOOD_FRIDAY, EASTER_MONDAY = (-2, "Good Friday"), (1, "Easter Monday")
ASCENSION, WHIT_MONDAY = (39, "Ascension Day"), (50, "Whit Monday")


def _france(year: int) -> dict[date, str]:
    return _fixed(
        year,
        (1, 1, "Jour de l'an"),
        (5, 1, "Fête du Travail"),
        (5, 8, "Victoire 1945"),
        (7, 14, "Fête nationale"),
        (8, 15, "Assomption"),
        (11, 1, "Toussaint"),
        (11, 11, "Armistice 1918"),
        (12, 25, "Noël"),
    ) | _easter_days(year, EASTER_MONDAY, ASCENSION, WHIT_MONDAY)


def _britain(year: int) -> dict[date, str]:
    """England and Wales: eight bank holidays, weekend ones moved to the next weekday."""
    days = {
        nth_weekday(year, 5, MONDAY, 1): "Early May bank holiday",
        nth_weekday(year, 5, MONDAY, -1): "Spring bank holiday",
        nth_weekday(year, 8, MONDAY, -1): "Summer bank holiday",
    } | _easter_days(year, GOOD_FRIDAY, EASTER_MONDAY)
    for month, day, name in (
        (1, 1, "New Year's Day"),
        (12, 25, "Christmas Day"),
        (12, 26, "Boxing Day"),
    ):
        observed = date(year, month, day)
        while observed.weekday() >= 5 or observed in days:
            observed += timedelta(days=1)
        days[observed] = name if observed.day == day else f"{name} (substitute day)"
    return days


def _united_states(year: int) -> dict[date, str]:
    """The eleven federal holidays; a Saturday one is kept on Friday, a Sunday one on Monday."""
    days = {
        nth_weekday(year, 1, MONDAY, 3): "Martin Luther King Jr. Day",
        nth_weekday(year, 2, MONDAY, 3): "Washington's Birthday",
        nth_weekday(year, 5, MONDAY, -1): "Memorial Day",
        nth_weekday(year, 9, MONDAY, 1): "Labor Day",
        nth_weekday(year, 10, MONDAY, 2): "Columbus Day",
        nth_weekday(year, 11, THURSDAY, 4): "Thanksgiving Day",
    }
    fixed = _fixed(
        year,
        (1, 1, "New Year's Day"),
        (6, 19, "Juneteenth"),
        (7, 4, "Independence Day"),
        (11, 11, "Veterans Day"),
        (12, 25, "Christmas Day"),
    )
    # New Year's Day of the next year may be kept on 31 December of this one.
    fixed[date(year + 1, 1, 1)] = "New Year's Day"
    for day, name in fixed.items():
        shift = {5: -1, 6: 1}.get(day.weekday(), 0)
        days[day] = name
        days[day + timedelta(days=shift)] = name
    return {day: name for day, name in days.items() if day.year == year}


def _germany(year: int) -> dict[date, str]:
    return _fixed(
        year,
        (1, 1, "Neujahr"),
        (5, 1, "Tag der Arbeit"),
        (10, 3, "Tag der Deutschen Einheit"),
        (12, 25, "Erster Weihnachtstag"),
        (12, 26, "Zweiter Weihnachtstag"),
    ) | _easter_days(year, GOOD_FRIDAY, EASTER_MONDAY, ASCENSION, WHIT_MONDAY)


def _belgium(year: int) -> dict[date, str]:
    return _fixed(
        year,
        (1, 1, "Nouvel An"),
        (5, 1, "Fête du Travail"),
        (7, 21, "Fête nationale"),
        (8, 15, "Assomption"),
        (11, 1, "Toussaint"),
        (11, 11, "Armistice"),
        (12, 25, "Noël"),
    ) | _easter_days(year, EASTER_MONDAY, ASCENSION, WHIT_MONDAY)


def _canada(year: int) -> dict[date, str]:
    """The general holidays of the Canada Labour Code (federal)."""
    canada_day = date(year, 7, 1)
    days = _fixed(
        year,
        (1, 1, "New Year's Day"),
        (9, 30, "National Day for Truth and Reconciliation"),
        (11, 11, "Remembrance Day"),
        (12, 25, "Christmas Day"),
        (12, 26, "Boxing Day"),
    ) | _easter_days(year, GOOD_FRIDAY)
    days[canada_day + timedelta(days=canada_day.weekday() == 6)] = "Canada Day"
    days[date(year, 5, 24) - timedelta(days=date(year, 5, 24).weekday())] = "Victoria Day"
    days[nth_weekday(year, 9, MONDAY, 1)] = "Labour Day"
    days[nth_weekday(year, 10, MONDAY, 2)] = "Thanksgiving"
    return days


def _switzerland(year: int) -> dict[date, str]:
    """The days most cantons keep (only 1 August is federal)."""
    return _fixed(
        year,
        (1, 1, "Nouvel An"),
        (1, 2, "Saint-Berchtold"),
        (8, 1, "Fête nationale"),
        (12, 25, "Noël"),
        (12, 26, "Saint-Étienne"),
    ) | _easter_days(year, GOOD_FRIDAY, EASTER_MONDAY, ASCENSION, WHIT_MONDAY)


_TABLE: dict[str, Callable[[int], dict[date, str]]] = {
    "FR": _france,
    "GB": _britain,
    "US": _united_states,
    "DE": _germany,
    "BE": _belgium,
    "CA": _canada,
    "CH": _switzerland,
}
COUNTRIES = tuple(_TABLE)
"""The country codes the table knows."""


@lru_cache(maxsize=64)
def holidays(year: int, country: str) -> dict[date, str]:
    """The public holidays of ``country`` in ``year``, by date, each with a name to read.

    An empty ``country`` has none; an unknown one raises ``ValueError``.
    """
    code = country.strip().upper()
    if not code:
        return {}
    if code not in _TABLE:
        raise ValueError(f"no holiday table for {country!r}: use one of {', '.join(COUNTRIES)}")
    return _TABLE[code](year)


def is_working_day(day: date, country: str = "") -> bool:
    """Not a Saturday, a Sunday or a public holiday of ``country``."""
    return day.weekday() < 5 and day not in holidays(day.year, country)
