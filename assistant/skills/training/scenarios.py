"""Role-play scenarios as data: ``knowledge/training/roleplay-scenarios.yaml``, validated on load.

A :class:`Persona` is one scenario in one language: what the trainee is told, the facts the
model plays, the fixed opening line, the hidden goal and the line that reveals it, the word
stems that decide when it may be revealed (``topic``) and that give it away (``markers``),
scripted in-character lines, and better alternatives for the feedback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from assistant.language.messages import LANGUAGES
from assistant.language.text import fold
from assistant.skills.training.data import (
    TRAINING_DIR,
    TrainingDataError,
    check_language,
    read_yaml,
    require,
)

SCENARIOS_PATH = TRAINING_DIR / "roleplay-scenarios.yaml"
BETTER_KINDS = ("open_question", "permission")
_NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Persona:
    """One scenario in one language."""

    scenario: str
    language: str
    title: str
    mentee: str
    brief: str
    facts: tuple[str, ...]
    opening: str
    hidden_goal: str
    reveal: str
    topic: tuple[str, ...]
    markers: tuple[str, ...]
    lines: tuple[str, ...]
    better: dict[str, str]

    def on_topic(self, text: str) -> bool:
        """Whether ``text`` contains a topic stem (at the start of a word)."""
        return _contains(text, self.topic)

    def gives_away(self, text: str) -> bool:
        """Whether ``text`` contains a marker of the hidden goal."""
        return _contains(text, self.markers)


def _contains(text: str, stems: tuple[str, ...]) -> bool:
    folded = fold(text)
    return any(re.search(rf"(?<![a-z]){re.escape(stem)}", folded) for stem in stems)


def load_scenarios(path: Path = SCENARIOS_PATH) -> dict[str, dict[str, Persona]]:
    """``{scenario name: {language: Persona}}``, validated: unique names in kebab case, every
    language present with every field. Raises :class:`TrainingDataError` naming the entry."""
    data = read_yaml(path)
    entries = data.get("scenarios") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not entries:
        raise TrainingDataError(f"{path}: expected 'scenarios:' with a list of scenarios")
    scenarios: dict[str, dict[str, Persona]] = {}
    for number, entry in enumerate(entries, start=1):
        where = f"{path.name}: scenario {number}"
        if not isinstance(entry, dict):
            raise TrainingDataError(f"{where}: expected a mapping")
        name = require(entry, "name", str, where)
        if not _NAME.match(name):
            raise TrainingDataError(f"{where}: name must be lower-case-with-dashes")
        if name in scenarios:
            raise TrainingDataError(f"{where}: duplicate name '{name}'")
        scenarios[name] = {
            language: _persona(name, language, require(entry, language, dict, f"{where} ({name})"))
            for language in LANGUAGES
        }
    return scenarios


@lru_cache(maxsize=4)
def bundled_scenarios(path: Path = SCENARIOS_PATH) -> dict[str, dict[str, Persona]]:
    """The scenarios, read once per process (do not mutate)."""
    return load_scenarios(path)


def persona(name: str, language: str, path: Path = SCENARIOS_PATH) -> Persona:
    """Scenario ``name`` in ``language``; ValueError listing the names when it is unknown."""
    scenarios = bundled_scenarios(path)
    if name not in scenarios:
        raise ValueError(f"unknown scenario '{name}'; choose one of: {', '.join(scenarios)}")
    return scenarios[name][check_language(language)]


def _persona(name: str, language: str, entry: dict[str, Any]) -> Persona:
    where = f"scenario '{name}' ({language})"
    texts = {
        key: require(entry, key, str, where)
        for key in ("title", "mentee", "brief", "opening", "hidden_goal", "reveal")
    }
    lists = {key: _strings(entry, key, where) for key in ("facts", "topic", "markers", "lines")}
    better = require(entry, "better", dict, where)
    for kind in BETTER_KINDS:
        require(better, kind, str, f"{where}: better")
    topic, markers = (tuple(fold(s) for s in lists[key]) for key in ("topic", "markers"))
    persona = Persona(
        scenario=name,
        language=language,
        facts=lists["facts"],
        topic=topic,
        markers=markers,
        lines=lists["lines"],
        better={kind: better[kind] for kind in BETTER_KINDS},
        **texts,
    )
    if not persona.gives_away(persona.reveal):
        raise TrainingDataError(f"{where}: the reveal line contains none of the markers")
    if any(persona.gives_away(line) for line in (persona.opening, *persona.lines)):
        raise TrainingDataError(f"{where}: the opening or a scripted line gives the goal away")
    return persona


def _strings(entry: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    values = require(entry, key, list, where)
    if not all(isinstance(v, str) and v.strip() for v in values):
        raise TrainingDataError(f"{where}: every item of '{key}' must be a non-empty text")
    return tuple(values)
