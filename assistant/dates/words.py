"""Calendar vocabulary (folded: lower case, no accents) and the resolvers date rules share.

A resolver turns a regular-expression match (named groups, see :mod:`assistant.dates.rules`)
into the deadline it stands for, or ``None`` when the match is not a usable deadline (an
impossible date, a year in the past, a month named without any deadline word).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date, timedelta

from assistant.dates import periods
from assistant.language.number_words import NUMBER, parse_number

Resolver = Callable[[re.Match[str], date], "date | None"]

MONTHS_EN = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "sept": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip
MONTH_ABBR_EN = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8}
MONTH_ABBR_EN |= {"sep": 9, "oct": 10, "nov": 11, "dec": 12}
MONTHS_FR = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
}  # fmt: skip
MONTH_ABBR_FR = {"janv": 1, "fev": 2, "fevr": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10}
MONTH_ABBR_FR |= {"nov": 11, "dec": 12}
MONTHS = MONTHS_EN | MONTH_ABBR_EN | MONTHS_FR | MONTH_ABBR_FR

WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4,
    "samedi": 5, "dimanche": 6,
}  # fmt: skip

UNITS = {
    "day": "day", "days": "day", "week": "week", "weeks": "week", "fortnight": "fortnight",
    "fortnights": "fortnight", "month": "month", "months": "month", "year": "year",
    "years": "year", "quarter": "quarter", "quarters": "quarter", "jour": "day", "jours": "day",
    "semaine": "week", "semaines": "week", "mois": "month", "an": "year", "ans": "year",
    "annee": "year", "annees": "year", "trimestre": "quarter", "trimestres": "quarter",
    "semestre": "semester", "semestres": "semester", "semester": "semester",
    "semesters": "semester", "term": "semester", "week-end": "week", "weekend": "week",
}  # fmt: skip
SEASONS = {"summer": "summer", "winter": "winter", "spring": "spring", "autumn": "autumn"}
SEASONS |= {"fall": "autumn", "ete": "summer", "hiver": "winter", "printemps": "spring"}
SEASONS |= {"automne": "autumn"}
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4}
ORDINALS |= {"4th": 4, "premier": 1, "1er": 1, "deuxieme": 2, "2e": 2, "2eme": 2, "second": 2}
ORDINALS |= {"troisieme": 3, "3e": 3, "3eme": 3, "quatrieme": 4, "4e": 4, "4eme": 4}


def alternation(words: Iterable[str]) -> str:
    """``(?:longest|...|shortest)`` of the given words, spaces made flexible."""
    ordered = sorted(words, key=len, reverse=True)
    return "(?:" + "|".join(w.replace(" ", r"\s+") for w in ordered) + ")"


YEAR = r"(?P<y>(?:19|20)\d\d)\b(?![-/.]\d)"
# "a few"/"quelques" weeks is read as three: a rough horizon, but a horizon (unlike "soon").
AMOUNT = {
    "en": rf"(?P<n>{NUMBER['en']}|half\s+an?|an?|(?:a\s+)?few|several|a\s+couple\s+of)",
    "fr": rf"(?P<n>{NUMBER['fr']}|un|une|quelques)",
}
FEW = {"few", "a few", "several", "quelques"}


def group(match: re.Match[str], name: str) -> str:
    """The named group's text, or "" when it did not take part (or does not exist)."""
    try:
        return match.group(name) or ""
    except IndexError:
        return ""


def year_of(match: re.Match[str]) -> int | None:
    text = group(match, "y")
    return int(text) if text else None


def not_past(due: date | None, today: date) -> date | None:
    return due if due is not None and due >= today else None


def resolve_iso(match: re.Match[str], today: date) -> date | None:
    try:
        return date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None


def resolve_numeric(match: re.Match[str], today: date) -> date | None:
    """a/b[/yyyy]: day first (French and British use), unless only month-first is possible."""
    first, second = int(match["a"]), int(match["b"])
    day, month = (second, first) if first <= 12 < second else (first, second)
    year_text = group(match, "y")
    year = None if not year_text else int(year_text) + (2000 if len(year_text) == 2 else 0)
    if not 1 <= month <= 12:
        return None
    return periods.next_day_month(today, day, month, year)


def resolve_day_month(match: re.Match[str], today: date) -> date | None:
    day_text = match["d"]
    day = 1 if day_text in {"1er", "premier"} else int(day_text)
    return periods.next_day_month(today, day, MONTHS[match["mon"]], year_of(match))


