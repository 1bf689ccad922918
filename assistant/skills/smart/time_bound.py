"""Time-bound: the goal has a deadline or a time frame, read by :mod:`assistant.dates`.

The latest date found is the goal's deadline ("call three clients by Friday and sign one by
30 June": 30 June); every date found is masked before the other criteria look at the text.
"""

from __future__ import annotations

from datetime import date

from assistant.dates import periods
from assistant.dates.deadlines import TimeFrame, find_time_frames
from assistant.goals.export import month_name


def find_deadline(
    text: str, language: str, today: date
) -> tuple[TimeFrame | None, list[TimeFrame]]:
    """The goal's deadline (the latest time frame, or None) and every time frame found."""
    frames = find_time_frames(text, language, today)
    return (max(frames, key=lambda f: f.due) if frames else None), frames


def example_deadline(language: str, today: date) -> str:
    """A plausible deadline to suggest: the end of the month three months from now."""
    target = periods.add_months(today.replace(day=1), 3)
    last = periods.end_of_month(target.year, target.month)
    month = month_name(last.month, language)
    return f"d'ici le {last.day} {month}" if language == "fr" else f"by {last.day} {month}"
