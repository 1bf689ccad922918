"""What the safety rules share: text folded the way their patterns read it (lower case, no
accents, straight apostrophes, single spaces) and pattern tables built from alternatives."""

from __future__ import annotations

import re

from assistant.language.text import fold


def folded(text: str) -> str:
    """``text`` as the safety patterns read it."""
    return " ".join(fold(text).replace("’", "'").split())


def alternatives(*parts: str) -> re.Pattern[str]:
    """One pattern that matches any of ``parts`` (each kept whole)."""
    return re.compile("|".join(f"(?:{part})" for part in parts))
