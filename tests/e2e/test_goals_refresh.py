""" "My goals" follows the chat: a goal the coach saves is listed without pressing Refresh.

Runs the scripted model (MENTOR_LLM_BACKEND=fake), as tests/e2e/test_goal_coaching.py does.
The coach decides which questions to ask and in what order; the mentee answers whichever it
asks, recognised by its message key (``coach.ask_<step>...``), not by its exact wording.
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
        if shows_goal_card(reply):
            break
        reply = send(page, ANSWERS[question_asked(reply)])
    assert shows_goal_card(reply), "the coach should end with a goal card"
    statement = goal_statement(reply)

    open_tab(page, "My goals")  # a turn that saved nothing leaves the list alone
    expect(goals).not_to_contain_text(statement)
    open_tab(page, "Chat")
    expect(send(page, "yes")).to_contain_text(message("en", "coach.saved"))

    open_tab(page, "My goals")  # no click on Refresh: the save in the chat updated the list
    expect(goals).to_contain_text(statement)
    expect(goals).to_contain_text(" · active · ")
    page.locator("#goal-picker input").click()
    expect(page.get_by_role("option", name=statement[:80])).to_be_visible()
