"""Deadlines and time frames in free text, English and French: code, not a model.

    >>> from datetime import date
    >>> find_time_frame("Give three talks by 30 June", "en", date(2026, 11, 23))
    TimeFrame(due=datetime.date(2027, 6, 30), evidence='by 30 June', span=(17, 27))

What counts (see :mod:`assistant.dates.rules` for the patterns, :mod:`assistant.dates.periods`
for the calendar conventions):

- dates: "30 June", "June 30, 2027", "March 15th", "le 15 mars 2027", "1er avril", ISO
  "2027-03-15", numeric "15/03/2027". Numeric dates are read **day first** (French and British
  use); "03/15/2027" is read month first only because day first is impossible (15 > 12);
- periods resolve to their last day: "by the end of March"/"d'ici fin mars" (31 March), "this
  quarter"/"ce trimestre", "next month", "by Q2"/"au T2", "this year"/"cette année" (31 Dec),
  "before my review in May" (31 May); "before March"/"avant mars" is the last day of February;
- the eve of a season for "before/by the summer"/"avant l'été"/"d'ici l'été" (**20 June**);
  its last day for "this summer"/"cet été" (22 September);
- durations from today: "in 6 weeks", "within three months", "sous 6 semaines", "dans 2 mois",
  "every week for the next two months" (the horizon);
- a year or month without a date is the next one not in the past;
- a week ends on its Friday ("next week"/"la semaine prochaine": the Friday of next week), a
  semester is the academic one (31 January, 30 June); "in the next few days"/"dans les
  prochains jours" is three days on (see :mod:`assistant.dates.periods`).

A day written out that no calendar has ("31 February 2027", "30 février", "2027-02-30") is
no deadline at all, rather than its month's last day: :func:`impossible_dates` names such
days and :func:`past_dates` the dates written with a past year, so that
:func:`assistant.dates.problems.read_future_date` can say which problem a date has.

What does not: frequencies alone ("every week", "chaque lundi", "twice a month"), vague times
("soon", "one day", "asap", "bientôt", "un jour", "dès que possible"), past references ("since
2020", "depuis 2019", "last year", "three years ago", "for 5 years" after "I have been").
When a text holds several deadlines, the latest one is the goal's deadline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from assistant.dates import periods
from assistant.dates.rules import RULES, Rule
from assistant.dates.words import (
    AMOUNT,
    MONTHS,
    UNITS,
    WEEKDAYS,
    alternation,
    group,
    resolve_duration,
)
from assistant.language.folded import Folded

__all__ = [
    "TimeFrame",
    "find_time_frame",
    "find_time_frames",
    "impossible_dates",
    "parse_date",
    "past_dates",
]


@dataclass(frozen=True)
class TimeFrame:
    """A deadline found in a text: the date it resolves to and the words that say it."""

    due: date
    evidence: str  # the exact substring of the original text
    span: tuple[int, int] = (0, 0)  # where ``evidence`` lies in the original text


_PAST_BEFORE = re.compile(
    r"(?:\b(?:since|depuis|last|past|previous|dernier|derniere|il\s+y\s+a)\s+"
    r"(?:the\s+|le\s+|la\s+|l')?|\bago\s*)$"
)
# A start, not an end: "starting next Monday", "à partir de septembre", "dès janvier".
_START_BEFORE = re.compile(
    r"\b(?:starting|beginning|from|as\s+of|effective|a\s+partir|a\s+compter|des|debut\s+le)"
    r"(?:\s+(?:on|in|from|de|du|d'|des))?\s*$"
)
# "…nearly killed me this year": the current period seen from the past.
_PAST_CLAUSE = re.compile(
    r"\b(?:was|were|had|did|nearly|almost|went|took|got|lost|missed|failed|\w+ed\s+(?:me|us|them)"
    r"|j'ai\s+\w+|(?:a|avons|ont)\s+(?:ete|failli|fait|pris|eu)|etait|etaient|avait)\b"
)
_CURRENT_PERIOD = re.compile(r"(?:this|cette|ce|cet)\s")
_PAST_AFTER = re.compile(r"^(?:\s+ago\b|\s+dernier|\s+derniere|\s+passee?\b|'s\s+\w+\s+was)")
_PERFECT = re.compile(
    r"\b(?:been|had|'ve|have\s+(?:worked|spent|done|lived|managed|led)|has\s+(?:worked|been)"
    r"|worked|spent|did|was|were|(?:ai|avons|avez|ont)\s+(?:ete|travaille|passe|fait|vecu|"
    r"occupe|gere|dirige|exerce|enseigne)|avais|avait|etais|etait)\b"
)
_CLAUSE_BREAK = re.compile(r"[.;:!?,]")
_EVENT = re.compile(
    r"\b(?:before|by|ahead\s+of|prior\s+to|until|avant|d'ici)\s+(?:my|the|our|his|her|"
    r"their|ma|mon|mes|la|le|les|l'|notre|nos)\s*(?:[a-z'-]+\s+){0,4}?$"
)
_DEADLINE_WORD = re.compile(r"(?:by|before|until|till|avant|d'ici|pour|jusqu)\b")


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    due: date | None  # None: a written date no calendar has ("31 February")


WRITTEN_DATES = frozenset({"iso", "numeric", "numeric-no-year", "day-month", "month-day"})
"""The rules that read a day written out: when one fails on a well-formed day and month
("31 February", "2027-02-30"), the text names an impossible day and no other reading of it
(such as "February 2027") counts."""
_WITH_YEAR = WRITTEN_DATES | {"month", "month-year", "year"}
_LONG_AGO = date(1900, 1, 1)


def find_time_frames(text: str, language: str, today: date) -> list[TimeFrame]:
    """Every deadline in ``text`` (non-overlapping, in text order)."""
    folded = Folded.of(text)
    found = _scan(folded, RULES.get(language, RULES["en"]), today)
    if not found:
        other = "en" if language == "fr" else "fr"
        found = _scan(folded, RULES[other], today)
    return [
        TimeFrame(f.due, folded.source(f.start, f.end), _original_span(folded, f))
        for f in sorted(found, key=lambda f: f.start)
        if f.due is not None
    ]


def impossible_dates(text: str, language: str, today: date) -> list[str]:
    """The days ``text`` writes out that no calendar has ("31 February 2027", "30 février",
    "2027-02-30"), as written, in text order."""
    folded = Folded.of(text)
    other = "en" if language == "fr" else "fr"
    for rules in (RULES.get(language, RULES["en"]), RULES[other]):
        found = sorted((f for f in _scan(folded, rules, today) if f.due is None), key=_start)
        if found:
            return [_DATE_LEAD.sub("", folded.source(f.start, f.end)) for f in found]
    return []


_DATE_LEAD = re.compile(
    r"^(?:(?:by|before|on|until|till|due|no\s+later\s+than|the|d'ici|avant|le|au|pour|"
    r"jusqu'au|dès|des|au\s+plus\s+tard)\s+)+",
    re.IGNORECASE,
)


def past_dates(text: str, language: str, today: date) -> list[date]:
    """The dates ``text`` writes with their year that are before ``today`` ("1 March 2026",
    "2026-03-01", "by June 2025"), in text order; relative words ("last year") are not read."""
    folded = Folded.of(text)
    other = "en" if language == "fr" else "fr"
    found: list[_Found] = []
    for rule in (*RULES.get(language, RULES["en"]), *RULES[other]):
        if rule.name not in _WITH_YEAR:
            continue
        for match in rule.pattern.finditer(folded.text):
            if group(match, "y") and (due := rule.resolve(match, _LONG_AGO)) and due < today:
                found.append(_Found(match.start(), match.end(), due))
    chosen = sorted(_longest(found), key=_start)
    return list(dict.fromkeys(f.due for f in chosen if f.due is not None))


def _longest(candidates: list[_Found]) -> list[_Found]:
    """The longest candidates that do not overlap (on a tie, the first in the text)."""
    chosen: list[_Found] = []
    for candidate in sorted(candidates, key=lambda f: (f.start - f.end, f.start)):
        if all(candidate.end <= c.start or candidate.start >= c.end for c in chosen):
            chosen.append(candidate)
    return chosen


def _start(found: _Found) -> int:
    return found.start


def find_time_frame(text: str, language: str, today: date) -> TimeFrame | None:
    """The goal's deadline: the latest one the text gives, or None when it gives none."""
    frames = find_time_frames(text, language, today)
    return max(frames, key=lambda f: f.due) if frames else None


