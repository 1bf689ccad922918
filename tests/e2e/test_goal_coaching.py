"""Goal coaching in the web app, from "help me set a goal" to the goal listed in "My goals".

The coach's questions, dates and save are code; the model is asked only for a rewrite of the
goal sentence, which code checks and may refuse. This app runs the scripted model
(MENTOR_LLM_BACKEND=fake), which never gives a usable rewrite, so the card shows code's own
sentence and the test is deterministic. (A rewrite cut off at the token limit, as SmolLM2's
sometimes is, falls back to that same sentence: tests/test_structured.py.)
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from assistant.language.messages import message
from tests.e2e.coaching import ANSWERS, goal_statement, question_asked, shows_goal_card
from tests.e2e.ui import open_app, open_tab, send, warm_up
from tests.e2e.webapp import WebApp, copy_data, running_app

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def app(
    browser: Browser, ingested_data: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[WebApp]:
    root = tmp_path_factory.mktemp("coaching-app")
    data = copy_data(ingested_data, root / "data")
    with running_app(data, root / "app.log", MENTOR_LLM_BACKEND="fake") as web:
        warm_up(browser, web.url)
        yield web


def test_goal_coaching_ends_in_a_saved_goal_listed_in_my_goals(app: WebApp, page: Page) -> None:
    open_app(page, app.url)
    reply = send(page, "Help me set a goal")
    asked: list[str] = []
    while not shows_goal_card(reply):
        step = question_asked(reply)
        assert step not in asked, f"the coach asks each question once, not {step!r} again"
        asked.append(step)
        reply = send(page, ANSWERS[step])
    assert asked[:2] == ["aim", "measure"], "the coach starts with the aim, then its measure"
    statement = goal_statement(reply)
    assert "public speaking" in statement or "10-minute talks" in statement  # the mentee's words

    expect(send(page, "yes")).to_contain_text(message("en", "coach.saved"))

    open_tab(page, "My goals")
    page.get_by_role("button", name="Refresh", exact=True).click()
    expect(page.locator("#goals")).to_contain_text(statement)
