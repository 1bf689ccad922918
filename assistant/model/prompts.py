"""Prompts are data: YAML files in ``prompts/`` rendered with Jinja2 and strict variables."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from jinja2 import Environment, StrictUndefined

from assistant.config import PROMPTS_DIR

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


def _read(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data
