"""Skills: one shape, an ordered list, routing by role; the smallest skill as the example."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from assistant.agent import Agent, UnknownSkillError
from assistant.conversation import Conversation
from assistant.model.fake import ScriptedChatModel
from assistant.records.store import Records
from assistant.reply import Reply
from assistant.retrieval import KnowledgeBase
from assistant.skills import default_skills
from assistant.skills.base import ALL_ROLES, Skill, SkillContext, Turn


@pytest.mark.parametrize(
    ("message", "language", "expected"),
    [
        ("What can you do?", "en", "Here is what I can do for you:"),
        ("help", "en", "SMART goal"),
        ("Que sais-tu faire ?", "fr", "Voici ce que je peux faire pour vous :"),
        ("Comment pouvez-vous m'aider ?", "fr", "objectif SMART"),
    ],
)
def test_what_can_you_do_lists_the_capabilities_in_the_users_language_without_the_model(
    settings, kb: KnowledgeBase, records: Records, message: str, language: str, expected: str
) -> None:
    model = ScriptedChatModel(script=["never used"])
    reply = Agent(settings, kb, records, model).respond(Conversation(user="amira"), message)
    text = reply.complete()
    assert expected in text and reply.language == language
    assert text.count("\n- ") == 4, "one line per capability"
    assert model.calls == []


def test_a_question_that_mentions_what_you_can_do_is_still_a_question(
    settings, kb: KnowledgeBase, records: Records
) -> None:
    agent = Agent(settings, kb, records, ScriptedChatModel(script=["x"]))
    reply = agent.respond(Conversation(user="amira"), "what can you do about a silent mentee?")
    assert reply.kind == "not_covered"  # went to grounded Q&A (the test store is empty)


class Echo:
    """A skill for the tests: takes messages starting with "echo", for mentors only."""

    name = "echo"
    roles = frozenset({"mentor"})

    def __init__(self, context: SkillContext) -> None:
        self.context = context

    def takes(self, turn: Turn) -> bool:
        return turn.message.startswith("echo")

    def respond(self, turn: Turn) -> Reply:
        return Reply.fixed("answer", turn.language, f"{turn.role}: {turn.message}")


def with_echo(context: SkillContext) -> list[Skill]:
    return [Echo(context), *default_skills(context)]


def test_a_new_skill_is_one_entry_in_the_list_and_serves_only_its_roles(
    settings, kb: KnowledgeBase, records: Records
) -> None:
    agent = Agent(settings, kb, records, ScriptedChatModel(script=["x"]), skills=with_echo)
    mentor = Conversation(user="amira", role="mentor")
    assert agent.respond(mentor, "echo hello").complete() == "mentor: echo hello"
    mentee = Conversation(user="bruno", role="mentee")
    assert agent.respond(mentee, "echo hello").kind == "not_covered", "not a mentee's skill"


def test_a_skill_can_be_asked_for_by_name_and_an_unknown_name_is_an_error(
    settings, kb: KnowledgeBase, records: Records
) -> None:
    agent = Agent(settings, kb, records, ScriptedChatModel(script=["x"]))
    conversation = Conversation(user="amira")
    reply = agent.respond(conversation, "give three talks by June", skill="goal-coaching")
    assert reply.kind == "coach" and conversation.guided is not None
    with pytest.raises(UnknownSkillError):
        agent.respond(Conversation(user="amira"), "hello", skill="nope")


def test_every_default_skill_has_the_one_shape(
    settings, kb: KnowledgeBase, records: Records
) -> None:
    context = SkillContext(settings, kb, records, lambda: ScriptedChatModel(script=["x"]))
    skills = default_skills(context)
    assert [s.name for s in skills][-1] == "qa", "grounded Q&A comes last and takes anything"
    assert len({s.name for s in skills}) == len(skills)
    for skill in skills:
        assert skill.roles <= ALL_ROLES and callable(skill.takes) and callable(skill.respond)


def test_the_role_picks_the_guides_an_answer_rests_on(
    settings, kb: KnowledgeBase, records: Records, docs_dir: Path, write_guide: Callable[..., Path]
) -> None:
    write_guide(
        "en/evaluation.md",
        "Evaluating a programme",
        {"Levels": "Measure reaction, learning, behaviour and results of the programme."},
        audience="[trainer]",
    )
    kb.ingest([docs_dir])
    agent = Agent(settings, kb, records, ScriptedChatModel(script=["Measure four levels [1]."]))
    question = "how do I evaluate the reaction, learning, behaviour and results of a programme"
    trainer = agent.respond(Conversation(user="t", role="trainer"), question)
    assert trainer.kind == "answer" and trainer.sources[0].title == "Evaluating a programme"
    mentee = agent.respond(Conversation(user="m", role="mentee"), question)
    assert mentee.kind == "not_covered", "a trainers' guide is not a mentee's source"
