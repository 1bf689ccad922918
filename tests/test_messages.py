"""The texts users read: one catalogue per language, complete, with the same placeholders."""

from __future__ import annotations

import string

import pytest

from assistant.language.messages import LANGUAGES, catalogue, message, section


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("language", LANGUAGES[1:])
def test_every_language_has_every_key_with_the_same_placeholders(language: str) -> None:
    english, other = catalogue("en"), catalogue(language)
    assert set(other) == set(english), "keys missing or extra"
    for key, text in english.items():
        assert placeholders(other[key]) == placeholders(text), key
        assert other[key].strip(), key


def test_placeholders_are_filled_and_unknown_languages_fall_back_to_english() -> None:
    assert message("fr", "agent.too_long", n=5000, max=4000).startswith("Votre message fait 5000")
    assert message("de", "ui.tab.goals") == "My goals"
    assert section("fr", "goal.label")["goal"] == "Objectif"
    with pytest.raises(KeyError):
        message("en", "no.such.key")
