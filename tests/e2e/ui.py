"""What a user does on the page, in their words: send a message, read the reply, open a tab."""

from __future__ import annotations

import re

from playwright.sync_api import Browser, Locator, Page, expect

REPLY_TIMEOUT_MS = 90_000  # a first answer may wait for the knowledge base and model to load
ANY_WORD = re.compile(r"\w")


def open_app(page: Page, url: str) -> None:
    page.goto(url)
    expect(page.locator("#send")).to_be_visible()


def sign_in(page: Page, url: str, name: str, password: str) -> None:
    """Sign in through the app's login form endpoint (the browser keeps the session cookie),
    then open the page and wait for the chat."""
    response = page.context.request.post(
        f"{url}/login", form={"username": name, "password": password}
    )
    assert response.ok, response.text()
    page.goto(url)
    expect(page.locator("#send")).to_be_visible()


def message_box(page: Page) -> Locator:
    return page.locator("#message textarea")


def replies(page: Page) -> Locator:
    """The assistant's messages in the chat, oldest first."""
    return page.locator('#chat [data-testid="bot"]')


def send(page: Page, text: str | None = None) -> Locator:
    """Type ``text`` in the chat (None: keep what the box holds), press Send and return the
    assistant's new message once the turn is over (streamed in full, the input box updated)."""
    before = replies(page).count()
    if text is not None:
        message_box(page).fill(text)
    page.locator("#send").click()
    reply = replies(page).nth(before)
    tracker = page.locator('#chat [data-testid="status-tracker"]')  # Gradio's progress display
    failed = tracker.locator(".error")  # it says "Error" when the handler raised
    for shown in (reply, tracker.and_(page.locator(".hide"))):  # the reply, then the turn's end
        expect(shown.or_(failed).first).to_be_attached(timeout=REPLY_TIMEOUT_MS)
        assert not failed.count(), f"the app failed on {text or 'the message'!r} (see its log)"
    return reply


def open_tab(page: Page, name: str) -> None:
    page.get_by_role("tab", name=name).click()


def search(page: Page, query: str) -> Locator:
    """Search the guides in the Search tab; returns the results area once it shows them."""
    open_tab(page, "Search the guides")
    results = page.locator('#results [data-testid="markdown"]')  # not its progress indicator
    page.get_by_label("Question", exact=True).fill(query)
    page.get_by_role("button", name="Search", exact=True).click()
    expect(results).to_contain_text(ANY_WORD, timeout=REPLY_TIMEOUT_MS)
    return results


def warm_up(browser: Browser, url: str) -> None:
    """Wait until the app has loaded its knowledge base (the page is served before): a search
    answers once it has."""
    context = browser.new_context()
    try:
        page = context.new_page()
        open_app(page, url)
        search(page, "mentoring")
    finally:
        context.close()
