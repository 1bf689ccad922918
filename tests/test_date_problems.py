"""Unusable dates told apart (assistant.dates.problems): unreadable, impossible, past.

"Today" is Friday 27 November 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.dates.deadlines import impossible_dates, past_dates
from assistant.dates.problems import (
    DateProblem,
    ImpossibleDate,
    PastDate,
    UnreadableDate,
    read_future_date,
)

TODAY = date(2026, 11, 27)


@pytest.mark.parametrize(
    ("text", "language", "due"),
    [
        ("30 June 2027", "en", date(2027, 6, 30)),
        ("d'ici fin mars", "fr", date(2027, 3, 31)),
        ("2027-2-3", "en", date(2027, 2, 3)),
        ("next week", "en", date(2026, 12, 4)),
        ("today", "en", TODAY),
        ("29 February 2028", "en", date(2028, 2, 29)),
    ],
)
def test_a_future_date_is_read(text: str, language: str, due: date) -> None:
    assert read_future_date(text, language, TODAY) == due


@pytest.mark.parametrize(
    ("text", "language", "written"),
    [
        ("31 February 2027", "en", "31 February 2027"),
        ("31 February", "en", "31 February"),
        ("30 février", "fr", "30 février"),
        ("le 30 février 2027", "fr", "30 février 2027"),
        ("2027-02-30", "en", "2027-02-30"),
        ("by 31/04/2027", "en", "31/04/2027"),
        ("29 February 2027", "en", "29 February 2027"),
    ],
)
def test_an_impossible_day_says_so(text: str, language: str, written: str) -> None:
    with pytest.raises(ImpossibleDate) as caught:
        read_future_date(text, language, TODAY)
    problem = caught.value
    assert problem.key == "dates.impossible" and problem.text == written
    assert str(problem) == (
        f"“{written}” is not a real date: that month has no such day. Check the day and the month."
    )
    assert problem.message("fr").startswith(f"« {written} » n'est pas une vraie date")
    assert impossible_dates(text, language, TODAY) == [written]


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        ("1 March 2026", "en", date(2026, 3, 1)),
        ("2026-03-01", "en", date(2026, 3, 1)),
        ("le 1er mars 2026", "fr", date(2026, 3, 1)),
        ("01/03/2026", "fr", date(2026, 3, 1)),
        ("by March 2026", "en", date(2026, 3, 31)),
        ("yesterday", "en", date(2026, 11, 26)),
        ("avant-hier", "fr", date(2026, 11, 25)),
    ],
)
def test_a_past_date_says_it_is_past(text: str, language: str, day: date) -> None:
    with pytest.raises(PastDate) as caught:
        read_future_date(text, language, TODAY)
    problem = caught.value
    assert problem.key == "dates.past" and problem.day == day
    assert "is already past" in str(problem)
    assert "est déjà passée" in problem.message("fr")
    assert problem.variables("fr")["iso"] == day.isoformat()


def test_past_dates_in_words_and_figures() -> None:
    assert past_dates("1 March 2026", "en", TODAY) == [date(2026, 3, 1)]
    assert past_dates("from 1 March 2026 to 2 May 2026", "en", TODAY) == [
        date(2026, 3, 1),
        date(2026, 5, 2),
    ]
    assert past_dates("30 June 2027", "en", TODAY) == []


def test_today_when_only_a_later_day_will_do() -> None:
    with pytest.raises(PastDate) as caught:
        read_future_date("today", "en", TODAY, allow_today=False)
    assert caught.value.key == "dates.today"
    assert str(caught.value) == "That date is today (27 November 2026): please choose a later day."
    assert caught.value.message("fr") == (
        "Cette date est aujourd'hui (27 novembre 2026) : choisissez un jour plus tard."
    )
    assert read_future_date("tomorrow", "en", TODAY, allow_today=False) == date(2026, 11, 28)


@pytest.mark.parametrize("text", ["someday", "", "  ", "no idea", "bientôt", "15/13/2027"])
def test_no_date_at_all_is_unreadable(text: str) -> None:
    with pytest.raises(UnreadableDate) as caught:
        read_future_date(text, "en", TODAY)
    assert caught.value.key == "dates.unreadable"
    assert isinstance(caught.value, DateProblem) and isinstance(caught.value, ValueError)
    assert caught.value.message("fr").startswith("Je n'arrive pas à lire")
