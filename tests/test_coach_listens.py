"""Goal coaching that listens: each case a mentee broke it with, in English and French, through
the agent (the web chat and ``mentor chat`` both call it). Scripted fake model, fake embedder."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from assistant.agent import Agent
from assistant.conversation import Conversation
from assistant.goals.export import draft_markdown, goal_markdown
from assistant.goals.fields import GOAL_FIELDS
from assistant.goals.model import GoalDraft
from assistant.language.intents import asks_for_a_goal, states_an_aim, wants_ideas
from assistant.language.messages import message
from assistant.model.fake import ScriptedChatModel
from assistant.records.store import Records
from assistant.reply import Reply
from assistant.retrieval import KnowledgeBase

TODAY = date(2026, 11, 23)
IDEAS = "Volunteer to present at a team meeting [1]. Join a speaking club [1]."


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
    write_guide(
        "fr/stage.md",
        "Trouver un stage",
        {
            "Pistes": "Pour trouver un stage, on peut solliciter le réseau des anciens, "
            "répondre aux offres du service des stages et envoyer des candidatures spontanées."
        },
        language="fr",
    )
    kb.ingest([docs_dir])
    return kb


@pytest.fixture
def model() -> ScriptedChatModel:
    return ScriptedChatModel(script=["not json"])  # the rewrite fails: code composes


@pytest.fixture
def agent(settings, guides: KnowledgeBase, records: Records, model) -> Agent:
    return Agent(settings, guides, records, model, today=lambda: TODAY)


def say(agent: Agent, conversation: Conversation, text: str) -> Reply:
    reply = agent.respond(conversation, text)
    reply.complete()
    return reply


def run(agent: Agent, mentee: Conversation, messages: list[str]) -> Reply:
    for text in messages:
        reply = say(agent, mentee, text)
    return reply


# -- the aim in the first message ---------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "aim"),
    [
        ("I want to get better at presenting… help me set a goal", "get better at presenting"),
        ("je voudrais trouver un stage", "trouver un stage"),
        ("Mon objectif est de passer le DELF B2", "passer le DELF B2"),
        ("I'd like to get promoted to team lead", "get promoted to team lead"),
    ],
)
def test_the_aim_in_the_first_message_is_used_in_clean_words(
    agent: Agent, opening: str, aim: str
) -> None:
    mentee = Conversation(user="amira")
    reply = say(agent, mentee, opening)
    assert f"“{aim}”" in reply.text or f"« {aim} »" in reply.text, reply.text
    assert mentee.guided.answers["aim"] == aim
    asked_again = [message(lang, "coach.ask_aim") for lang in ("en", "fr")]
    assert not any(question in reply.text for question in asked_again)


def test_meta_talk_is_not_part_of_the_aim(agent: Agent) -> None:
    mentee = Conversation(user="amira")
    say(agent, mentee, "help me set a goal")
    reply = say(agent, mentee, "I just said it: get better at presenting…")
    assert "“get better at presenting”" in reply.text, reply.text


@pytest.mark.parametrize(
    "text",
    [
        "je voudrais trouver un stage",
        "j'aimerais devenir manager d'ici un an",
        "I'd like to get promoted",
        "my goal is to run a half marathon",
        "help me find an internship",
        "can you help me with finding a job?",
    ],
)
def test_goal_requests_in_natural_phrasings_are_recognised(text: str) -> None:
    assert asks_for_a_goal(text) or states_an_aim(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'd like to know what the GROW model is",
        "je voudrais savoir ce qu'est le mentorat",
        "help me prepare my next session with Sam",
        "help me think it through",
        "help me with the GROW model",
        "What is mentoring?",
    ],
)
def test_questions_and_other_requests_are_not_goal_requests(text: str) -> None:
    assert not (asks_for_a_goal(text) or states_an_aim(text))


def test_a_person_in_distress_gets_the_safe_reply_even_in_goal_words(agent: Agent) -> None:
    reply = say(agent, Conversation(user="amira"), "I want to kill myself")
    assert reply.kind != "coach", "the crisis screen runs before any skill"


# -- hedges, obstacles and options -----------------------------------------------------------

_SPEAKER = [
    "help me set a goal",
    "Maybe present at the monthly sales review 3 times",
    "by 30 June",
    "so that I can lead the team",
    "I freeze when everyone looks at me; nobody gives me feedback",
    "rehearse with a colleague, join a speaking club or record myself",
    "ask a colleague for a rehearsal slot",
    "next Friday",
    "none",
]


def test_hedges_leave_the_goal_and_the_mentee_is_told(agent: Agent) -> None:
    mentee = Conversation(user="amira")
    say(agent, mentee, "help me set a goal")
    reply = say(agent, mentee, _SPEAKER[1])
    assert "“Maybe”" in reply.text
    card = run(agent, mentee, _SPEAKER[2:]).card
    assert card is not None
    assert card.statement.startswith("Present at the monthly sales review 3 times")
    assert "maybe" not in card.statement.lower()


def test_french_hedges_leave_the_goal(agent: Agent) -> None:
    mentee = Conversation(user="lea")
    say(agent, mentee, "Aide-moi à définir un objectif")
    reply = say(agent, mentee, "peut-être essayer de présenter 3 fois à la réunion d'équipe")
    assert "peut-être" in reply.text and "essayer de" in reply.text
    card = run(
        agent,
        mentee,
        [
            "d'ici le 30 juin",
            "pour évoluer",
            "je bloque",
            "répéter",
            "répéter avec un collègue",
            "vendredi prochain",
            "aucun",
        ],
    ).card
    assert card is not None and card.statement.startswith("Présenter 3 fois")


def test_obstacles_and_options_reach_the_card_and_the_export(
    agent: Agent, records: Records
) -> None:
    mentee = Conversation(user="amira")
    for text in _SPEAKER[:6]:
        reply = say(agent, mentee, text)
    assert "rehearse with a colleague; join a speaking club; record myself" in reply.text
    card = run(agent, mentee, _SPEAKER[6:]).card
    assert card is not None
    assert card.obstacles == ["I freeze when everyone looks at me", "nobody gives me feedback"]
    assert card.options == ["rehearse with a colleague", "join a speaking club", "record myself"]
    assert card.chosen_option == "rehearse with a colleague", "the first step follows it"
    shown = draft_markdown(card)
    assert "## Obstacles" in shown and "I freeze" in shown
    assert "- rehearse with a colleague (chosen)" in shown
    say(agent, mentee, "yes")
    [goal] = records.list_goals("amira")
    assert goal.obstacles == card.obstacles and goal.options == card.options
    assert "## Options considered" in goal_markdown(goal)


# -- ideas on request ------------------------------------------------------------------------


def _suggested_phrases(language: str) -> list[str]:
    """The phrases the coach itself tells the mentee to say for ideas (quoted in its text)."""
    text = message(language, "coach.ask_options")
    return re.findall(r"“([^”]+)”|« ([^»]+) »", text)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_phrase_the_coach_suggests_asks_for_ideas(language: str) -> None:
    phrases = [a or b for a, b in _suggested_phrases(language)]
    assert phrases, "the coach suggests a phrase"
    assert all(wants_ideas(phrase) for phrase in phrases)


@pytest.mark.parametrize(
    "phrase", ["ideas", "any suggestions?", "give me options", "des idées", "des pistes ?"]
)
def test_ideas_on_request_come_from_the_guides_then_the_question_returns(
    settings, guides: KnowledgeBase, records: Records, phrase: str
) -> None:
    model = ScriptedChatModel(script=[IDEAS])
    agent = Agent(settings, guides, records, model, today=lambda: TODAY)
    mentee = Conversation(user="amira")
    run(agent, mentee, _SPEAKER[:5])
    reply = say(agent, mentee, phrase)
    assert reply.sources, "the ideas are cited"
    assert "Which of these options" in reply.text or "Laquelle de ces options" in reply.text


def test_des_idees_in_french_gives_ideas_not_the_question_again(
    settings, guides: KnowledgeBase, records: Records
) -> None:
    model = ScriptedChatModel(script=["Solliciter le réseau des anciens [1]."])
    agent = Agent(settings, guides, records, model, today=lambda: TODAY)
    mentee = Conversation(user="lea")
    opening = "je voudrais trouver un stage de 6 mois en analyse de données"
    answers = ["envoyer 10 candidatures", "d'ici fin février", "pour valider mon master",
               "je n'ai encore rien envoyé"]  # fmt: skip
    run(agent, mentee, [opening, *answers])
    reply = say(agent, mentee, "des idées")
    assert reply.sources and "Quelles options voyez-vous" not in reply.text
    assert "Laquelle de ces options" in reply.text


# -- dates the mentee means --------------------------------------------------------------------


def test_a_start_before_the_deadline_is_asked_about(agent: Agent) -> None:
    mentee = Conversation(user="lea")
    run(agent, mentee, ["je voudrais trouver un stage", "décrocher une convention signée"])
    reply = say(agent, mentee, "d'ici fin juin, le stage commence en avril")
    assert "le stage commence en avril" in reply.text and "30 juin 2027" in reply.text
    assert mentee.guided.target_date is None, "nothing is taken until the mentee answers"
    reply = say(agent, mentee, "fin mars")
    assert "31 mars 2027" in reply.text


def test_the_semester_deadline_never_lands_after_the_stated_start(agent: Agent) -> None:
    mentee = Conversation(user="lea")
    run(agent, mentee, ["je voudrais trouver un stage", "décrocher une convention signée"])
    reply = say(agent, mentee, "avant la fin du semestre, le stage commence en avril")
    target = mentee.guided.target_date
    asked = "le stage commence en avril" in reply.text
    assert asked or (target is not None and target < date(2027, 4, 1)), reply.text


# -- card edits change one field ---------------------------------------------------------------

_EDITS = {  # field -> (what the mentee types in English, in French, the value it must give)
    "statement": ("goal: Give four talks at team meetings", "objectif : Donner quatre exposés",
                  None),
    "why": ("why: to lead the team", "pourquoi : pour encadrer l'équipe", None),
    "measures": ("measure: four talks given", "indicateur : quatre exposés donnés", None),
    "target": ("date: 15 May", "échéance : 15 mai", date(2027, 5, 15)),
    "first-step": ("first step: book a room", "première action : réserver une salle", None),
    "first-step-date": ("first step date: 1 December", "date de la première action : 1er décembre",
                        date(2026, 12, 1)),
    "review": ("review date: 12 January", "date de bilan : 12 janvier", date(2027, 1, 12)),
    "obstacles": ("obstacles: stage fright", "obstacles : le trac", None),
    "options": ("options: a speaking club", "options : un club d'expression orale", None),
    "support": ("support: feedback after each talk", "soutien : un retour après chaque exposé",
                None),
}  # fmt: skip
_FRENCH_CARD = ["Aide-moi à définir un objectif", "présenter 3 fois à la réunion d'équipe",
                "d'ici le 30 juin", "pour évoluer", "je bloque", "répéter avec un collègue",
                "répéter avec un collègue lundi", "vendredi prochain", "aucun"]  # fmt: skip


def test_every_field_of_the_goal_can_be_edited_on_the_card() -> None:
    assert set(_EDITS) == {f.name for f in GOAL_FIELDS}


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("field", list(_EDITS))
def test_editing_one_field_of_the_card_leaves_every_other_unchanged(
    agent: Agent, language: str, field: str
) -> None:
    mentee = Conversation(user="amira")
    before = run(agent, mentee, _SPEAKER if language == "en" else _FRENCH_CARD).card
    assert isinstance(before, GoalDraft)
    typed = _EDITS[field][0 if language == "en" else 1]
    after = say(agent, mentee, typed).card
    assert isinstance(after, GoalDraft), "the card is shown again"
    attribute = next(f.attribute for f in GOAL_FIELDS if f.name == field)
    old, new = before.model_dump(), after.model_dump()
    changed = {name for name in old if old[name] != new[name]}
    expected_value = _EDITS[field][2] or typed.split(":", 1)[1].strip()
    value = new[attribute]
    assert value == expected_value or value == [expected_value], (field, value)
    allowed = {attribute, "statement"} if field == "target" else {attribute}
    assert changed <= allowed, f"{field} edit also changed {changed - allowed}"


@pytest.mark.parametrize(
    ("language", "statement", "measure"),
    [
        ("en", "goal: Give four talks at team meetings by 30 June 2027",
         "measure: four talks given, 4/5 average score"),
        ("fr", "objectif : Donner quatre exposés en réunion d'ici le 30 juin 2027",
         "indicateur : quatre exposés donnés, note moyenne de 4/5"),
    ],
)  # fmt: skip
def test_editing_the_measure_keeps_a_statement_just_edited(
    agent: Agent, language: str, statement: str, measure: str
) -> None:
    mentee = Conversation(user="amira")
    run(agent, mentee, _SPEAKER if language == "en" else _FRENCH_CARD)
    say(agent, mentee, statement)
    card = say(agent, mentee, measure).card
    assert card is not None
    assert card.statement == statement.split(":", 1)[1].strip()
    assert card.success_measures == [measure.split(":", 1)[1].strip()]


def test_a_bad_date_in_a_card_edit_says_so_and_changes_nothing(agent: Agent) -> None:
    mentee = Conversation(user="amira")
    before = run(agent, mentee, _SPEAKER).card
    reply = say(agent, mentee, "date: 1 March 2026")
    assert reply.kind == "coach" and "past" in reply.text
    assert mentee.guided.draft == before


@pytest.mark.parametrize(
    ("language", "answers", "said"),
    [
        ("en", ["help me set a goal", "give three talks", "31 February 2027"], "not a real date"),
        ("en", ["help me set a goal", "give three talks", "1 March 2026"], "already past"),
        ("fr", ["aide-moi à fixer un objectif", "donner trois exposés", "30 février 2027"],
         "n'est pas une vraie date"),
        ("fr", ["aide-moi à fixer un objectif", "donner trois exposés", "1er mars 2026"],
         "déjà passée"),
    ],
)  # fmt: skip
def test_impossible_and_past_dates_get_their_own_message(
    agent: Agent, language: str, answers: list[str], said: str
) -> None:
    mentee = Conversation(user="amira")
    reply = run(agent, mentee, answers)
    assert said in reply.text, reply.text
    assert mentee.guided.target_date is None


def test_next_week_for_a_first_step_is_a_day_of_next_week(agent: Agent) -> None:
    mentee = Conversation(user="amira")
    card = run(agent, mentee, [*_SPEAKER[:6], "ask my manager next week", "none"]).card
    assert card is not None and card.first_step_date == date(2026, 12, 4)


def test_the_review_date_avoids_christmas_and_weekends(
    settings, guides: KnowledgeBase, records: Records, model
) -> None:
    agent = Agent(settings, guides, records, model, today=lambda: date(2026, 11, 27))
    mentee = Conversation(user="amira")
    answers = [*_SPEAKER[:2], "in 6 weeks", *_SPEAKER[3:]]
    card = run(agent, mentee, answers).card
    assert card is not None and card.review_date not in {date(2026, 12, 25)}
    assert card.review_date.weekday() < 5


def test_in_the_coaching_stance_an_aim_said_as_one_is_coached_not_turned_into_a_goal_card(
    agent: Agent,
) -> None:
    mentee = Conversation(user="amira", stance="coaching")
    say(agent, mentee, "I want to lead the next project")
    assert mentee.guided is None, "the coaching stance reflects and asks; no GROW form"
    reply = say(agent, mentee, "help me set a goal")
    assert mentee.guided is not None, "an explicit request still starts goal coaching"
    assert "What would you like to achieve?" in reply.text
