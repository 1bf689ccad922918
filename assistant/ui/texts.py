"""The web app's words in the language the user picked: every label, button and tab reads the
message catalogue (``ui.*``), and the language switch changes them all at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from assistant.language.messages import LANGUAGES, message

Component = TypeVar("Component")
LANGUAGE_CHOICES = [("English", "en"), ("Français", "fr")]
"""The switch's choices: each language named in itself."""
Update = Callable[[str], dict[str, Any]]


class Texts:
    """Components whose words depend on the language, and how to word each."""

    def __init__(self, language: str = LANGUAGES[0]) -> None:
        self.language = language
        self._entries: list[tuple[Any, Update]] = []

    def say(self, key: str) -> str:
        """``key`` in the app's starting language."""
        return message(self.language, key)

    def make(
        self,
        factory: Callable[..., Component],
        words: dict[str, str] | None = None,
        worded: Update | None = None,
        **options: Any,
    ) -> Component:
        """Build a component worded in the app's language and register it for the switch.
        ``words`` maps a property (``label``, ``value``...) to its message key; ``worded`` gives
        the properties for a language when they are more than messages (choices)."""
        update = worded or (lambda language: _worded(language, words or {}))
        component = factory(**options, **update(self.language))
        self._entries.append((component, update))
        return component

    @property
    def components(self) -> list[Any]:
        return [component for component, _ in self._entries]

    def updates(self, language: str) -> list[dict[str, Any]]:
        """Gradio updates for every registered component, in ``components`` order."""
        import gradio as gr

        return [gr.update(**update(language)) for _, update in self._entries]


def _worded(language: str, keys: dict[str, str]) -> dict[str, Any]:
    return {prop: message(language, key) for prop, key in keys.items()}
