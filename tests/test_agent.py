"""The agent entry point: validation and screens first, routing in code, bounded memory."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from assistant.agent import Agent
from assistant.conversation import Conversation
from assistant.language.messages import message as say
from assistant.model.fake import ScriptedChatModel
from assistant.model.llm import ModelUnavailableError, unavailable_message
from assistant.reply import Reply
from assistant.retrieval import KnowledgeBase
from assistant.ui.goal_handlers import goal_choices
from assistant.ui.handlers import chat_turn


@pytest.fixture
def guides(kb: KnowledgeBase, docs_dir: Path, write_guide: Callable[..., Path]) -> KnowledgeBase:
    write_guide(
        "en/coaching.md",
        "Mentoring and coaching",
        {"Differences": "A coach asks questions; a mentor shares experience and advice."},
    )
    kb.ingest([docs_dir])
    return kb


def make_agent(settings, kb, records, model=None, **kwargs) -> tuple[Agent, ScriptedChatModel]:
    model = model or ScriptedChatModel(script=["A coach asks; a mentor shares [1]."])
    return Agent(settings, kb, records, model, **kwargs), model


@pytest.mark.parametrize(
    ("message", "expected"), [("   ", "empty"), ("x" * 5000, "5000 characters")]
)
def test_empty_or_huge_messages_get_a_clear_reply_and_no_model_call(
    settings, guides, records, message: str, expected: str
) -> None:
    agent, model = make_agent(settings, guides, records)
    conversation = Conversation(user="u1")
    reply = agent.respond(conversation, message)
    assert reply.kind == "invalid" and expected in reply.complete()
    assert model.calls == [] and conversation.history == []


def test_screens_run_before_any_skill(settings, guides, records) -> None:
    seen: list[str] = []

    def screen(message: str, language: str) -> Reply | None:
        seen.append(message)
        return Reply.fixed("done", language, "screened") if "forbidden" in message else None

    agent, model = make_agent(settings, guides, records, screens=[screen])
    assert agent.respond(Conversation(user="u1"), "forbidden topic").complete() == "screened"
    assert model.calls == [] and seen == ["forbidden topic"]


def test_questions_go_to_grounded_answers_and_goal_requests_to_the_coach(
    settings, guides, records
) -> None:
    agent, _ = make_agent(settings, guides, records)
    conversation = Conversation(user="u1")
    answer = agent.respond(conversation, "how does a coach differ from a mentor")
    assert answer.kind == "answer" and answer.sources
    answer.complete()
    coaching = agent.respond(conversation, "Can you help me set a SMART goal?")
    assert coaching.kind == "coach" and conversation.guided is not None


def test_history_is_remembered_after_streaming_and_passed_to_the_next_prompt(
    phrased, guides, records
) -> None:
    agent, model = make_agent(phrased, guides, records)
    conversation = Conversation(user="u1")
    answer = agent.respond(conversation, "what does a coach do").complete()
    assert answer.startswith("A coach asks; a mentor shares [1].")
    assert conversation.history == [("what does a coach do", answer)]
    agent.respond(conversation, "and a mentor?").complete()
    last_prompt = model.calls[-1][0]
    assert [m.content for m in last_prompt[1:3]] == ["what does a coach do", answer]


def test_an_unreachable_model_gives_the_fixed_message_and_is_not_remembered(
    phrased, guides, records
) -> None:
    def down() -> ScriptedChatModel:
        raise ModelUnavailableError("connection refused")

    agent = Agent(phrased, guides, records, down)
    conversation = Conversation(user="u1")
    reply = agent.respond(conversation, "what does a coach do")
    assert reply.complete() == unavailable_message("en") and reply.failed
    assert conversation.history == []


def test_web_chat_streams_and_puts_the_message_back_when_the_model_fails(
    phrased, guides, records
) -> None:
    agent, _ = make_agent(phrased, guides, records)
    steps = list(chat_turn(agent, None, "u1", "mentee", "what does a coach do", []))
    chat, kept, conversation = steps[-1]
    assert len(steps) > 2, "the answer streams in several updates"
    assert chat[0] == {"role": "user", "content": "what does a coach do"}
    assert chat[1]["content"].startswith("A coach asks") and "Sources" in chat[1]["content"]
    assert kept == "" and conversation.user == "u1"

    def down() -> ScriptedChatModel:
        raise ModelUnavailableError("timed out")

    broken = Agent(phrased, guides, records, down)
    chat, kept, _ = list(chat_turn(broken, None, "u1", "mentee", "what does a coach do", []))[-1]
    assert unavailable_message("en") in chat[-1]["content"]
    assert kept == "what does a coach do", "nothing the user wrote is lost"


def test_the_users_message_shows_before_the_answer_starts(settings, guides, records) -> None:
    agent, _ = make_agent(settings, guides, records)
    chat, kept, _ = next(chat_turn(agent, None, "u1", "mentee", "what does a coach do", []))
    assert chat == [
        {"role": "user", "content": "what does a coach do"},
        {"role": "assistant", "content": "…"},
    ]
    assert kept == ""


def test_an_unexpected_failure_shows_a_fixed_message_and_keeps_the_text(
    settings, guides, records, caplog
) -> None:
    class Broken(Agent):
        def respond(self, conversation, message):  # type: ignore[no-untyped-def]
            raise RuntimeError(f"bug while handling {message}")

    broken = Broken(settings, guides, records, ScriptedChatModel())
    chat, kept, _ = list(chat_turn(broken, None, "u1", "mentee", "my secret plan", []))[-1]
    assert chat[-1]["content"] == f"⚠️ {say('en', 'ui.internal_error')}"
    assert kept == "my secret plan", "nothing the user wrote is lost"
    assert "RuntimeError" in caplog.text and "my secret plan" not in caplog.text


def test_a_session_of_one_user_is_never_reused_for_another(phrased, guides, records) -> None:
    agent, model = make_agent(phrased, guides, records)
    *_, (_, _, mine) = chat_turn(agent, None, "u1", "mentee", "what does a coach do", [])
    *_, (_, _, theirs) = chat_turn(agent, mine, "u2", "mentee", "what does a mentor do", [])
    assert theirs is not mine and theirs.user == "u2"
    assert [q for q, _ in theirs.history] == ["what does a mentor do"]
    assert "what does a coach do" not in str(model.calls[-1][0]), "u1's words never reach u2"
    assert goal_choices(records, "u2") == []
