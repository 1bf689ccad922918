"""Texts users read, one catalogue per language: ``prompts/messages/<language>.yaml``.

Keys are dotted (``agent.empty``: the ``empty`` entry under ``agent:``); placeholders are
``{name}`` (``str.format``) and every one is required. A language that lacks a key falls back
to English; a test keeps every catalogue complete and its placeholders the same as English's.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import yaml

from assistant.config import MESSAGES_DIR

LANGUAGES = ("en", "fr")
"""The languages the assistant speaks; the first is the fallback."""


def message(language: str | None, key: str, **variables: object) -> str:
    """The text ``key`` in ``language`` (English where that language lacks it)."""
    texts = catalogue(language if language in LANGUAGES else LANGUAGES[0])
    template = texts.get(key) or catalogue(LANGUAGES[0])[key]
    return template.format(**variables) if variables else template


def section(language: str | None, prefix: str) -> dict[str, str]:
    """The texts under ``prefix`` (``goal.label`` -> ``{"goal": ..., "by": ...}``), English
    filling in what ``language`` lacks."""
    start = f"{prefix}."
    chosen = language if language in LANGUAGES else LANGUAGES[0]
    merged = {**catalogue(LANGUAGES[0]), **catalogue(chosen)}
    return {key[len(start) :]: text for key, text in merged.items() if key.startswith(start)}


@lru_cache(maxsize=len(LANGUAGES))
def catalogue(language: str) -> dict[str, str]:
    """Every text of one language, by dotted key."""
    path = MESSAGES_DIR / f"{language}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return dict(_flatten(data))


def _flatten(data: dict[str, Any], prefix: str = "") -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            pairs.extend(_flatten(value, f"{name}."))
        else:
            pairs.append((name, str(value)))
    return pairs
