"""The Mentor workspace in a real browser, with logins and the real embedded llama.cpp server
running the small SmolLM2 model: a mentor signs in, opens a pair, builds an agenda (the
skeleton at once, then words: the model's if they pass code's checks, else the guides'),
records notes and an action, and finds the action in the next brief.

A 135M model writes poor text, so nothing here depends on its words: only on what code
guarantees around them (minutes, titles, which wording was used, the records).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from assistant.records.logins import Logins
from assistant.records.pairs import Pairs
from tests.e2e.ui import REPLY_TIMEOUT_MS, open_tab, sign_in
from tests.e2e.webapp import WebApp, copy_data, running_app
from tests.helpers import smollm2

pytestmark = [pytest.mark.browser, pytest.mark.slow]

MENTOR, MENTEE = "amira", "bruno"
PASSWORD = "correct horse battery"
ACTION = "Ask two tech leads about their first month"
FILL_TIMEOUT_MS = 480_000  # the model loads, then up to two calls (slow on a busy 2-core box)
WORDING = re.compile(r"checked by code|did not pass the checks|could not be reached")


@pytest.fixture(scope="module")
def app(ingested_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebApp]:
    root = tmp_path_factory.mktemp("mentor-app")
    data = copy_data(ingested_data, root / "data")
    records = data / "records.sqlite3"
    with Logins(records) as logins:
        logins.add(MENTOR, PASSWORD)
        logins.add(MENTEE, "another long password")
    with Pairs(records) as pairs:
        pairs.add_pair(MENTOR, [MENTEE], start=date.today(), focus="becoming a tech lead")
    settings = {"MENTOR_EMBEDDED_MODEL_FILE": smollm2(), "MENTOR_LLM_MAX_TOKENS": "48"}
    with running_app(data, root / "app.log", **settings) as web:
        yield web


def test_a_mentor_builds_an_agenda_records_notes_and_finds_the_action_in_the_brief(
    app: WebApp, page: Page
) -> None:
    sign_in(page, app.url, MENTOR, PASSWORD)
    expect(page.get_by_role("tab", name="Mentor workspace")).to_be_visible()
    open_tab(page, "Mentor workspace")

    page.locator("#mentor-refresh").click()
    expect(page.locator("#mentor-pairs")).to_contain_text(MENTEE)
    page.locator("#mentor-pair input").click()
    page.get_by_role("option", name=re.compile(MENTEE)).click()
    pair_page = page.locator("#mentor-page")
    expect(pair_page).to_contain_text("You are this pair's mentor.")
    expect(pair_page).to_contain_text("Prep brief: session 1")

    page.locator("#agenda-build").click()
    agenda = page.locator("#agenda-view")
    expect(agenda).to_contain_text("Session agenda: 45 minutes", timeout=REPLY_TIMEOUT_MS)
    expect(agenda).to_contain_text(WORDING, timeout=FILL_TIMEOUT_MS)
    minutes = [int(m) for m in re.findall(r": (\d+) min \(", agenda.inner_text())]
    assert sum(minutes) == 45, agenda.inner_text()

    page.locator("#notes-private textarea").fill("Seemed tired; ask about workload")
    page.locator("#notes-shared textarea").fill("Talked about the first month as tech lead")
    page.locator("#notes-record").click()
    notice = page.locator("#mentor-notice")
    expect(notice).to_contain_text("Session 1 recorded")
    page.locator("#action-text input, #action-text textarea").first.fill(ACTION)
    page.locator("#action-due input, #action-due textarea").first.fill("2030-01-15")
    page.locator("#action-add").click()
    expect(notice).to_contain_text(f"Action added: {ACTION}")

    in_brief = re.compile(r"Prep brief: session 2[\s\S]*" + re.escape(ACTION))
    expect(pair_page).to_contain_text(in_brief)
    brief = pair_page.inner_text().split("Prep brief: session 2")[1]
    assert "Talked about the first month" in brief
