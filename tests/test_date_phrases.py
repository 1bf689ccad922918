"""Relative phrases a mentee uses for a first step or a target (issue 16): what day each means.

Mostly on Friday 27 November 2026, with a Saturday, a Wednesday in March and a day of the
summer break to check the weeks and the academic semesters.
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.dates.deadlines import find_time_frame, parse_date

FRIDAY = date(2026, 11, 27)
SATURDAY = date(2026, 11, 28)
MARCH = date(2027, 3, 10)  # a Wednesday
JULY = date(2027, 7, 14)


@pytest.mark.parametrize(
    ("text", "language", "today", "due"),
    [
        # a week is its working days: next week is the Friday of next week
        ("next week", "en", FRIDAY, date(2026, 12, 4)),
        ("la semaine prochaine", "fr", FRIDAY, date(2026, 12, 4)),
        ("next week", "en", MARCH, date(2027, 3, 19)),
        ("la semaine prochaine", "fr", SATURDAY, date(2026, 12, 4)),
        ("by the end of next week", "en", MARCH, date(2027, 3, 19)),
        ("d'ici la fin de la semaine prochaine", "fr", MARCH, date(2027, 3, 19)),
        # this week: its Friday, today on a Friday, Sunday when said at the weekend
        ("this week", "en", MARCH, date(2027, 3, 12)),
        ("cette semaine", "fr", MARCH, date(2027, 3, 12)),
        ("this week", "en", FRIDAY, FRIDAY),
        ("cette semaine", "fr", SATURDAY, date(2026, 11, 29)),
        ("dans la semaine", "fr", MARCH, date(2027, 3, 12)),
        ("this weekend", "en", MARCH, date(2027, 3, 14)),
        # next month: by its end
        ("next month", "en", FRIDAY, date(2026, 12, 31)),
        ("le mois prochain", "fr", FRIDAY, date(2026, 12, 31)),
        ("le mois prochain", "fr", MARCH, date(2027, 4, 30)),
        # the next few days: three days on
        ("in a few days", "en", FRIDAY, date(2026, 11, 30)),
        ("in the coming days", "en", FRIDAY, date(2026, 11, 30)),
        ("over the next few days", "en", MARCH, date(2027, 3, 13)),
        ("dans les prochains jours", "fr", FRIDAY, date(2026, 11, 30)),
        ("dans quelques jours", "fr", FRIDAY, date(2026, 11, 30)),
        ("dans les jours qui viennent", "fr", MARCH, date(2027, 3, 13)),
        # academic semesters: the first ends on 31 January, the second on 30 June
        ("avant la fin du semestre", "fr", FRIDAY, date(2027, 1, 31)),
        ("by the end of the semester", "en", FRIDAY, date(2027, 1, 31)),
        ("by the end of term", "en", FRIDAY, date(2027, 1, 31)),
        ("end of term", "en", MARCH, date(2027, 6, 30)),
        ("avant la fin du semestre", "fr", MARCH, date(2027, 6, 30)),
        ("ce semestre", "fr", JULY, date(2028, 1, 31)),  # the summer break: the coming one
        ("next semester", "en", JULY, date(2028, 1, 31)),
        ("le semestre prochain", "fr", FRIDAY, date(2027, 6, 30)),
        ("by H1", "en", FRIDAY, date(2027, 6, 30)),  # numbered halves stay calendar halves
        ("au S2", "fr", FRIDAY, date(2026, 12, 31)),
        # before the summer: its eve
        ("d'ici l'été", "fr", FRIDAY, date(2027, 6, 20)),
        ("before the summer", "en", FRIDAY, date(2027, 6, 20)),
        ("avant l'été", "fr", JULY, date(2028, 6, 20)),
    ],
)
def test_relative_phrases(text: str, language: str, today: date, due: date) -> None:
    assert parse_date(text, language, today) == due


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ask my manager next week", "en"),
        ("Demander à mon manager la semaine prochaine", "fr"),
    ],
)
def test_a_first_step_next_week_is_during_next_week(text: str, language: str) -> None:
    frame = find_time_frame(text, language, FRIDAY)
    assert frame is not None and frame.due == date(2026, 12, 4)
    assert frame.due.weekday() == 4


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("31 February 2027", "en"),
        ("30 février 2027", "fr"),
        ("2027-02-30", "en"),
        ("by 31/02/2027", "en"),
        ("Give a talk by 31 February 2027", "en"),
    ],
)
def test_an_impossible_day_is_no_longer_clamped_to_the_end_of_the_month(
    text: str, language: str
) -> None:
    assert parse_date(text, language, FRIDAY) is None
    assert find_time_frame(text, language, FRIDAY) is None
