"""Answers in the guides' own words (``MENTOR_ANSWER_MODE=quote``, the default): a question
whose passage is in its own language gets that passage's sentences closest to it, quoted and
cited, and the model is not asked; "not covered" stays "not covered"; a passage only in another
language is still phrased by the model, in the question's language."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from langchain_core.language_models import BaseChatModel

from assistant.agent import Agent
from assistant.config import Settings
from assistant.conversation import Conversation
from assistant.model.fake import ScriptedChatModel
from assistant.records.store import Records
from assistant.retrieval import KnowledgeBase

TRUST = (
    "Trust grows from small promises kept. A mentor who turns up on time, remembers what was "
    "said last time and keeps confidences earns the right to challenge. Early on, sharing a "
    "setback of one's own shows that honesty flows both ways."
)
ENDING = "A good ending reviews the goals, names what was learned and agrees on future contact."


def no_model() -> BaseChatModel:
    raise AssertionError("the model must not be asked")


def test_the_default_answers_in_the_guides_own_words_without_the_model(
    settings: Settings, kb: KnowledgeBase, records: Records, write_guide: Callable[..., Path]
) -> None:
    assert settings.answer_mode == "quote"
    write_guide("en/trust.md", "Building the relationship", {"Trust": TRUST, "Ending": ENDING})
    kb.ingest([settings.knowledge_dir])
    agent = Agent(settings, kb, records, no_model)
    reply = agent.respond(Conversation(user="amira"), "How does a mentor earn a mentee's trust?")
    answer = reply.complete()
    assert reply.kind == "answer"
    assert answer.startswith("Here is what the guide “Building the relationship” says:")
    assert "> Trust grows from small promises kept." in answer and answer.rstrip().endswith("[1]")
    assert [(s.number, s.section) for s in reply.sources] == [(1, "Trust")], "only what it quotes"


def test_a_question_the_guides_do_not_answer_is_still_not_covered(
    settings: Settings, kb: KnowledgeBase, records: Records, write_guide: Callable[..., Path]
) -> None:
    write_guide("en/trust.md", "Building the relationship", {"Trust": TRUST})
    kb.ingest([settings.knowledge_dir])
    agent = Agent(settings, kb, records, no_model)
    reply = agent.respond(Conversation(user="amira"), "How much sugar goes into crêpe batter?")
    assert reply.complete().startswith("The mentoring guides in the knowledge base do not cover")
    assert reply.kind == "not_covered" and reply.sources == []


def test_a_passage_only_in_another_language_is_phrased_by_the_model_in_the_questions(
    settings: Settings, kb: KnowledgeBase, records: Records, write_guide: Callable[..., Path]
) -> None:
    write_guide("en/trust.md", "Building the relationship", {"Trust": TRUST})
    kb.ingest([settings.knowledge_dir])
    model = ScriptedChatModel(script=["La confiance naît de petites promesses tenues [1]."])
    agent = Agent(settings, kb, records, model)
    reply = agent.respond(Conversation(user="amira"), "Que dit le guide sur la « Trust » ?")
    text = reply.complete()
    assert model.calls, "a French question on an English guide needs the model to answer in French"
    assert text.startswith("Seul un guide en anglais, « Building the relationship », traite ce")
