"""A mentor asking what to do about a mentee's crisis gets the guides' answer headed by the
safeguarding note (emergency line, programme contact); a writer at risk gets the fixed safe
reply, never the guides or the model."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from assistant.agent import Agent
from assistant.conversation import Conversation
from assistant.language.messages import message
from assistant.model.fake import ScriptedChatModel
from assistant.retrieval import KnowledgeBase

ABOUT_A_MENTEE = {
    "en": "My mentee told me they have been thinking about suicide, what do I do?",
    "fr": "Ma mentorée m'a dit qu'elle pensait au suicide, qu'est-ce que je dois faire ?",
}


@pytest.fixture
def agent(
    settings, kb: KnowledgeBase, docs_dir: Path, write_guide: Callable[..., Path], records
) -> Agent:
    write_guide(
        "en/ethics.md",
        "Ethics and confidentiality",
        {
            "When to refer": "If a mentee speaks of suicide, take it seriously, stay with "
            "them, and tell the programme's safeguarding lead the same day."
        },
    )
    kb.ingest([docs_dir])
    model = ScriptedChatModel(script=["Take it seriously and tell the safeguarding lead [1]."])
    return Agent(settings, kb, records, model)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_guidance_about_a_mentees_crisis_is_headed_by_the_safeguarding_note(
    agent: Agent, language: str
) -> None:
    mentor = Conversation(user="marc", role="mentor", language=language)
    reply = agent.respond(mentor, ABOUT_A_MENTEE[language])
    text = reply.complete()
    assert reply.kind != "safety", "a mentor asking for guidance is not in crisis"
    lead = message(language, "safety.guidance", contact="X").split("X")[0]
    assert text.startswith(lead), text


def test_the_writer_at_risk_gets_the_fixed_safe_reply(agent: Agent) -> None:
    reply = agent.respond(
        Conversation(user="marc", role="mentor"),
        "I have been thinking about suicide myself, what do I do?",
    )
    assert reply.kind == "safety"


def test_an_ordinary_question_gets_no_note(agent: Agent) -> None:
    text = agent.respond(Conversation(user="marc"), "When should a mentor refer a mentee?")
    assert not text.complete().startswith(message("en", "safety.guidance", contact="X")[:20])
