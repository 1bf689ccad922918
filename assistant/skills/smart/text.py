"""What the SMART rule modules share: found spans, masking and pattern building.

Every detector works on folded text (lower case, no accents: :mod:`assistant.language.folded`) and
returns :class:`Signal` spans in it, so the checker can quote the user's own words. Patterns
cover English and French together: a French goal with an English word ("lancer mon MVP") is
common, and where the two vocabularies collide the rule says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Signal:
    """Something a rule found: what kind, and where in the folded text."""

    kind: str
    start: int
    end: int


def words(text: str) -> str:
    """A non-capturing alternation of the space-separated words, longest first."""
    return "(?:" + "|".join(sorted(set(text.split()), key=len, reverse=True)) + ")"


def any_of(*alternatives: str) -> str:
    """A non-capturing alternation of regular-expression fragments."""
    return "(?:" + "|".join(alternatives) + ")"


def find(kind: str, pattern: re.Pattern[str], text: str) -> list[Signal]:
    return [Signal(kind, m.start(), m.end()) for m in pattern.finditer(text)]


def mask(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with the given spans blanked out (same length, so offsets still hold)."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)
