"""The web app in a real browser, backed by the real embedded llama.cpp server running the small
SmolLM2 model: a grounded answer with its sources, and cited search.

A 135M model writes poor text, so nothing here depends on its wording: only on what the app
guarantees around it (a streamed answer and the sources it was given).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.e2e.ui import (
    message_box,
    open_app,
    search,
    send,
    warm_up,
)
from tests.e2e.webapp import WebApp, copy_data, running_app
from tests.helpers import smollm2

pytestmark = [pytest.mark.browser, pytest.mark.slow]

QUESTION = "What is the difference between coaching and mentoring?"


@pytest.fixture(scope="module")
def app(
    browser: Browser, ingested_data: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[WebApp]:
    root = tmp_path_factory.mktemp("embedded-app")
    data = copy_data(ingested_data, root / "data")
    settings = {"MENTOR_EMBEDDED_MODEL_FILE": smollm2(), "MENTOR_LLM_MAX_TOKENS": "48"}
    with running_app(data, root / "app.log", **settings) as web:
        warm_up(browser, web.url)
        yield web


def test_a_question_gets_a_streamed_answer_that_lists_its_sources(app: WebApp, page: Page) -> None:
    open_app(page, app.url)
    reply = send(page, QUESTION)
    expect(message_box(page)).to_have_value("")  # the box is cleared for the next message

    sources = reply.locator("sub").last  # added once the answer has finished streaming
    expect(sources).to_contain_text("Sources")
    expect(sources).to_contain_text("knowledge/en/mentoring-vs-coaching.md")
    listed = sources.inner_text().splitlines()[1:]
    assert listed, "at least one source under the heading"
    assert all(re.fullmatch(r"\[\d+\] .+ — knowledge/en/[\w-]+\.md", line) for line in listed)

    answer = reply.inner_text().replace(sources.inner_text(), "").strip()
    assert answer, "an answer above the sources"
    assert "⚠️" not in answer


def test_search_lists_numbered_excerpts_with_their_sources(app: WebApp, page: Page) -> None:
    open_app(page, app.url)
    results = search(page, "How do I make a goal measurable?")

    bold = results.locator("strong").all_inner_texts()  # "[n] Guide — Section" headings
    numbers = [int(n) for text in bold for n in re.findall(r"^\[(\d+)\] ", text)]
    assert len(numbers) >= 2 and numbers == list(range(1, len(numbers) + 1))
    sources = results.locator("sub").all_inner_texts()
    assert len(sources) == len(numbers)
    assert all(re.fullmatch(r"knowledge/en/[\w-]+\.md", source) for source in sources)
    assert "knowledge/en/smart-goals.md" in sources


def test_the_language_switch_rewords_the_whole_page(app: WebApp, page: Page) -> None:
    open_app(page, app.url)
    expect(page.get_by_role("tab", name="My goals", exact=True)).to_be_visible()
    page.get_by_text("Français", exact=True).click()
    expect(page.get_by_role("tab", name="Mes objectifs", exact=True)).to_be_visible()
    expect(page.get_by_role("tab", name="Chercher dans les guides", exact=True)).to_be_visible()
    expect(page.locator("#send")).to_have_text("Envoyer")
    expect(page.locator("#role")).to_contain_text("Je suis")
    expect(page.get_by_role("radio", name="Mentoré", exact=True)).to_be_checked()
    page.get_by_role("tab", name="Mes objectifs", exact=True).click()
    expect(page.locator("#goals-refresh")).to_have_text("Actualiser")
    page.get_by_text("English", exact=True).click()
    expect(page.locator("#send")).to_have_text("Send")


def test_the_stance_explainer_and_the_stance_switch(app: WebApp, page: Page) -> None:
    open_app(page, app.url)
    reply = send(
        page, "is this coaching or mentoring: 'Have you thought about asking your manager?'"
    )
    expect(reply).to_contain_text("a mentoring stance")  # the classifier's label, not the model's
    expect(reply).to_contain_text("leading question (advice in disguise)")
    expect(reply).to_contain_text(
        re.compile(r"In a coaching stance, it could be|No rewrite in the other stance")
    )

    send(page, "Just tell me what you would do")
    expect(page.locator("#stance input[value='mentoring']")).to_be_checked()
    reply = send(page, QUESTION)
    expect(reply).to_contain_text("Mentoring stance: guidance from the guides.")

    send(page, "Help me think it through")
    expect(page.locator("#stance input[value='coaching']")).to_be_checked()
    reply = send(page, "I want to lead the next project")
    expect(reply).to_contain_text(
        "What is happening at the moment, and what have you tried so far?"
    )
