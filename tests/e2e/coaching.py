"""What the browser tests of goal coaching share: the mentee's answers, and reading the coach's
turns by their message keys (``coach.ask_<step>...``, placeholders matching anything), not by
their exact wording."""

from __future__ import annotations

import re

from playwright.sync_api import Locator

from assistant.language.messages import catalogue, message

ANSWERS = {  # what the mentee answers to each step the coach may ask; relative dates never age
    "aim": "I want to be better at public speaking",
    "measure": "give three 10-minute talks at team meetings",
    "deadline": "in 10 weeks",
    "why": "so that I can apply for team-lead roles",
    "reality": "I avoid speaking in meetings and froze the one time I presented",
    "options": "volunteer for the monthly demo and rehearse with a colleague",
    "first_step": "ask my manager for a slot at a team meeting",
    "first_step_date": "next Friday",
    "support": "feedback after each talk",
}


def squash(text: str) -> str:
    return " ".join(text.split())


def _questions() -> list[tuple[re.Pattern[str], str]]:
    """Each coach question (its placeholders matching anything) and the step it asks about:
    the longest step its key names (``ask_first_step_option`` asks for the first step)."""
    found = []
    for key, text in catalogue("en").items():
        if not key.startswith("coach.ask_"):
            continue
        name = key.removeprefix("coach.ask_")
        steps = [step for step in ANSWERS if name.startswith(step)]
        if steps:
            parts = re.split(r"\{\w+\}", squash(text))
            found.append((re.compile(".+?".join(map(re.escape, parts))), max(steps, key=len)))
    return found


def question_asked(reply: Locator) -> str:
    """The step whose question the coach's message asks."""
    text = squash(reply.inner_text())
    for pattern, step in _questions():
        if pattern.search(text):
            return step
    raise AssertionError(f"the coach should ask one of its questions; it said: {text}")


def shows_goal_card(reply: Locator) -> bool:
    return squash(message("en", "coach.card_intro")) in squash(reply.inner_text())


def goal_statement(card: Locator) -> str:
    """The goal sentence, from the card's heading "Goal: ..."."""
    heading = card.locator("h1").inner_text()
    assert heading.startswith("Goal: "), heading
    return heading.removeprefix("Goal: ").strip()
