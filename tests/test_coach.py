"""Goal coaching: a GROW conversation, one question at a time, that saves only what the mentee
confirms. Runs with the scripted fake model and the fake embedder."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from assistant.agent import Agent
from assistant.conversation import Conversation
from assistant.goals.model import GoalStatus
from assistant.model.fake import ScriptedChatModel
from assistant.records.store import Records
from assistant.reply import Reply
from assistant.retrieval import KnowledgeBase

TODAY = date(2026, 11, 23)
REWRITE = json.dumps(
    {
        "statement": "Give three 10-minute talks at team meetings by 30 June 2027 and get a 4/5 "
        "average feedback score."
    }
)


@pytest.fixture
def guides(kb: KnowledgeBase, docs_dir: Path, write_guide: Callable[..., Path]) -> KnowledgeBase:
    write_guide(
        "en/speaking.md",
        "Growing as a speaker",
        {
            "Practice": "Public speaking improves with practice: volunteer to present at team "
            "meetings, join a speaking club, and ask for feedback after each talk."
        },
    )
    kb.ingest([docs_dir])
    return kb


@pytest.fixture
def model() -> ScriptedChatModel:
    return ScriptedChatModel(script=[REWRITE])


@pytest.fixture
def agent(settings, guides: KnowledgeBase, records: Records, model) -> Agent:
    return Agent(settings, guides, records, model, today=lambda: TODAY)


def say(agent: Agent, conversation: Conversation, message: str) -> Reply:
    reply = agent.respond(conversation, message)
    reply.complete()
    return reply


def questions(text: str) -> int:
    return text.count("?")


def test_a_vague_aim_becomes_a_confirmed_smart_goal_one_question_at_a_time(
    agent: Agent, records: Records
) -> None:
    mentee = Conversation(user="amira")
    script = [
        ("help me set a goal", "What would you like to achieve?"),
        ("I want to get better at public speaking", "How will you know"),
        ("give three 10-minute talks at team meetings and get a 4/5 average score", "By when"),
        ("by 30 June", "Why does this matter"),
        ("so that I can apply for team-lead roles next year", "Where are you today"),
        ("I avoid speaking in meetings; I presented once and froze", "What options"),
        ("volunteer for the monthly demo, practise with a colleague", "very first"),
        ("ask my manager for a slot at the next team meeting", "When will you"),
        ("next Friday", "What support"),
        ("feedback after each talk", "Here is your goal"),
    ]
    for message, expected in script:
        reply = say(agent, mentee, message)
        assert reply.kind == "coach" or expected == "Here is your goal", (message, reply.text)
        assert expected in reply.text, (message, reply.text)
        if reply.kind == "coach":
            assert questions(reply.text) == 1, reply.text
    assert reply.kind == "confirm"
    card = reply.card
    assert card.target_date == date(2027, 6, 30)
    assert card.first_step_date == date(2026, 11, 27)
    assert card.statement.startswith("Give three 10-minute talks")
    assert card.relevance.startswith("so that I can apply")
    assert card.support_needed == "feedback after each talk"
    assert card.review_date == date(2027, 3, 12)  # halfway to a target months away, a workday
    assert records.list_goals("amira") == [], "nothing is saved before the mentee confirms"

    done = say(agent, mentee, "yes")
    assert done.kind == "done" and "Saved" in done.text
    [goal] = records.list_goals("amira")
    assert goal.statement == card.statement and goal.status is GoalStatus.ACTIVE
    assert mentee.guided is None, "the conversation is over"


def test_what_the_mentee_already_said_is_not_asked_again(agent: Agent) -> None:
    mentee = Conversation(user="amira")
    reply = say(
        agent,
        mentee,
        "Help me set a goal: give three 10-minute talks at team meetings by 30 June so that I "
        "can apply for team-lead roles",
    )
    assert "Where are you today" in reply.text, reply.text
    assert mentee.guided is not None and mentee.guided.target_date == date(2027, 6, 30)


def test_back_reopens_the_previous_question(agent: Agent) -> None:
    mentee = Conversation(user="amira")
    say(agent, mentee, "help me set a goal")
    say(agent, mentee, "I want to get better at public speaking")
    reply = say(agent, mentee, "back")
    assert "What would you like to achieve?" in reply.text
    reply = say(agent, mentee, "Write a blog about data engineering")
    assert "Write a blog about data engineering" in reply.text


def test_dates_are_checked_by_code(agent: Agent) -> None:
    mentee = Conversation(user="amira")
    for message in ["help me set a goal", "Learn to give talks", "three talks"]:
        say(agent, mentee, message)
    assert "cannot read “whenever” as a date" in say(agent, mentee, "whenever").text
    assert "1 January 2026, is already past" in say(agent, mentee, "1 January 2026").text
    assert "is not a real date" in say(agent, mentee, "31 February 2027").text
    assert "Why does this matter" in say(agent, mentee, "in 8 weeks").text
    assert mentee.guided is not None and mentee.guided.target_date == date(2027, 1, 18)


def test_a_first_step_after_the_target_date_is_refused(agent: Agent) -> None:
    mentee = Conversation(user="amira")
    for message in [
        "help me set a goal",
        "Give three talks by 31 January so that I grow",
        "I never present",
        "practise",
        "book a room",
    ]:
        say(agent, mentee, message)
    reply = say(agent, mentee, "15 March")
    assert "after your target date" in reply.text
    assert "What support" in say(agent, mentee, "10 December").text


def test_stop_leaves_and_saves_nothing(agent: Agent, records: Records) -> None:
    mentee = Conversation(user="amira")
    say(agent, mentee, "help me set a goal")
    reply = say(agent, mentee, "stop")
    assert reply.kind == "done" and "Nothing was saved" in reply.text
    assert mentee.guided is None and records.list_goals("amira") == []


def _to_card(agent: Agent, mentee: Conversation) -> Reply:
    for message in [
        "help me set a goal",
        "Give three 10-minute talks at team meetings and get a 4/5 average feedback score",
        "by 30 June",
        "to apply for team-lead roles",
        "I rarely present",
        "volunteer for demos",
        "ask my manager for a slot",
        "next Friday",
        "none",
    ]:
        reply = say(agent, mentee, message)
    assert reply.kind == "confirm", reply.text
    return reply


def test_the_card_can_be_edited_before_saving(agent: Agent, records: Records) -> None:
    mentee = Conversation(user="amira")
    _to_card(agent, mentee)
    assert "field: new value" in say(agent, mentee, "no").text
    reply = say(agent, mentee, "date: 15 May")
    assert reply.kind == "confirm" and reply.card.target_date == date(2027, 5, 15)
    reply = say(agent, mentee, "first step: book a room for a rehearsal")
    assert reply.card.first_step == "book a room for a rehearsal"
    say(agent, mentee, "oui")
    [goal] = records.list_goals("amira")
    assert goal.target_date == date(2027, 5, 15)


def test_a_rewrite_that_loses_the_date_is_replaced_by_codes_own_sentence(
    settings, guides: KnowledgeBase, records: Records
) -> None:
    model = ScriptedChatModel(script=[json.dumps({"statement": "Become a great speaker."})])
    agent = Agent(settings, guides, records, model, today=lambda: TODAY)
    reply = _to_card(agent, Conversation(user="amira"))
    assert reply.card.statement == (
        "Give three 10-minute talks at team meetings and get a 4/5 average feedback score, "
        "by 30 June 2027."
    )


def test_a_rewrite_that_adds_facts_the_mentee_never_said_is_not_used(
    settings, guides: KnowledgeBase, records: Records
) -> None:
    invented = (
        "Give three 10-minute talks at team meetings by 30 June 2027 and get a 4/5 average "
        "feedback score while mastering storytelling, stage lighting and executive presence."
    )
    model = ScriptedChatModel(script=[json.dumps({"statement": invented})])
    agent = Agent(settings, guides, records, model, today=lambda: TODAY)
    reply = _to_card(agent, Conversation(user="amira"))
    assert "storytelling" not in reply.card.statement
    assert reply.card.statement.endswith("by 30 June 2027.")


def test_codes_own_sentence_leads_with_the_measure_when_the_aim_is_vague(
    settings, guides: KnowledgeBase, records: Records
) -> None:
    model = ScriptedChatModel(script=["not json"])
    agent = Agent(settings, guides, records, model, today=lambda: TODAY)
    mentee = Conversation(user="amira")
    for message in [
        "help me set a goal",
        "I want to be better at public speaking",
        "give three talks at team meetings",
        "by 30 June",
        "to lead",
        "I rarely present",
        "volunteer",
        "ask for a slot",
        "tomorrow",
        "none",
    ]:
        reply = say(agent, mentee, message)
    assert reply.card.statement == "Give three talks at team meetings, by 30 June 2027."


def test_ideas_are_offered_only_when_asked_and_cite_the_guides(
    agent: Agent, model: ScriptedChatModel
) -> None:
    mentee = Conversation(user="amira")
    for message in [
        "help me set a goal",
        "Give three talks at team meetings by 30 June so that I can lead",
        "I rarely speak up",
    ]:
        say(agent, mentee, message)
    assert model.calls == [], "coaching questions come from code, not the model"
    reply = say(agent, mentee, "any ideas?")
    assert reply.sources and reply.sources[0].title == "Growing as a speaker"
    [(messages, _)] = model.calls
    assert "<reference>" in messages[-1].content and "offer" not in messages[-1].content
    assert "Which of these options" in reply.text
    assert "very first" in say(agent, mentee, "I'll join a speaking club").text


def test_a_french_conversation_stays_in_french(agent: Agent, records: Records) -> None:
    mentee = Conversation(user="lea")
    reply = say(agent, mentee, "Aide-moi à définir un objectif")
    assert "Qu'aimeriez-vous atteindre ?" in reply.text
    reply = say(agent, mentee, "je veux évoluer vers un poste de manager")
    assert "Comment saurez-vous" in reply.text
    reply = say(agent, mentee, "animer trois réunions d'équipe")
    assert "Pour quand" in reply.text
    reply = say(agent, mentee, "d'ici fin mars")
    assert "Échéance : 31 mars 2027" in reply.text
    assert mentee.guided is not None and mentee.guided.language == "fr"


def test_a_saved_goal_survives_a_restart_and_only_its_owner_sees_it(
    settings, guides: KnowledgeBase, tmp_path: Path
) -> None:
    path = tmp_path / "restart.sqlite3"
    with Records(path) as records:
        agent = Agent(
            settings, guides, records, ScriptedChatModel(script=[REWRITE]), today=lambda: TODAY
        )
        mentee = Conversation(user="amira")
        _to_card(agent, mentee)
        say(agent, mentee, "yes")
    with Records(path) as reopened:
        [goal] = reopened.list_goals("amira")
        assert goal.target_date == date(2027, 6, 30)
        assert reopened.list_goals("bruno") == []
