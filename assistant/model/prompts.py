"""Prompts are data: YAML files in ``prompts/`` rendered with Jinja2 and strict variables."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from jinja2 import Environment, StrictUndefined

from assistant.config import PROJECT_ROOT

PROMPTS_DIR = PROJECT_ROOT / "prompts"
_env = Environment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False)


@dataclass(frozen=True)
class Prompt:
    """A system text (fixed, so the model server can reuse its cache) and a user template."""

    name: str
    system: str
    user_template: str

    def render_user(self, **variables: Any) -> str:
        """Render the user message; a missing variable is an error, never an empty string."""
        return _env.from_string(self.user_template).render(**variables).strip()


@lru_cache(maxsize=32)
def load_prompt(name: str, folder: Path = PROMPTS_DIR) -> Prompt:
    data = _read(folder / f"{name}.yaml")
    return Prompt(name=name, system=data["system"].strip(), user_template=data["user"])


def system_prompts(folder: Path = PROMPTS_DIR) -> list[str]:
    """The fixed system text of every prompt file (to pre-fill a model server's cache)."""
    files = sorted(folder.glob("*.yaml"))
    return [load_prompt(path.stem, folder).system for path in files if "system" in _read(path)]


@lru_cache(maxsize=8)
def load_phrases(name: str, folder: Path = PROMPTS_DIR) -> Phrases:
    """Fixed texts by language (a ``phrases:`` file, e.g. the goal coach's questions)."""
    data = _read(folder / f"{name}.yaml")
    return Phrases(name, data["phrases"], data.get("criteria", {}))


@dataclass(frozen=True)
class Phrases:
    """``phrases[language][key]``, formatted with required variables."""

    name: str
    texts: dict[str, dict[str, str]]
    criteria: dict[str, dict[str, str]]

    def say(self, language: str, key: str, **variables: object) -> str:
        """The text ``key`` in ``language`` (English if that language lacks it)."""
        texts = self.texts.get(language) or self.texts["en"]
        template = texts.get(key) or self.texts["en"][key]
        return template.format(**variables) if variables else template


def _read(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data