def _original_span(folded: Folded, found: _Found) -> tuple[int, int]:
    return folded.origins[found.start], folded.origins[found.end - 1] + 1


def _scan(folded: Folded, rules: list[Rule], today: date) -> list[_Found]:
    candidates: list[_Found] = []
    for rule in rules:
        for match in rule.pattern.finditer(folded.text):
            due = rule.resolve(match, today)
            if due is None and rule.name in WRITTEN_DATES and _calendar_shaped(match):
                candidates.append(_Found(match.start(), match.end(), None))
                continue
            if due is None or due < today or _is_past(folded.text, match):
                continue
            candidates.append(_Found(_event_start(folded.text, match), match.end(), due))
    return _longest(candidates)


def _calendar_shaped(match: re.Match[str]) -> bool:
    """A day from 1 to 31 and a month from 1 to 12: a date, possible or not."""
    if group(match, "a"):
        first, second = int(match["a"]), int(match["b"])
        day, month = (second, first) if first <= 12 < second else (first, second)
    else:
        day_text = match["d"]
        day = 1 if day_text in {"1er", "premier"} else int(day_text)
        month = int(match["m"]) if group(match, "m") else MONTHS.get(group(match, "mon"), 0)
    return 1 <= day <= 31 and 1 <= month <= 12


