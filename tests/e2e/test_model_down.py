"""The web app when its model endpoint is down or hangs: the user sees the fixed "model
unavailable" message within the configured timeouts, keeps what they typed, and the app goes on
serving. The app is set up as an administrator would point it at any OpenAI-compatible server
(MENTOR_LLM_BACKEND=openai, OPENAI_BASE_URL), here a local port that refuses or never answers.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from assistant.language.messages import message
from assistant.model.llm import unavailable_message
from tests.e2e.ui import message_box, open_app, send, warm_up
from tests.e2e.webapp import WebApp, copy_data, running_app

pytestmark = [pytest.mark.browser, pytest.mark.slow]

QUESTION = "What is the difference between coaching and mentoring?"
CONNECT_TIMEOUT_S = 2.0
READ_TIMEOUT_S = 3.0
SLACK_S = 10.0  # retrieval and the browser's round trips, on a busy 2-core machine
UNAVAILABLE = unavailable_message("en")


class DeadEndpoint:
    """A local port where the model should be. Bound but not listening, it refuses connections
    (a server that is down); :meth:`hanging` makes it accept them and never answer."""

    def __init__(self) -> None:
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.socket.getsockname()[1]}/v1"

    @contextmanager
    def hanging(self) -> Iterator[None]:
        self.socket.listen(16)  # the kernel completes connections; nobody ever reads them
        try:
            yield
        finally:
            self.socket.close()  # nothing bound: refused again

    def close(self) -> None:
        self.socket.close()


@pytest.fixture(scope="module")
def endpoint() -> Iterator[DeadEndpoint]:
    dead = DeadEndpoint()
    yield dead
    dead.close()


@pytest.fixture(scope="module")
def app(
    browser: Browser,
    ingested_data: Path,
    endpoint: DeadEndpoint,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[WebApp]:
    root = tmp_path_factory.mktemp("model-down-app")
    data = copy_data(ingested_data, root / "data")
    settings = {
        "MENTOR_LLM_BACKEND": "openai",
        "MENTOR_ANSWER_MODE": "model",  # the answer needs the model
        "OPENAI_BASE_URL": endpoint.url,
        "MENTOR_LLM_CONNECT_TIMEOUT_S": str(CONNECT_TIMEOUT_S),
        "MENTOR_LLM_TIMEOUT_S": str(READ_TIMEOUT_S),
    }
    with running_app(data, root / "app.log", **settings) as web:
        warm_up(browser, web.url)  # the knowledge base is loaded: timings below are the model's
        yield web


def test_model_down_the_user_sees_the_fixed_message_and_keeps_their_text(
    app: WebApp, page: Page
) -> None:
    open_app(page, app.url)
    started = time.monotonic()
    reply = send(page, QUESTION)
    expect(reply).to_contain_text(UNAVAILABLE)
    assert time.monotonic() - started < CONNECT_TIMEOUT_S + SLACK_S
    expect(message_box(page)).to_have_value(QUESTION)  # put back, ready to send again


def test_after_a_model_failure_the_app_goes_on_serving(app: WebApp, page: Page) -> None:
    open_app(page, app.url)
    expect(send(page, QUESTION)).to_contain_text(UNAVAILABLE)

    retried = send(page)  # the question was put back: trying again is one click on Send
    expect(retried).to_contain_text(UNAVAILABLE)

    # goal coaching starts in code, without the model
    expect(send(page, "Help me set a goal")).to_contain_text(message("en", "coach.ask_aim"))


def test_model_hangs_the_user_sees_the_fixed_message_once_the_timeout_passes(
    app: WebApp, page: Page, endpoint: DeadEndpoint
) -> None:
    open_app(page, app.url)
    with endpoint.hanging():
        started = time.monotonic()
        reply = send(page, QUESTION)
        waited = time.monotonic() - started
        expect(reply).to_contain_text(UNAVAILABLE)
    assert READ_TIMEOUT_S <= waited < READ_TIMEOUT_S + SLACK_S
    expect(message_box(page)).to_have_value(QUESTION)
