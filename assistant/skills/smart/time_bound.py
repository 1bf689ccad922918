"""Time-bound: the goal has a deadline or a time frame, read by :mod:`assistant.dates`.

The latest date found is the goal's deadline ("call three clients by Friday and sign one by
30 June": 30 June); every date found is masked before the other criteria look at the text.

Three readings are the checker's own, on top of :mod:`assistant.dates`:

- a deadline whose year is past ("d'ici à 2008", "by June 2019") still makes a goal
  time-bound: the text has a deadline, however old (a plan written years ago, a typo). It is
  read only when no current deadline is found, and never from a baseline ("passer de 42 % en
  2003 à 33 %", "levels measured in 2002", "par rapport à 2000");
- "between 2002 and 2010" / « entre 2002 et 2010 » is a period ending with its second year;
- a start is not a deadline ("starting on Monday, July 1", « à partir du 1er mars »), nor is a
  routine of weekdays ("on Monday, Wednesday and Friday") or "during the week" (on weekdays).
"""

from __future__ import annotations

import re
from datetime import date

from assistant.dates import periods
from assistant.dates.deadlines import TimeFrame, find_time_frames
from assistant.goals.export import month_name
from assistant.language.folded import Folded

_LONG_AGO = date(1900, 1, 1)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_BETWEEN = re.compile(r"\b(?:between|entre)\s+(?:19|20)\d\d\s+(?:and|et)\s+((?:19|20)\d\d)\b")
_WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi"
    r"|vendredi|samedi|dimanche)s?"
)
# Right before a frame: it starts something ("starting on", « à partir du »).
_START_BEFORE = re.compile(
    r"\b(?:starting|beginning|a\s+partir|a\s+compter)\s+(?:on\s+|du\s+"
    r"|de\s+|d'|le\s+|the\s+)?(?:" + _WEEKDAY + r",?\s+)?$"
)
# Right after a frame: another weekday, so a weekly routine ("on Monday, Wednesday and Friday").
_MORE_WEEKDAYS = re.compile(r"^\s*(?:,|and|et|&)\s*(?:on\s+|le\s+)?" + _WEEKDAY + r"\b")
_ROUTINE = re.compile(r"^(?:during\s+the\s+week|pendant\s+la\s+semaine|en\s+semaine)$")
# A year that dates a baseline, not the goal: "de 42 % en 2003 à 33 %", "mesurés en 2002".
_BASELINE_AFTER = re.compile(r"^\s*(?:a|to)\s+(?:\d|un|une|a\b)")
_BASELINE_BEFORE = re.compile(
    r"\b(?:mesure\w*|estime\w*|measured|estimated|observe\w*|par\s+rapport\s+\w+|compared\s+"
    r"(?:to|with)|since|depuis|actuellement|currently)\s+(?:[\w'-]+\s+){0,3}$"
)


def find_deadline(
    text: str, language: str, today: date
) -> tuple[TimeFrame | None, list[TimeFrame]]:
    """The goal's deadline (the latest time frame, or None) and every time frame found."""
    folded = Folded.of(text)
    frames = _kept(find_time_frames(text, language, today), folded) + _between(text)
    if not frames:  # a deadline written with a year now past
        past = _kept(find_time_frames(text, language, _LONG_AGO), folded)
        frames = [f for f in past if _YEAR.search(f.evidence) and not _baseline(folded, f)]
    return (max(frames, key=lambda f: f.due) if frames else None), frames


def _kept(frames: list[TimeFrame], folded: Folded) -> list[TimeFrame]:
    """The frames that end something: not a start, a weekly routine or "during the week"."""
    kept = []
    for frame in frames:
        before, after = _around(folded, frame)
        words = Folded.of(frame.evidence).text.strip()
        if _START_BEFORE.search(before) or _MORE_WEEKDAYS.match(after) or _ROUTINE.match(words):
            continue
        kept.append(frame)
    return kept


def _baseline(folded: Folded, frame: TimeFrame) -> bool:
    before, after = _around(folded, frame)
    return bool(_BASELINE_AFTER.match(after) or _BASELINE_BEFORE.search(before))


def _around(folded: Folded, frame: TimeFrame) -> tuple[str, str]:
    """The folded text before and after ``frame`` (its span is in the original text)."""
    inside = [i for i, o in enumerate(folded.origins) if frame.span[0] <= o < frame.span[1]]
    if not inside:
        return "", ""
    return folded.text[: inside[0]], folded.text[inside[-1] + 1 :]


def _between(text: str) -> list[TimeFrame]:
    return [
        TimeFrame(date(int(m.group(1)), 12, 31), m.group(), m.span())
        for m in _BETWEEN.finditer(text.lower())
    ]


def example_deadline(language: str, today: date) -> str:
    """A plausible deadline to suggest: the end of the month three months from now."""
    target = periods.add_months(today.replace(day=1), 3)
    last = periods.end_of_month(target.year, target.month)
    month = month_name(last.month, language)
    return f"d'ici le {last.day} {month}" if language == "fr" else f"by {last.day} {month}"