def resolve_month(match: re.Match[str], today: date) -> date | None:
    """A month with a deadline word: "by March", "d'ici fin mars", "mid-May 2027"."""
    pre, position = group(match, "pre"), group(match, "pos") or group(match, "pos2")
    determined = re.match(r"(?:the|my|our)\s", match.group())
    if not (pre or position or group(match, "rel") or group(match, "y") or determined):
        return None  # "March" alone, "I may": not a deadline
    month, year = MONTHS[match["mon"]], year_of(match)
    if pre in {"before", "avant", "prior to", "ahead of"} and not position:
        return not_past(periods.day_before_month(today, month, year), today)
    day = {"beginning": 10, "start": 10, "early": 10, "debut": 10, "mid": 15, "middle": 15}
    day |= {"mi": 15, "milieu": 15}
    return not_past(periods.next_month_day(today, month, year, day.get(position)), today)


def resolve_year(match: re.Match[str], today: date) -> date | None:
    """ "by 2027" / "en 2027" -> 31 December 2027; "before 2028" -> 31 December 2027."""
    year, pre = int(match["y"]), group(match, "pre")
    if pre in {"before", "avant"}:
        return not_past(date(year - 1, 12, 31), today)
    month = 3 if pre.endswith(("early", "debut")) else 6 if pre.endswith(("mid", "mi")) else 12
    return not_past(periods.end_of_month(year, month), today)


def resolve_duration(match: re.Match[str], today: date) -> date | None:
    """ "in 6 weeks", "within three months", "sous 6 semaines", "dans un an et demi"."""
    words = re.sub(r"\s+", " ", match["n"])
    amount = 3 if words in FEW else parse_number(words, "en") or parse_number(words, "fr")
    if not amount or amount > 1000:
        return None
    if group(match, "half"):
        amount += 0.5
    return periods.add_duration(today, amount, UNITS[match["unit"]])


def resolve_weekday(match: re.Match[str], today: date) -> date | None:
    """ "by Friday", "next Friday", "vendredi prochain": the first such day after today."""
    following = "week" in group(match, "next") or "semaine" in group(match, "next")
    if not (group(match, "pre") or group(match, "next")):
        return None  # "Friday" alone, "le vendredi" (every Friday): no deadline
    return periods.next_weekday(today, WEEKDAYS[match["wd"]], following_week=following)


def resolve_season(match: re.Match[str], today: date) -> date | None:
    """ "before the summer" -> its eve (20 June); "this summer", "end of summer" -> 22 Sept."""
    pre, end, rel = group(match, "pre"), group(match, "end"), group(match, "rel")
    year = year_of(match)
    if not (pre or end or rel or year):
        return None
    start = end in {"beginning", "start", "debut"} or (
        not end and pre in {"by", "before", "until", "till", "ahead of", "d'ici", "avant"}
    )
    start = start or (not end and pre in {"pour", "jusqu'a"})
    reference = date(year, 1, 1) if year and year > today.year else today
    season = SEASONS[match["season"]]
    due = periods.season_day(reference, season, start=start, skip_current=bool(rel == "next"))
    return not_past(due, today)


def resolve_quarter(match: re.Match[str], today: date) -> date | None:
    """ "by Q2", "in the third quarter", "au T3 2027", "second half of next year"."""
    code, ordinal, kind = group(match, "q"), group(match, "ord"), group(match, "kind")
    if code and not group(match, "pre"):
        return None  # "un T2" is a flat, not a quarter
    halves = code[:1] in {"h", "s"} or kind in {"half", "semestre"}
    number = int(code[1]) if code else ORDINALS.get(ordinal, 4 if not halves else 2)
    if halves:
        number = min(number, 2) * 2
    year = year_of(match) or (today.year + 1 if group(match, "ny") else None)
    if group(match, "pre") in {"before", "avant"}:
        number -= 2 if halves else 1
        if number == 0:
            number, year = 4, (year - 1 if year else None)
    due = periods.next_quarter_end(today, number, year)
    return not_past(due, today)


def resolve_fixed_day(month: int, day: int) -> Resolver:
    """A yearly day (Christmas, la rentrée): the next one not in the past."""

    def resolve(match: re.Match[str], today: date) -> date | None:
        return periods.next_day_month(today, day, month, year_of(match))

    return resolve


def resolve_days_from_today(days: int) -> Resolver:
    def resolve(match: re.Match[str], today: date) -> date | None:
        return today + timedelta(days=days)

    return resolve