def _is_past(text: str, match: re.Match[str]) -> bool:
    """A past reference: "since March", "three years ago", "for 5 years" after "I've been"."""
    before, after = text[max(0, match.start() - 20) : match.start()], text[match.end() :]
    if _PAST_BEFORE.search(before) or _PAST_AFTER.match(after) or _START_BEFORE.search(before):
        return True
    clause = _CLAUSE_BREAK.split(text[: match.start()])[-1]
    if _CURRENT_PERIOD.match(match.group()) and _PAST_CLAUSE.search(clause):
        return True
    if re.match(r"(?:for|pendant|durant|sur)\b", match.group()):
        return bool(_PERFECT.search(clause))
    return False


def _event_start(text: str, match: re.Match[str]) -> int:
    """Stretch "in May" back to "before my annual review in May" (the words that bound it)."""
    if _DEADLINE_WORD.match(match.group()):
        return match.start()
    window = text[max(0, match.start() - 60) : match.start()]
    event = _EVENT.search(window)
    return match.start() - len(window) + event.start() if event else match.start()


_LEAD = re.compile(
    r"^(?:(?:by|before|on|until|for|around|about|d'ici|avant|pour|le|en|vers|the|at|in|dans)"
    r"\s+)+"
)
_BARE_MONTH = re.compile(rf"(?P<mon>{alternation(MONTHS)})\.?(?:\s+(?P<y>\d{{4}}))?")
_BARE_WEEKDAY = re.compile(alternation(WEEKDAYS))
_BARE_DAY = re.compile(r"(?P<d>\d{1,2})(?:st|nd|rd|th|er|e)?")
_BARE_DAY_MONTH = re.compile(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})")
_BARE_YEAR = re.compile(r"(?:19|20)\d\d")
_BARE_DURATION = {
    language: re.compile(rf"{AMOUNT[language]}\s+(?P<unit>{alternation(UNITS)})")
    for language in AMOUNT
}


def parse_date(text: str, language: str, today: date) -> date | None:
    """The date a single answer gives ("30 June", "next Friday", "vendredi prochain", "in 2
    weeks", "demain", "tomorrow", "2027-01-15", "March", "le 15"); None when it gives none."""
    frame = find_time_frame(text, language, today)
    if frame is not None:
        return frame.due
    answer = _LEAD.sub("", Folded.of(text).text.strip(" \t\n.,;:!?\"'«»"))
    if answer in {"today", "tonight", "aujourd'hui", "ce soir"}:
        return today
    if answer in _SOMEDAY:  # "un jour" is "someday", not "in one day"
        return None
    return _parse_bare(answer, language, today)


_SOMEDAY = frozenset({"one day", "some day", "someday", "un jour", "un de ces jours"})


def _parse_bare(answer: str, language: str, today: date) -> date | None:
    if match := _BARE_MONTH.fullmatch(answer):
        year = int(match["y"]) if match["y"] else None
        due = periods.next_month_day(today, MONTHS[match["mon"]], year, None)
        return due if due >= today else None
    if _BARE_WEEKDAY.fullmatch(answer):
        return periods.next_weekday(today, WEEKDAYS[answer])
    if _BARE_YEAR.fullmatch(answer) and int(answer) >= today.year:
        return date(int(answer), 12, 31)
    if match := _BARE_DAY_MONTH.fullmatch(answer):
        first, second = int(match["a"]), int(match["b"])
        day, month = (second, first) if first <= 12 < second else (first, second)
        return periods.next_day_month(today, day, month) if 1 <= month <= 12 else None
    if (match := _BARE_DAY.fullmatch(answer)) and 1 <= int(match["d"]) <= 31:
        return _next_day_of_month(today, int(match["d"]))
    for pattern in (_BARE_DURATION[language], *_BARE_DURATION.values()):
        if match := pattern.fullmatch(answer):
            return resolve_duration(match, today)
    return None


def _next_day_of_month(today: date, day: int) -> date | None:
    """ "the 15th" / "le 15": this month's if still ahead, else the next month that has it."""
    for months in range(3):
        first = periods.add_months(today.replace(day=1), months)
        if day <= periods.end_of_month(first.year, first.month).day:
            candidate = first + timedelta(days=day - 1)
            if candidate >= today:
                return candidate
    return None
