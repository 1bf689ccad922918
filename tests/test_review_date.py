"""The first review of a goal (assistant.dates.review) and the holiday table behind it
(assistant.dates.holidays). "Today" is Friday 27 November 2026 unless a test says otherwise."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.config import load_settings
from assistant.dates.holidays import COUNTRIES, easter, holidays, is_working_day, nth_weekday
from assistant.dates.review import review_date

TODAY = date(2026, 11, 27)


@pytest.mark.parametrize(
    ("year", "sunday"),
    [
        (2024, date(2024, 3, 31)),
        (2025, date(2025, 4, 20)),
        (2026, date(2026, 4, 5)),
        (2027, date(2027, 3, 28)),
        (2028, date(2028, 4, 16)),
        (2038, date(2038, 4, 25)),  # the latest possible
        (2285, date(2285, 3, 22)),  # the earliest possible
    ],
)
def test_easter_by_the_anonymous_gregorian_algorithm(year: int, sunday: date) -> None:
    assert easter(year) == sunday


def test_nth_weekdays() -> None:
    assert nth_weekday(2026, 11, 3, 4) == date(2026, 11, 26)  # Thanksgiving
    assert nth_weekday(2027, 5, 0, -1) == date(2027, 5, 31)  # Memorial Day, Spring bank holiday
    assert nth_weekday(2027, 5, 0, 1) == date(2027, 5, 3)  # Early May bank holiday
    assert nth_weekday(2027, 12, 4, -1) == date(2027, 12, 31)


@pytest.mark.parametrize(
    ("country", "day"),
    [
        ("FR", date(2027, 3, 29)),  # lundi de Pâques
        ("FR", date(2027, 5, 6)),  # Ascension
        ("FR", date(2027, 5, 17)),  # lundi de Pentecôte
        ("FR", date(2027, 7, 14)),
        ("FR", date(2026, 12, 25)),
        ("GB", date(2027, 3, 26)),  # Good Friday
        ("GB", date(2027, 5, 3)),  # Early May bank holiday
        ("GB", date(2027, 8, 30)),  # Summer bank holiday
        ("GB", date(2027, 12, 27)),  # Christmas on a Saturday: substitute Monday
        ("GB", date(2027, 12, 28)),  # Boxing Day on a Sunday: substitute Tuesday
        ("US", date(2026, 11, 26)),  # Thanksgiving
        ("US", date(2027, 5, 31)),  # Memorial Day
        ("US", date(2027, 7, 5)),  # Independence Day on a Sunday: observed Monday
        ("US", date(2027, 12, 24)),  # Christmas on a Saturday: observed Friday
        ("DE", date(2027, 10, 3)),
        ("DE", date(2027, 3, 26)),
        ("BE", date(2027, 7, 21)),
        ("CA", date(2027, 5, 24)),  # Victoria Day: the Monday before 25 May
        ("CA", date(2027, 10, 11)),  # Thanksgiving: second Monday of October
        ("CH", date(2027, 8, 1)),
        ("CH", date(2027, 1, 2)),
    ],
)
def test_public_holidays_by_country(country: str, day: date) -> None:
    assert day in holidays(day.year, country)
    assert day in holidays(day.year, country.lower())


def test_working_days_and_the_table_limits() -> None:
    assert not is_working_day(date(2026, 12, 25), "FR")
    assert is_working_day(date(2026, 12, 28), "FR")
    assert not is_working_day(date(2026, 11, 28))  # a Saturday, any country
    assert is_working_day(date(2026, 12, 25), "")  # empty country: weekends only
    assert is_working_day(date(2027, 7, 14), "GB") and is_working_day(date(2027, 7, 5), "FR")
    assert date(2027, 12, 26) not in holidays(2027, "FR")  # Alsace-Moselle only: not kept
    assert set(COUNTRIES) >= {"FR", "GB", "US", "DE", "BE", "CA", "CH"}
    with pytest.raises(ValueError, match="no holiday table for 'XX'"):
        holidays(2027, "XX")


@pytest.mark.parametrize(
    ("today", "target", "country", "review"),
    [
        # far away: halfway (14 March 2027 is a Sunday, so Monday 15)
        (TODAY, date(2027, 6, 30), "FR", date(2027, 3, 15)),
        # no target: four weeks on is Christmas Day, a Friday: the next working day
        (TODAY, None, "FR", date(2026, 12, 28)),
        (TODAY, None, "GB", date(2026, 12, 29)),  # Boxing Day substitute on Monday 28
        (TODAY, None, "", date(2026, 12, 25)),  # weekends only
        # five weeks away: four weeks on (25 December) moves back, not onto the target
        (TODAY, date(2027, 1, 1), "FR", date(2026, 12, 28)),
        (TODAY, date(2026, 12, 28), "FR", date(2026, 12, 24)),
        # two weeks away: three days before the target
        (TODAY, date(2026, 12, 11), "FR", date(2026, 12, 8)),
        # under a week: the target itself
        (TODAY, date(2026, 12, 1), "FR", date(2026, 12, 1)),
        (TODAY, TODAY, "FR", TODAY),
        # exactly eight weeks: four weeks on
        (date(2027, 1, 4), date(2027, 3, 1), "FR", date(2027, 2, 1)),
        # halfway lands on Ascension (Thursday 6 May 2027): Friday 7 May
        (date(2027, 2, 5), date(2027, 8, 5), "FR", date(2027, 5, 7)),
        # halfway lands on Thanksgiving 2027 in the US: the Friday after
        (date(2027, 7, 26), date(2028, 3, 26), "US", date(2027, 11, 26)),
    ],
)
def test_the_first_review_date(
    today: date, target: date | None, country: str, review: date
) -> None:
    assert review_date(today, target, country) == review


def test_the_review_is_never_after_the_target_nor_before_today() -> None:
    for days in range(0, 400, 3):
        target = date.fromordinal(TODAY.toordinal() + days)
        for country in ("", *COUNTRIES):
            review = review_date(TODAY, target, country)
            assert TODAY <= review <= target
            if days >= 7:
                assert review < target and is_working_day(review, country)


def test_the_country_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    assert load_settings().country == "FR"
    monkeypatch.setenv("MENTOR_COUNTRY", "gb")
    assert load_settings().country == "GB"
    monkeypatch.setenv("MENTOR_COUNTRY", "")
    assert load_settings().country == ""
    monkeypatch.setenv("MENTOR_COUNTRY", "Narnia")
    with pytest.raises(ValueError, match="MENTOR_COUNTRY must be one of FR, GB"):
        load_settings()
