"""The goal's main action found by structure (assistant.skills.smart.action), and what it does
to the SMART verdicts: concrete goals whose verbs are in no list, vague ones that stay vague.

"Today" is Monday 23 November 2026 throughout.
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.language.folded import Folded
from assistant.skills.smart import check_goal
from assistant.skills.smart.action import find_action

TODAY = date(2026, 11, 23)


def kind(text: str, language: str) -> str | None:
    found = find_action(Folded.of(text).text, language)
    return found.kind if found else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Repaint the spare room", "en"),
        ("Fix the flaky login test", "en"),
        ("Migrate our customer database from MySQL to PostgreSQL", "en"),
        ("I'd like to knit a jumper for my dad", "en"),
        ("Refondre la page d'accueil de notre site", "fr"),
        ("Tricoter un pull pour mon père", "fr"),
        ("M'inscrire à un cours de théâtre", "fr"),
        ("Un jour, j'aimerais ouvrir une épicerie vrac", "fr"),
    ],
)
def test_a_verb_in_no_list_applied_to_an_object_is_a_deliverable(text: str, language: str) -> None:
    assert kind(text, language) == "deliverable"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Prepare for the GMAT", "en"),
        ("Préparer le TOEFL", "fr"),
        ("parler anglais couramment", "fr"),
        ("Learn to play three songs on the guitar", "en"),
    ],
)
def test_a_process_with_an_object_is_an_action_but_no_yes_no_outcome(
    text: str, language: str
) -> None:
    assert kind(text, language) == "action"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Improve team morale", "en"),  # vague verb
        ("Be a good role model for my kids", "en"),  # copula
        ("Make more friends in my new city", "en"),  # bare comparative
        ("Delegate more", "en"),
        ("Find my passion", "en"),  # broad object
        ("Do something about my career", "en"),  # filler, then a broad area
        ("Start exercising", "en"),  # the second verb has no object
        ("Learn to code", "en"),
        ("Coder tous les jours", "fr"),  # nothing it applies to
        ("Organiser mieux mes journées", "fr"),
        ("Poser des limites au travail", "fr"),
        ("Sortir de ma zone de confort", "fr"),
        ("J'aimerais changer de métier", "fr"),
        ("Faire du sport", "fr"),
    ],
)
def test_vague_verbs_copulas_comparatives_and_broad_objects_are_no_action(
    text: str, language: str
) -> None:
    assert kind(text, language) is None


def test_a_broad_word_that_qualifies_the_object_does_not_make_it_vague() -> None:
    assert kind("book a career coaching session", "en") == "deliverable"


@pytest.mark.parametrize(
    "text",
    [
        "Rewrite the README of my open-source library this weekend",
        "Renew my first-aid certificate before it expires in May",
        "Migrer nos serveurs vers OVH avant la fin du trimestre",
        "Faire un bilan de compétences avant la fin de l'année",
    ],
)
def test_a_deliverable_goal_is_specific_and_measurable(text: str) -> None:
    report = check_goal(text, None, TODAY)
    assert report.verdicts["specific"].met
    assert report.verdicts["measurable"].met
    assert report.verdicts["measurable"].evidence


def test_a_process_goal_is_specific_but_not_measurable() -> None:
    report = check_goal("Prepare for the GMAT", "en", TODAY)
    assert report.verdicts["specific"].met
    assert not report.verdicts["measurable"].met


def test_the_specific_evidence_quotes_the_action_and_what_it_applies_to() -> None:
    report = check_goal("Tricoter un pull pour mon père avant son anniversaire", "fr", TODAY)
    assert report.verdicts["specific"].evidence.startswith("Tricoter un pull")


@pytest.mark.parametrize(
    "text",
    ["Be more creative", "Être plus zen", "Travailler mon anglais", "Maîtriser Excel"],
)
def test_vague_goals_stay_neither_specific_nor_measurable(text: str) -> None:
    report = check_goal(text, None, TODAY)
    assert not report.verdicts["specific"].met
    assert not report.verdicts["measurable"].met
