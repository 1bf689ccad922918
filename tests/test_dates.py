"""Deadlines in free text (assistant.dates.deadlines):
what counts as a time frame, and the date it means.

"Today" is Monday 23 November 2026 throughout.
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.dates.deadlines import TimeFrame, find_time_frame, find_time_frames, parse_date
from assistant.language.number_words import parse_number

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("text", "due", "evidence"),
    [
        ("Give three talks by 30 June", date(2027, 6, 30), "by 30 June"),
        ("finish it by the end of March", date(2027, 3, 31), "by the end of March"),
        ("in 6 weeks", date(2027, 1, 4), "in 6 weeks"),
        ("within three months", date(2027, 2, 23), "within three months"),
        ("this quarter", date(2026, 12, 31), "this quarter"),
        ("next quarter", date(2027, 3, 31), "next quarter"),
        ("by Q2", date(2027, 6, 30), "by Q2"),
        ("this year", date(2026, 12, 31), "this year"),
        ("next month", date(2026, 12, 31), "next month"),
        ("by the end of next month", date(2026, 12, 31), "by the end of next month"),
        ("15/03/2027", date(2027, 3, 15), "15/03/2027"),
        ("2027-03-15", date(2027, 3, 15), "2027-03-15"),
        ("March 15th", date(2027, 3, 15), "March 15th"),
        ("30 June", date(2027, 6, 30), "30 June"),
        ("June 30, 2027", date(2027, 6, 30), "June 30, 2027"),
        ("before my annual review in May", date(2027, 5, 31), "before my annual review in May"),
        ("every week for the next two months", date(2027, 1, 23), "for the next two months"),
        ("run a marathon next October", date(2027, 10, 31), "next October"),
        ("by 2028", date(2028, 12, 31), "by 2028"),
        ("before March", date(2027, 2, 28), "before March"),
        ("mid-March", date(2027, 3, 15), "mid-March"),
        ("by summer", date(2027, 6, 20), "by summer"),
        ("this summer", date(2027, 9, 22), "this summer"),
        ("in a couple of weeks", date(2026, 12, 7), "in a couple of weeks"),
        ("half a year from now", date(2027, 5, 23), "half a year from now"),
        ("ship it before Black Friday", date(2026, 11, 27), "before Black Friday"),
        ("next Friday", date(2026, 11, 27), "next Friday"),
        ("by EOD Friday", date(2026, 11, 27), "by EOD Friday"),
        ("Dec 2027", date(2027, 12, 31), "Dec 2027"),
        ("by Christmas 2027", date(2027, 12, 25), "by Christmas 2027"),
        ("till end of feb", date(2027, 2, 28), "till end of feb"),
        # "a few" is read as three: rough, but a horizon (unlike "soon")
        ("over the next few weeks", date(2026, 12, 14), "over the next few weeks"),
    ],
)
def test_english_time_frames_resolve_to_the_end_of_what_they_name(
    text: str, due: date, evidence: str
) -> None:
    frame = find_time_frame(text, "en", TODAY)
    assert frame is not None
    assert (frame.due, frame.evidence) == (due, evidence)


@pytest.mark.parametrize(
    ("text", "due", "evidence"),
    [
        ("d'ici fin mars", date(2027, 3, 31), "d'ici fin mars"),
        ("d'ici fin fevrier", date(2027, 2, 28), "d'ici fin fevrier"),  # typed without accents
        ("ce trimestre", date(2026, 12, 31), "ce trimestre"),
        ("cette année", date(2026, 12, 31), "cette année"),
        ("avant l'été", date(2027, 6, 20), "avant l'été"),
        ("cet été", date(2027, 9, 22), "cet été"),
        ("sous 6 semaines", date(2027, 1, 4), "sous 6 semaines"),
        ("dans 2 mois", date(2027, 1, 23), "dans 2 mois"),
        ("le 15 mars 2027", date(2027, 3, 15), "le 15 mars 2027"),
        ("au cours des 6 prochains mois", date(2027, 5, 23), "au cours des 6 prochains mois"),
        ("d'ici un an et demi", date(2028, 5, 23), "d'ici un an et demi"),
        ("d'ici la fin du mois prochain", date(2026, 12, 31), "d'ici la fin du mois prochain"),
        ("l'an prochain", date(2027, 12, 31), "l'an prochain"),
        ("vendredi prochain", date(2026, 11, 27), "vendredi prochain"),
        ("au T3", date(2027, 9, 30), "au T3"),
        ("dans une quinzaine de jours", date(2026, 12, 8), "dans une quinzaine de jours"),
        ("en 2027", date(2027, 12, 31), "en 2027"),
        ("le partiel de janvier", date(2027, 1, 31), "de janvier"),
        ("avant sept.", date(2027, 8, 31), "avant sept."),
        ("avant le T2", date(2027, 6, 30), "avant le T2"),
        ("dans quelques semaines", date(2026, 12, 14), "dans quelques semaines"),
    ],
)
def test_french_time_frames_resolve_to_the_end_of_what_they_name(
    text: str, due: date, evidence: str
) -> None:
    frame = find_time_frame(text, "fr", TODAY)
    assert frame is not None
    assert (frame.due, frame.evidence) == (due, evidence)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a frequency alone
        ("every week", "en"),
        ("twice a month", "en"),
        ("work remotely for two days a week", "en"),
        ("chaque lundi", "fr"),
        ("le vendredi", "fr"),
        # vague times
        ("soon", "en"),
        ("one day", "en"),
        ("eventually", "en"),
        ("asap", "en"),
        ("bientôt", "fr"),
        ("un jour", "fr"),
        ("dès que possible", "fr"),
        # the past
        ("since 2020", "en"),
        ("last year", "en"),
        ("in 2019", "en"),
        ("three years ago", "en"),
        ("I have been a developer for 5 years", "en"),
        ("depuis 2019", "fr"),
        ("en mars dernier", "fr"),
        ("il y a trois ans", "fr"),
        ("tax season nearly killed me this year", "en"),
        # starts, ages and words that only look like dates
        ("starting next Monday", "en"),
        ("à partir de septembre", "fr"),
        ("I'm 25", "en"),
        ("I may get promoted", "en"),
        ("j'ai été promu", "fr"),
        ("un T2 à Paris", "fr"),
        ("avant sept heures", "fr"),  # seven o'clock, not September
        ("in the coming months", "en"),
    ],
)
def test_frequencies_vague_times_past_and_starts_are_not_deadlines(
    text: str, language: str
) -> None:
    assert find_time_frame(text, language, TODAY) is None


def test_numeric_dates_are_day_first_unless_only_month_first_is_possible() -> None:
    assert find_time_frame("by 04/05/2027", "en", TODAY) == TimeFrame(
        date(2027, 5, 4), "by 04/05/2027", (0, 13)
    )
    frame = find_time_frame("by 03/15/2027", "en", TODAY)
    assert frame is not None and frame.due == date(2027, 3, 15)
    assert find_time_frame("31/02/2027", "en", TODAY) is None  # no such day


def test_a_date_without_a_year_is_the_next_one_not_in_the_past() -> None:
    frame = find_time_frame("by 1 November", "en", TODAY)
    assert frame is not None and frame.due == date(2027, 11, 1)
    frame = find_time_frame("by 30 November", "en", TODAY)
    assert frame is not None and frame.due == date(2026, 11, 30)


def test_the_latest_deadline_is_the_goals_and_evidence_quotes_the_original() -> None:
    text = "Draft the plan by 15 January and publish it before the end of March"
    frame = find_time_frame(text, "en", TODAY)
    assert frame is not None and frame.due == date(2027, 3, 31)
    assert text[frame.span[0] : frame.span[1]] == frame.evidence == "before the end of March"
    assert [f.evidence for f in find_time_frames(text, "en", TODAY)] == [
        "by 15 January",
        "before the end of March",
    ]


def test_a_misdetected_language_still_finds_the_deadline() -> None:
    frame = find_time_frame("Lancer le site d'ici fin mars", "en", TODAY)
    assert frame is not None and frame.due == date(2027, 3, 31)


@pytest.mark.parametrize(
    ("answer", "language", "due"),
    [
        ("30 June", "en", date(2027, 6, 30)),
        ("next Friday", "en", date(2026, 11, 27)),
        ("vendredi prochain", "fr", date(2026, 11, 27)),
        ("in 2 weeks", "en", date(2026, 12, 7)),
        ("2 weeks", "en", date(2026, 12, 7)),
        ("demain", "fr", date(2026, 11, 24)),
        ("tomorrow", "en", date(2026, 11, 24)),
        ("2027-01-15", "en", date(2027, 1, 15)),
        ("March", "en", date(2027, 3, 31)),
        ("mars.", "fr", date(2027, 3, 31)),
        ("Friday", "en", date(2026, 11, 27)),
        ("le 15", "fr", date(2026, 12, 15)),
        ("15/12", "fr", date(2026, 12, 15)),
        ("aujourd'hui", "fr", TODAY),
        ("2027", "en", date(2027, 12, 31)),
    ],
)
def test_parse_date_reads_a_single_answer_to_by_when(answer: str, language: str, due: date) -> None:
    assert parse_date(answer, language, TODAY) == due


@pytest.mark.parametrize("answer", ["soon", "no idea", "bientôt", "2019", "last March"])
def test_parse_date_gives_none_when_the_answer_gives_no_date(answer: str) -> None:
    assert parse_date(answer, "en", TODAY) is None


@pytest.mark.parametrize(
    ("words", "language", "value"),
    [
        ("twenty-five", "en", 25),
        ("a dozen", "en", 12),
        ("quatre-vingt-dix", "fr", 90),
        ("vingt et un", "fr", 21),
        ("une dizaine", "fr", 10),
        ("1,5", "fr", 1.5),
    ],
)
def test_numbers_in_words(words: str, language: str, value: float) -> None:
    assert parse_number(words, language) == value


@pytest.mark.parametrize("answer", ["un jour", "one day", "Un jour.", "someday"])
def test_someday_is_not_a_date_even_as_a_whole_answer(answer: str) -> None:
    assert parse_date(answer, "fr", date(2026, 11, 23)) is None
