"""Faults with a deadline: an endpoint that keeps the stream open without sending words (or
trickles keep-alive lines), or sends garbage, gets the fixed "model unavailable" message, not a
chat that hangs or a parser's error."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from langchain_core.messages import HumanMessage
from pydantic import BaseModel

from assistant.agent import Agent
from assistant.config import Settings
from assistant.conversation import Conversation
from assistant.model.deadline import DeadlineError, within
from assistant.model.llm import ModelUnavailableError, build_chat_model, unavailable_message
from assistant.model.structured import ask_structured
from assistant.records.store import Records
from assistant.retrieval import KnowledgeBase
from assistant.skills.agenda.fill import fill_agenda
from assistant.skills.agenda.phase import reading_for
from assistant.skills.agenda.skeleton import build_agenda

KEEP_ALIVE_FOR_S = 8.0  # the stalling endpoint gives up by itself after this


def slow(pieces: list[str], pause: float) -> Iterator[str]:
    for piece in pieces:
        time.sleep(pause)
        yield piece


def test_pieces_that_come_in_time_pass_through() -> None:
    assert list(within(iter(["a", "b", "c"]), 5, 5)) == ["a", "b", "c"]


def test_no_first_piece_in_time_is_the_model_being_unavailable() -> None:
    with pytest.raises(ModelUnavailableError, match="first words"):
        list(within(slow(["late"], 1.0), first_token_s=0.1, total_s=5))


def test_an_answer_that_drags_on_is_cut_at_the_whole_answer_deadline() -> None:
    seen: list[str] = []
    with pytest.raises(ModelUnavailableError, match="whole answer"):
        for piece in within(slow(["a"] * 50, 0.05), first_token_s=5, total_s=0.3):
            seen.append(piece)
    assert 0 < len(seen) < 50


def test_an_error_of_the_stream_reaches_the_reader() -> None:
    def broken() -> Iterator[str]:
        yield "a"
        raise ModelUnavailableError("dropped")

    with pytest.raises(ModelUnavailableError, match="dropped"):
        list(within(broken(), 5, 5))


def test_a_missed_deadline_is_the_model_down_for_code_that_catches_transport_errors() -> None:
    with pytest.raises(OSError):  # as fill_agenda and ask_structured catch a refused connection
        list(within(slow(["late"], 1.0), first_token_s=0.05, total_s=5))
    assert issubclass(DeadlineError, ModelUnavailableError)


class StallingEndpoint:
    """An OpenAI-compatible endpoint that answers 200, then sends only keep-alive comments
    (or, with ``body``, that text and nothing else)."""

    def __init__(self, body: bytes = b"", first: bytes = b"") -> None:
        """``first``: text sent before the keep-alives (e.g. a first piece of the answer)."""

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                if body:
                    self.wfile.write(body)
                    return
                self.wfile.write(first)
                self.wfile.flush()
                ends = time.monotonic() + KEEP_ALIVE_FOR_S
                try:
                    while time.monotonic() < ends:
                        self.wfile.write(b": keep-alive\n\n")
                        self.wfile.flush()
                        time.sleep(0.2)
                except OSError:
                    pass  # the client went away: good

            def log_message(self, *args: object) -> None:
                pass

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.http.server_address[1]}/v1"
        threading.Thread(target=self.http.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.http.shutdown()
        self.http.server_close()


@pytest.mark.filterwarnings("ignore:Pydantic serializer warnings")  # openai's, on bad shapes
@pytest.mark.parametrize(
    "body",
    [b"", b"data: {not json at all\n\n", b'data: {"choices": 12}\n\n', b"<html>garbage</html>"],
    ids=["stalled", "bad-json", "bad-shape", "not-sse"],
)
def test_a_stalled_or_garbled_stream_gets_the_fixed_message(
    settings: Settings,
    kb: KnowledgeBase,
    records: Records,
    docs_dir: Path,
    write_guide: Callable[..., Path],
    body: bytes,
) -> None:
    write_guide("en/roles.md", "Roles", {"Mentor": "A mentor shares experience and advice."})
    kb.ingest([docs_dir])
    endpoint = StallingEndpoint(body)
    try:
        stalled = settings.model_copy(
            update={
                "llm_backend": "openai",
                "openai_base_url": endpoint.url,
                "llm_timeout_s": 60.0,  # never reached: keep-alives reset it
                "llm_first_token_timeout_s": 1.0,
                "answer_mode": "model",
            }
        )
        agent = Agent(stalled, kb, records, lambda: build_chat_model(stalled))
        reply = agent.respond(Conversation(user="amira"), "what does a mentor share?")
        assert reply.complete() == unavailable_message("en") and reply.failed
    finally:
        endpoint.close()


FIRST_PIECE = (
    b'data: {"id": "c1", "object": "chat.completion.chunk", "created": 0, "model": "m", '
    b'"choices": [{"index": 0, "delta": {"role": "assistant", "content": "{\\"statement"}, '
    b'"finish_reason": null}]}\n\n'
)


class GoalSentence(BaseModel):
    statement: str


def stalled_settings(settings: Settings, url: str, **deadlines: float) -> Settings:
    return settings.model_copy(
        update={
            "llm_backend": "openai",
            "openai_base_url": url,
            "llm_timeout_s": 60.0,  # never reached: keep-alives reset it
            "llm_first_token_timeout_s": deadlines.get("first", 0.5),
            "llm_answer_timeout_s": deadlines.get("total", 60.0),
        }
    )


@pytest.mark.parametrize(
    ("first", "deadlines", "which"),
    [
        (b"", {"first": 0.5}, "first words"),
        # the client's first request in a process takes a second or two to set up
        (FIRST_PIECE, {"first": 10.0, "total": 2.5}, "whole answer"),
    ],
    ids=["nothing-sent", "answer-drags-on"],
)
def test_a_structured_call_to_a_stalled_endpoint_ends_at_the_deadline(
    settings: Settings, first: bytes, deadlines: dict[str, float], which: str
) -> None:
    endpoint = StallingEndpoint(first=first)
    try:
        model = build_chat_model(stalled_settings(settings, endpoint.url, **deadlines))
        started = time.monotonic()
        with pytest.raises(ModelUnavailableError, match=which):
            ask_structured(model, [HumanMessage(content="rewrite my goal")], GoalSentence)
        assert time.monotonic() - started < 4.5
    finally:
        endpoint.close()


def test_an_agenda_fill_from_a_stalled_endpoint_keeps_the_guides_wording(
    settings: Settings,
) -> None:
    agenda = build_agenda(45, reading_for(session_number=3), focus="leading", language="en")
    endpoint = StallingEndpoint()
    try:
        model = build_chat_model(stalled_settings(settings, endpoint.url, first=0.5))
        started = time.monotonic()
        result = fill_agenda(agenda, model)
        assert time.monotonic() - started < 3.0
    finally:
        endpoint.close()
    assert result.wording == "guides" and "in time" in result.unavailable
    assert result.agenda.items == agenda.items
