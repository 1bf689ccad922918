""" "My goals" follows the chat: a goal the coach saves is listed without pressing Refresh.

Runs the scripted model (MENTOR_LLM_BACKEND=fake), as tests/e2e/test_goal_coaching.py does.
The coach decides which questions to ask and in what order; the mentee answers whichever it
asks, recognised by its message key (``coach.ask_<step>...``), not by its exact wording.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Locator, Page, expect

from assistant.language.messages import catalogue, message
from tests.e2e.ui import open_app, open_tab, send, warm_up
from tests.e2e.webapp import WebApp, copy_data, running_app

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ANSWERS = {  # relative dates, so the test never ages
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


def _squash(text: str) -> str:
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
            parts = re.split(r"\{\w+\}", _squash(text))
            found.append((re.compile(".+?".join(map(re.escape, parts))), max(steps, key=len)))
    return found


def _question_asked(reply: Locator) -> str:
    text = _squash(reply.inner_text())
    for pattern, step in _questions():
        if pattern.search(text):
            return step
    raise AssertionError(f"the coach should ask one of its questions; it said: {text}")


def _shows_goal_card(reply: Locator) -> bool:
    return _squash(message("en", "coach.card_intro")) in _squash(reply.inner_text())


def _goal_statement(card: Locator) -> str:
    heading = card.locator("h1").inner_text()
    assert heading.startswith("Goal: "), heading
    return heading.removeprefix("Goal: ").strip()


@pytest.fixture(scope="module")
def app(
    browser: Browser, ingested_data: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[WebApp]:
    root = tmp_path_factory.mktemp("refresh-app")
    data = copy_data(ingested_data, root / "data")
    with running_app(data, root / "app.log", MENTOR_LLM_BACKEND="fake") as web:
        warm_up(browser, web.url)
        yield web


def test_a_goal_saved_in_the_chat_shows_in_my_goals_without_a_refresh(
    app: WebApp, page: Page
) -> None:
    open_app(page, app.url)
    goals = page.locator("#goals")
    reply = send(page, "Help me set a goal")
    for _ in range(len(ANSWERS) + 1):
        if _shows_goal_card(reply):
            break
        reply = send(page, ANSWERS[_question_asked(reply)])
    assert _shows_goal_card(reply), "the coach should end with a goal card"
    statement = _goal_statement(reply)

    open_tab(page, "My goals")  # a turn that saved nothing leaves the list alone
    expect(goals).not_to_contain_text(statement)
    open_tab(page, "Chat")
    expect(send(page, "yes")).to_contain_text(message("en", "coach.saved"))

    open_tab(page, "My goals")  # no click on Refresh: the save in the chat updated the list
    expect(goals).to_contain_text(statement)
    expect(goals).to_contain_text(" · active · ")
    page.locator("#goal-picker input").click()
    expect(page.get_by_role("option", name=statement[:80])).to_be_visible()
