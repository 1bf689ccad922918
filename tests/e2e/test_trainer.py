"""The trainer's Programme tab in a real browser, with logins and the real embedded llama.cpp
server running the small SmolLM2 model: a trainer uploads a PDF handbook and, without any
restart, a chat question only the handbook answers is answered with it cited; a mentee signed in
to the same app sees no Programme tab.

A 135M model writes poor text, so nothing here depends on its words: only on the upload's report
and the sources code lists under the answer.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from assistant.records.logins import Logins
from tests.e2e.ui import REPLY_TIMEOUT_MS, open_tab, send, sign_in
from tests.e2e.webapp import WebApp, copy_data, running_app
from tests.helpers import make_pdf, smollm2

pytestmark = [pytest.mark.browser, pytest.mark.slow]

TRAINER, MENTEE = "tina", "amira"
PASSWORD = "correct horse battery"
BADGES = (
    "Mentors collect their zorblax visitor badge from the Northbridge reception desk on Tuesdays."
)


@pytest.fixture(scope="module")
def app(ingested_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebApp]:
    root = tmp_path_factory.mktemp("trainer-app")
    data = copy_data(ingested_data, root / "data")
    with Logins(data / "records.sqlite3") as logins:
        logins.add(TRAINER, PASSWORD, role="trainer")
        logins.add(MENTEE, PASSWORD)
    settings = {"MENTOR_EMBEDDED_MODEL_FILE": smollm2(), "MENTOR_LLM_MAX_TOKENS": "48"}
    with running_app(data, root / "app.log", **settings) as web:
        yield web


def test_a_trainer_uploads_a_handbook_and_the_chat_cites_it_without_a_restart(
    app: WebApp, page: Page, tmp_path: Path
) -> None:
    handbook = make_pdf(  # the handbook as programmes have it: a PDF
        tmp_path / "northbridge-handbook.pdf",
        [BADGES],
        title="Northbridge programme handbook",
    )
    sign_in(page, app.url, TRAINER, PASSWORD)
    open_tab(page, "Programme")
    page.locator("#programme-files input[type=file]").set_input_files(str(handbook))
    page.locator("#programme-upload").click()
    results = page.locator("#programme-results")
    expect(results).to_contain_text("northbridge-handbook.pdf", timeout=REPLY_TIMEOUT_MS)
    expect(results).to_contain_text("added")
    expect(page.locator("#programme-sources")).to_contain_text("northbridge-handbook.pdf")

    open_tab(page, "Chat")
    reply = send(page, "Where do mentors collect the zorblax visitor badge?")
    sources = reply.locator("sub").last
    expect(sources).to_contain_text("Sources", timeout=REPLY_TIMEOUT_MS)
    expect(sources).to_contain_text("northbridge-handbook.pdf")


def test_a_mentee_sees_no_programme_tab(app: WebApp, page: Page) -> None:
    sign_in(page, app.url, MENTEE, PASSWORD)
    expect(page.get_by_role("tab", name="Chat", exact=True)).to_be_visible()
    page.wait_for_timeout(3000)  # the page's load event has decided by then
    expect(page.get_by_role("tab", name="Programme", exact=True)).to_have_count(0)
