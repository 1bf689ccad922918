"""The deadline patterns, English and French, each with the resolver that dates it.

Patterns run on folded text (see :mod:`assistant.language.folded`). They only match time expressions
that bound a goal: a date, a period's end, a duration from today. Frequencies ("every week",
"chaque lundi", "twice a month"), vague times ("soon", "bientôt") and past references ("since
2020", "last year", "en mars dernier") are deliberately absent or refused by a resolver.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from assistant.dates import periods
from assistant.dates.words import (
    AMOUNT,
    MONTH_ABBR_EN,
    MONTH_ABBR_FR,
    MONTHS_EN,
    MONTHS_FR,
    WEEKDAYS,
    YEAR,
    Resolver,
    alternation,
    group,
    resolve_day_month,
    resolve_days_from_today,
    resolve_duration,
    resolve_fixed_day,
    resolve_iso,
    resolve_month,
    resolve_numeric,
    resolve_quarter,
    resolve_season,
    resolve_weekday,
    resolve_year,
)


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    resolve: Resolver


def _rule(name: str, pattern: str, resolve: Resolver) -> Rule:
    return Rule(name, re.compile(pattern), resolve)


_PERIODS = {
    "week": "week", "month": "month", "quarter": "quarter", "semester": "semester",
    "term": "semester", "year": "year", "fiscal year": "year", "weekend": "week",
    "week-end": "week", "semaine": "week", "mois": "month", "trimestre": "quarter",
    "semestre": "semester", "annee": "year", "an": "year",
}  # fmt: skip
_SCHOOL_YEAR = re.compile(r"(?:school|academic)\s+year|annee\s+(?:scolaire|universitaire)")


def _resolve_period(match: re.Match[str], today: date) -> date | None:
    """ "this quarter" / "ce trimestre" (its end), "next month", "within the next year" (+1)."""
    period = re.sub(r"\s+", " ", group(match, "per"))
    if _SCHOOL_YEAR.fullmatch(period):
        return periods.next_day_month(today, 30, 6)
    unit = _PERIODS[period]
    rel = group(match, "rel")
    spans = rel in {"coming", "following", "qui vient", "a venir"} or (
        rel == "next" and bool(group(match, "the")) and not group(match, "end")
    )
    if spans:
        return periods.add_duration(today, 1, unit)
    offset = 0 if rel in {"", "this", "current", "ce", "cette", "cet"} else 1
    return _period_end(today, period, unit, offset)


def _period_end(today: date, period: str, unit: str, offset: int) -> date:
    """The end of a named period: a week's Friday, an academic semester's last day, else the
    calendar period's last day (see :mod:`assistant.dates.periods`)."""
    if period in {"week", "semaine"}:
        return periods.working_week_end(today, offset)
    if unit == "semester":
        return periods.semester_end(today, offset)
    return periods.period_end(today, unit, offset)


def _resolve_fr_period(match: re.Match[str], today: date) -> date | None:
    period = group(match, "per") or group(match, "per2") or group(match, "per3")
    rel = group(match, "this") or group(match, "next") or group(match, "next2")
    unit = _PERIODS.get(re.sub(r"-?ci$", "", period), "year")
    if _SCHOOL_YEAR.fullmatch(period):
        return periods.next_day_month(today, 30, 6)
    if rel in {"qui vient", "a venir"} and not group(match, "end"):
        return periods.add_duration(today, 1, unit)
    offset = 0 if rel in {"ce", "cette", "cet"} else 1
    return _period_end(today, re.sub(r"-?ci$", "", period), unit, offset)


_EN_MONTH = alternation(MONTHS_EN)
_EN_MONTH_ANY = alternation(MONTHS_EN | MONTH_ABBR_EN)
_FR_MONTH = alternation(MONTHS_FR)
_FR_MONTH_ANY = alternation(MONTHS_FR | MONTH_ABBR_FR)
_EN_UNIT = alternation(
    "day days week weeks fortnight fortnights month months year years quarter quarters".split()
)
_FR_UNIT = alternation("jour jours semaine semaines mois an ans annee annees trimestre".split())
_EN_WEEKDAY = alternation(list(WEEKDAYS)[:7])
_FR_WEEKDAY = alternation(list(WEEKDAYS)[7:])
_EN_PERIOD = alternation(
    "week|month|quarter|semester|term|year|weekend|week-end|fiscal year|school year|"
    "academic year".split("|")
)
_FR_PERIOD = alternation(
    "semaine|mois|trimestre|semestre|annee|an|week-end|weekend|annee scolaire".split("|")
)

