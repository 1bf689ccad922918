"""The assistant says which stance it takes, switches when asked and keeps that stance for the
conversation: coaching asks one open question at a time (composed by code, never advice);
mentoring answers from the guides, labelled as guidance."""

from __future__ import annotations

import pytest

from assistant.agent import Agent
from assistant.conversation import Conversation
from assistant.language.intents import stance_request
from assistant.model.fake import ScriptedChatModel
from assistant.records.store import Records
from assistant.retrieval import KnowledgeBase


@pytest.mark.parametrize(
    ("message", "stance"),
    [
        ("just tell me what you would do", "mentoring"),
        ("What would you do?", "mentoring"),
        ("Dis-moi ce que tu ferais", "mentoring"),
        ("Help me think it through", "coaching"),
        ("Don't tell me what to do, help me think this through", "coaching"),
        ("Aide-moi à réfléchir", "coaching"),
        ("What is mentoring?", None),
        ("I want to think about my career", None),
    ],
)
def test_a_request_for_a_stance_is_recognised(message: str, stance: str | None) -> None:
    assert stance_request(message) == stance


def test_coaching_asks_one_open_question_a_turn_and_never_calls_the_model(
    settings, kb: KnowledgeBase, records: Records
) -> None:
    model = ScriptedChatModel(script=["You should ask your manager for a raise."])
    agent = Agent(settings, kb, records, model)
    conversation = Conversation(user="amira")
    first = agent.respond(conversation, "Help me think it through").complete()
    assert first.startswith("Coaching stance:")
    assert first.endswith("What would you like to be different by the end of this conversation?")
    second = agent.respond(conversation, "I want to lead the team's next project.").complete()
    assert second == (
        "You said: “I want to lead the team's next project”. "
        "What is happening at the moment, and what have you tried so far?"
    )
    assert conversation.stance == "coaching" and model.calls == []
    for _ in range(10):  # past the last question, it keeps asking the last one
        last = agent.respond(conversation, "ok").complete()
    assert last.endswith("What might get in the way, and how will you deal with it?")


def test_asking_for_advice_switches_to_mentoring_and_answers_are_labelled(
    settings, kb: KnowledgeBase, records: Records, write_guide
) -> None:
    write_guide(
        "first.md",
        "Your first session",
        {"Preparing": "Before the first mentoring session, write down three topics to discuss."},
    )
    kb.ingest([settings.knowledge_dir])
    agent = Agent(settings, kb, records, ScriptedChatModel(script=["Write down three topics."]))
    conversation = Conversation(user="amira", stance="coaching")
    switched = agent.respond(conversation, "Just tell me what you would do").complete()
    assert switched.startswith("Mentoring stance:") and conversation.stance == "mentoring"
    answer = agent.respond(conversation, "topics to discuss in the first mentoring session")
    assert answer.complete().startswith("Mentoring stance: guidance from the guides.\n")


def test_the_stance_is_said_in_french_too(settings, kb: KnowledgeBase, records: Records) -> None:
    agent = Agent(settings, kb, records, ScriptedChatModel(script=["x"]))
    conversation = Conversation(user="amira")
    text = agent.respond(conversation, "Aide-moi à réfléchir, s'il te plaît").complete()
    assert text.startswith("Posture de coaching :")
    assert text.endswith("Qu'aimeriez-vous voir changer d'ici la fin de cette conversation ?")
