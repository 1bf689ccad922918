"""Where the trainer's data lives and how it is read: the YAML files under
``knowledge/training/`` (quiz bank, course, role-play scenarios), with one error type that names
the file and the entry at fault, so a trainer editing a file sees what to fix."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from assistant.config import BUNDLED_KNOWLEDGE_DIR
from assistant.language.messages import LANGUAGES

TRAINING_DIR = BUNDLED_KNOWLEDGE_DIR / "training"


class TrainingDataError(ValueError):
    """A training data file is missing, unreadable or has an invalid entry."""


def read_yaml(path: Path) -> Any:
    """The parsed YAML of ``path``; a clear :class:`TrainingDataError` when it cannot be read."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise TrainingDataError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise TrainingDataError(f"{path}: not valid YAML ({exc})") from exc


def require(entry: dict[str, Any], key: str, kind: type, where: str) -> Any:
    """``entry[key]``, checked to be a non-empty ``kind``; else an error naming ``where``."""
    value = entry.get(key)
    if not isinstance(value, kind) or (isinstance(value, str | list | dict) and not value):
        raise TrainingDataError(f"{where}: '{key}' must be a non-empty {kind.__name__}")
    return value


def per_language(entry: dict[str, Any], key: str, kind: type, where: str) -> dict[str, Any]:
    """``entry[key]`` as ``{language: value}`` with every language of the assistant present."""
    value = require(entry, key, dict, where)
    for language in LANGUAGES:
        require(value, language, kind, f"{where}: {key}")
    return {language: value[language] for language in LANGUAGES}


def check_language(language: str) -> str:
    """``language`` if the assistant speaks it; else ValueError listing the choices."""
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
    return language