_EN_BY = r"(?:(?:by|before|on|until|till|no\s+later\s+than|due|ahead\s+of|prior\s+to)\s+)?"
_EN_BY += r"(?:the\s+)?"
_FR_BY = r"(?:(?:d'ici(?:\s+(?:le|au))?|avant(?:\s+le)?|pour\s+le|jusqu'au|au\s+plus\s+tard"
_FR_BY += r"(?:\s+le)?|le|des\s+le)\s+)?"
_NOT_PER = r"(?!\s+(?:an?|per|each|every|ago|old|of\s+(?:experience|work)|par|chaque|de\s+suite"
_NOT_PER += r"|d'experience|d'anciennete)\b)"

_ISO = r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"
_NUMERIC = r"(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4}|\d{2})\b(?![/.]\d)"

EN_RULES = [
    _rule("iso", rf"\b{_EN_BY}{_ISO}", resolve_iso),
    _rule("numeric", rf"\b{_EN_BY}{_NUMERIC}", resolve_numeric),
    _rule(
        "numeric-no-year",
        r"\b(?:by|before|on|until|due)\s+(?:the\s+)?(?P<a>\d{1,2})/(?P<b>\d{1,2})\b(?![/.]\d)",
        resolve_numeric,
    ),
    _rule(
        "day-month",
        rf"\b{_EN_BY}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_EN_MONTH_ANY})\b\.?"
        rf"(?:,?\s+{YEAR})?",
        resolve_day_month,
    ),
    _rule(
        "month-day",
        rf"\b{_EN_BY}(?P<mon>{_EN_MONTH_ANY})\.?\s+(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b"
        rf"(?!\s*(?:%|/|:|[.,]\d))(?:,?\s+{YEAR})?",
        resolve_day_month,
    ),
    _rule(
        "month",
        r"\b(?:(?P<pre>by|before|until|till|through|in|during|ahead\s+of|prior\s+to)\s+)?"
        r"(?:the\s+)?(?:(?P<pos>end|beginning|start|middle|close)\s+of\s+|(?P<pos2>early|mid"
        rf"|late)[- ]?\s*|(?P<rel>this|next|coming)\s+|(?:the|my|our)\s+(?={_EN_MONTH}\s+[a-z]))?"
        rf"(?P<mon>{_EN_MONTH}|{_EN_MONTH_ANY}(?=\.|\s|$))\b\.?(?:\s+{YEAR})?",
        resolve_month,
    ),
    _rule("month-year", rf"\b(?P<mon>{_EN_MONTH_ANY})\.?\s+{YEAR}", resolve_month),
    _rule(
        "year",
        r"\b(?P<pre>by|in|before|until|till|for|during|through|(?:(?:by|before)\s+)?(?:the\s+)?"
        rf"end\s+of|(?:by\s+)?(?:early|mid|late))[- ]?\s*{YEAR}",
        resolve_year,
    ),
    _rule(
        "duration",
        r"\b(?:in|within|under|inside|over|for|during)\s+(?:(?:less|no\s+more|fewer)\s+than\s+"
        r"|about\s+|around\s+|roughly\s+|under\s+|just\s+|only\s+|the\s+(?:next|coming|"
        rf"following|span\s+of)\s+)?{AMOUNT['en']}\s+(?:of\s+)?(?P<unit>{_EN_UNIT})\b"
        rf"(?P<half>\s+and\s+a\s+half)?(?:'s?\s+time|\s+time)?{_NOT_PER}",
        resolve_duration,
    ),
    _rule(
        "coming-days",
        r"\b(?:in|within|over|during)\s+the\s+(?:(?:next|coming)\s+(?:few\s+)?days|days\s+"
        r"(?:ahead|to\s+come))\b",
        resolve_days_from_today(3),
    ),
    _rule(
        "from-now",
        rf"\b{AMOUNT['en']}\s+(?P<unit>{_EN_UNIT})\s+from\s+(?:now|today)\b",
        resolve_duration,
    ),
    _rule(
        "period",
        r"\b(?:(?:by|before|until|till|in|during|within|over|for|through)\s+)?(?P<the>the\s+)?"
        r"(?:(?P<end>end|close)\s+of\s+(?:the\s+)?)?(?P<rel>this|next|current|coming|following)"
        rf"\s+(?P<per>{_EN_PERIOD})\b",
        _resolve_period,
    ),
    _rule(
        "end-of-period",
        r"\b(?:(?:by|before|until|till|at)\s+)?(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?"
        rf"(?P<per>{_EN_PERIOD})\b(?!\s+\d)",
        _resolve_period,
    ),
    _rule(
        "within-the-period",
        r"\b(?:within|during|in|over)\s+the\s+(?P<per>year|month|week|quarter)\b"
        r"(?!\s+(?:\d|of|ahead|before|after|since))",
        _resolve_period,
    ),
    _rule(
        "period-end",
        r"\b(?:(?:by|before)\s+)?(?:the\s+)?(?P<per>year|month|quarter)[- ]?end\b",
        _resolve_period,
    ),
    _rule("tomorrow", r"\b(?:(?:by|before)\s+)?tomorrow\b", resolve_days_from_today(1)),
    _rule(
        "today",
        r"\b(?:by|before)\s+(?:tonight|today|the\s+end\s+of\s+(?:the\s+|to)?day|eod)\b",
        resolve_days_from_today(0),
    ),
    _rule(
        "weekday",
        r"\b(?:(?P<pre>by|before|until|till|on|this|next|this\s+coming|by\s+next|by\s+this|"
        rf"before\s+next|(?:by\s+)?(?:eod|cob))\s+)?(?P<wd>{_EN_WEEKDAY})\b"
        r"(?P<next>\s+next\s+week)?",
        resolve_weekday,
    ),
    _rule(
        "season",
        r"\b(?:(?P<pre>by|before|until|till|in|during|over|for|through|ahead\s+of)\s+)?"
        r"(?:the\s+)?(?:(?P<end>end|beginning|start)\s+of\s+(?:the\s+)?)?(?:(?P<rel>this|next"
        rf"|coming)\s+)?(?P<season>summer|winter|spring|autumn|fall)\b(?:\s+{YEAR})?",
        resolve_season,
    ),
    _rule(
        "quarter",
        r"\b(?:(?P<pre>by|in|before|during|for|until|through)\s+)?(?:the\s+)?(?:(?:end|close)"
        r"\s+of\s+(?:the\s+)?)?(?:(?P<q>q[1-4]|h[12])|(?P<ord>first|second|third|fourth|last"
        r"|1st|2nd|3rd|4th)\s+(?P<kind>quarter|half))\b(?:\s+(?:of\s+)?"
        rf"(?:{YEAR}|(?P<ny>next)\s+year|this\s+year))?",
        resolve_quarter,
    ),
    _rule(
        "christmas",
        rf"\b(?:by|before|until|for)\s+(?:christmas|xmas)\b(?:\s+{YEAR})?",
        resolve_fixed_day(12, 25),
    ),
    _rule(
        "new-year",
        r"\b(?:by|before|until)\s+(?:the\s+)?new\s+year(?:'s)?(?:\s+eve)?\b",
        resolve_fixed_day(12, 31),
    ),
    _rule(
        "black-friday",
        r"\b(?:by|before|until|for)\s+black\s+friday\b",
        lambda m, today: periods.thanksgiving(today, 1),
    ),
    _rule(
        "thanksgiving",
        r"\b(?:by|before|until|for)\s+thanksgiving\b",
        lambda m, today: periods.thanksgiving(today, 0),
    ),
    _rule(
        "holidays",
        r"\b(?:by|before|until)\s+the\s+(?:christmas\s+)?holidays\b",
        resolve_fixed_day(12, 20),
    ),
]

