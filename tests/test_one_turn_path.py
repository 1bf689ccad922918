"""One turn path: the command line (ask, chat, goal draft), the web chat and the Python API all
go through Agent.respond, so a screen installed there stops every turn, whatever the door."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant import agent as agent_module
from assistant import cli
from assistant.agent import Agent
from assistant.cli import common as cli_common
from assistant.config import Settings
from assistant.conversation import Conversation
from assistant.model.fake import ScriptedChatModel
from assistant.records.store import Records
from assistant.reply import Reply
from assistant.retrieval import KnowledgeBase
from assistant.ui import AppServices
from assistant.ui.handlers import chat_turn
from tests.fakes import HashingEmbedder

runner = CliRunner()
STOPPED = "Stopped by the screen."
QUESTION = "topics to discuss in the first mentoring session"


def stop_every_turn(message: str, language: str) -> Reply:
    return Reply.fixed("done", language, STOPPED)


@pytest.fixture(autouse=True)
def screened(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    docs_dir: Path,
    write_guide: Callable[..., Path],
) -> None:
    """Every agent built anywhere gets the screen; the model is the scripted fake."""
    write_guide("en/first.md", "Your first session", {"Preparing": "Write down three topics."})
    monkeypatch.setenv("MENTOR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("MENTOR_KNOWLEDGE_DIR", str(docs_dir))
    monkeypatch.setenv("MENTOR_LLM_BACKEND", "fake")
    monkeypatch.setattr(
        cli_common, "KnowledgeBase", lambda s: KnowledgeBase(s, embedder=HashingEmbedder())
    )
    monkeypatch.setattr(agent_module, "default_screens", lambda settings: (stop_every_turn,))


def test_the_python_api(settings: Settings, kb: KnowledgeBase, records: Records) -> None:
    model = ScriptedChatModel(script=["never used"])
    reply = Agent(settings, kb, records, model).respond(Conversation(user="amira"), QUESTION)
    assert reply.complete() == STOPPED and model.calls == []


def test_mentor_ask() -> None:
    result = runner.invoke(cli.app, ["ask", QUESTION, "--json"])
    assert result.exit_code == 0, result.output
    assert STOPPED in result.stdout


def test_mentor_chat() -> None:
    result = runner.invoke(cli.app, ["chat"], input=f"{QUESTION}\nhelp me set a goal\n\n")
    assert result.exit_code == 0, result.output
    assert result.stdout.count(STOPPED) == 2


def test_mentor_goal_draft() -> None:
    result = runner.invoke(cli.app, ["goal", "draft"], input="give three talks by June\n")
    assert result.exit_code == 0, result.output
    assert STOPPED in result.stdout


def test_the_web_chat(settings: Settings) -> None:
    services = AppServices(settings, lambda s: KnowledgeBase(s, embedder=HashingEmbedder()))
    try:
        *_, (chat, box, _) = chat_turn(services.agent(), None, "amira", "mentee", QUESTION, [])
    finally:
        services.close()
    assert chat[-1]["content"] == STOPPED and box == ""


def test_mentor_ask_screens_before_loading_anything(monkeypatch: pytest.MonkeyPatch) -> None:
    """A person in distress waits for no model, index or knowledge base."""

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("nothing is loaded for a screened message")

    monkeypatch.setattr(cli_common, "KnowledgeBase", never)
    monkeypatch.setattr(cli_common, "start_model_early", never)
    result = runner.invoke(cli.app, ["ask", QUESTION])
    assert result.exit_code == 0, result.output
    assert STOPPED in result.stdout