FR_RULES = [
    _rule("iso", rf"\b{_FR_BY}{_ISO}", resolve_iso),
    _rule("numeric", rf"\b{_FR_BY}{_NUMERIC}", resolve_numeric),
    _rule(
        "numeric-no-year",
        r"\b(?:d'ici\s+le|avant\s+le|pour\s+le|jusqu'au|le)\s+(?P<a>\d{1,2})/(?P<b>\d{1,2})\b"
        r"(?![/.]\d)",
        resolve_numeric,
    ),
    _rule(
        "day-month",
        rf"\b{_FR_BY}(?:{_FR_WEEKDAY}\s+)?(?P<d>\d{{1,2}}|1er|premier)\s+"
        rf"(?P<mon>{_FR_MONTH_ANY})\b\.?(?:\s+{YEAR})?",
        resolve_day_month,
    ),
    _rule(
        "month",
        r"\b(?:(?P<pre>d'ici(?:\s+a)?|avant|jusqu'en|jusqu'a|pour|en|courant|pendant|durant"
        r"|au\s+cours\s+du\s+mois\s+de|au\s+mois\s+de|de)\s+)?(?:(?:a\s+)?(?:la\s+)?(?P<pos>fin|"
        r"debut|mi|milieu)[- ]?\s*(?:du\s+mois\s+)?(?:de\s+|d')?)?(?:(?:le\s+)?mois\s+(?:de\s+"
        rf"|d'))?(?P<mon>{_FR_MONTH}|(?!sept\b){_FR_MONTH_ANY}(?=\.|\s|$)|sept(?=\.|\s*$|\s+\d))"
        rf"\b\.?(?:\s+{YEAR})?"
        r"(?!\s+dernier)",
        resolve_month,
    ),
    _rule("month-year", rf"\b(?P<mon>{_FR_MONTH_ANY})\.?\s+{YEAR}", resolve_month),
    _rule(
        "year",
        r"\b(?P<pre>d'ici(?:\s+a)?|en|avant|pour|jusqu'en|courant|(?:(?:d'ici|avant)\s+)?(?:a\s+)?"
        rf"(?:la\s+)?fin|(?:d'ici\s+)?(?:debut|mi|milieu))[- ]?\s*{YEAR}",
        resolve_year,
    ),
    _rule(
        "duration",
        r"\b(?:dans|d'ici(?:\s+a)?|sous|en|en\s+moins\s+de|pendant|durant|sur|au\s+cours\s+des"
        r"|au\s+cours\s+de|dans\s+les|pendant\s+les|sur\s+les|durant\s+les|d'ici\s+les|pour\s+les"
        r"|au\s+plus\s+tard\s+dans|(?:d'ici|dans)\s+moins\s+de)\s+(?:(?:environ|a\s+peine|moins"
        rf"\s+de)\s+)?{AMOUNT['fr']}\s+(?:(?:petite?s?|bonne?s?)\s+)?(?:de\s+)?(?:prochaine?s\s+)?"
        rf"(?P<unit>{_FR_UNIT})\b(?:\s+(?:prochaine?s|a\s+venir|qui\s+viennent|suivante?s))?"
        rf"(?P<half>\s+et\s+demie?)?{_NOT_PER}",
        resolve_duration,
    ),
    _rule(
        "coming-days",
        r"\b(?:dans|durant|pendant|au\s+cours\s+des|d'ici)\s+les\s+(?:(?:tout\s+)?prochains"
        r"\s+jours|jours\s+(?:qui\s+viennent|a\s+venir|suivants))\b",
        resolve_days_from_today(3),
    ),
    _rule(
        "fortnight",
        r"\b(?:sous|d'ici|dans)\s+(?:une\s+)?(?P<n>huitaine|quinzaine)\b(?!\s+de)",
        lambda m, today: resolve_days_from_today(8 if m["n"] == "huitaine" else 15)(m, today),
    ),
    _rule(
        "period",
        r"\b(?:(?:d'ici|avant|jusqu'a|pour|durant|pendant|au\s+cours\s+de|dans|en|au|du)\s+)?"
        r"(?:(?:a\s+)?(?:la\s+)?(?P<end>fin)\s+(?:de\s+(?:la\s+|l')?|du\s+|d'))?(?:(?P<this>cette"
        rf"|ce|cet)\s+(?P<per>{_FR_PERIOD})(?:-ci|\s+ci)?|(?:la\s+|le\s+|l'|au\s+|du\s+)?"
        rf"(?:(?P<next>prochaine?)\s+(?P<per2>{_FR_PERIOD})|(?P<per3>{_FR_PERIOD})\s+"
        r"(?P<next2>prochaine?|suivante?|qui\s+vient|a\s+venir)))\b",
        _resolve_fr_period,
    ),
    _rule(
        "end-of-period",
        r"\b(?:(?:d'ici|avant|jusqu'a|pour)\s+)?(?:(?:a|en)\s+)?(?:la\s+)?fin\s+(?:de\s+(?:la\s+"
        rf"|l')?|du\s+|d')(?P<per>{_FR_PERIOD})\b(?!\s+(?:prochaine?|derniere?|\d))",
        _resolve_period,
    ),
    _rule(
        "within-the-period",
        r"\b(?:dans|au\s+cours\s+de|courant|durant|pendant)\s+(?:la\s+|le\s+|l'|de\s+l')"
        r"(?P<per>semaine|mois|trimestre|annee)\b(?!\s+(?:prochaine?|derniere?|qui|a\s+venir|\d"
        r"|scolaire|de|d'|ou))",
        _resolve_period,
    ),
    _rule(
        "tomorrow",
        r"\b(?:(?:d'ici|avant|pour)\s+)?(?P<w>apres-demain|apres\s+demain|demain)\b",
        lambda m, today: resolve_days_from_today(2 if "apres" in m["w"] else 1)(m, today),
    ),
    _rule("tonight", r"\b(?:d'ici|avant)\s+ce\s+soir\b", resolve_days_from_today(0)),
    _rule(
        "weekday",
        r"\b(?:(?P<pre>d'ici|avant|pour|jusqu'a|ce)\s+)?(?P<wd>"
        rf"{_FR_WEEKDAY})\b(?P<next>\s+prochain|\s+de\s+la\s+semaine\s+prochaine)?",
        resolve_weekday,
    ),
    _rule(
        "season",
        r"\b(?:(?P<pre>d'ici|avant|pour|jusqu'a|durant|pendant|au\s+cours\s+de|en|au|a(?=\s+l')|"
        r"cet|ce|des)\s+)?(?:(?:la\s+)?(?P<end>fin|debut)\s+(?:de\s+l'|de\s+|du\s+|d')?)?"
        r"(?:l'|le\s+)?(?P<season>ete|hiver|printemps|automne)\b(?:\s+(?P<rel>prochain))?"
        rf"(?:\s+{YEAR})?",
        resolve_season,
    ),
    _rule(
        "quarter",
        r"\b(?:(?P<pre>d'ici|avant|pour|au|en|fin|courant|jusqu'au|(?:d'ici|avant|a)\s+la\s+fin"
        r"\s+du|d'ici\s+le|pour\s+le|au\s+cours\s+du|durant\s+le|pendant\s+le|avant\s+le|"
        r"avant\s+la\s+fin\s+du)\s+)?(?:(?P<q>[ts]"
        r"[1-4])|(?P<ord>premier|1er|deuxieme|2e|2eme|second|troisieme|3e|3eme|quatrieme|4e"
        r"|4eme|dernier)\s+(?P<kind>trimestre|semestre))\b(?:\s+(?:de\s+)?(?:"
        rf"{YEAR}|l'annee\s+(?P<ny>prochaine)))?",
        resolve_quarter,
    ),
    _rule(
        "noel",
        rf"\b(?:d'ici|avant|pour|jusqu'a)\s+noel\b(?:\s+{YEAR})?",
        resolve_fixed_day(12, 25),
    ),
    _rule("nouvel-an", r"\b(?:d'ici|avant|pour)\s+le\s+nouvel\s+an\b", resolve_fixed_day(12, 31)),
    _rule(
        "rentree",
        r"\b(?:d'ici|avant|pour|a|jusqu'a)\s+la\s+rentree(?:\s+(?:scolaire|de\s+septembre|"
        r"prochaine))?\b",
        resolve_fixed_day(9, 1),
    ),
    _rule(
        "fetes",
        r"\b(?:d'ici|avant|pour)\s+(?:les\s+fetes(?:\s+de\s+fin\s+d'annee)?|les\s+vacances\s+de"
        r"\s+noel)\b",
        resolve_fixed_day(12, 20),
    ),
    _rule(
        "summer-holidays",
        r"\b(?:d'ici|avant|pour)\s+les\s+vacances\s+d'ete\b",
        resolve_fixed_day(7, 1),
    ),
]


RULES = {"en": EN_RULES, "fr": FR_RULES}
