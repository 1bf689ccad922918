"""The Training tab's handlers: the onboarding course (cited steps, progress saved per user in
the records), the stance quiz (one question at a time, explained, missed ones coming back, a
score per browser session), role-play with a feedback report quoting the trainee's turns; and
the workspace by role: mentors and trainers only, a mentee refused by every handler and the
Training tab hidden from them (the Mentor workspace shows every member their own pairs)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace

import gradio as gr
import pytest

from assistant.config import Settings
from assistant.model.fake import ScriptedChatModel
from assistant.records.course_progress import StoredProgress
from assistant.records.logins import Logins
from assistant.skills.training import MemoryProgress, load_course
from assistant.skills.training.quiz import bundled_bank
from assistant.ui import mentor_handlers
from assistant.ui import training_handlers as th
from assistant.ui.services import AppServices
from tests.test_mentor_tab import call
from tests.test_web_launch import PASSWORD as WEB_PASSWORD
from tests.test_web_launch import gradio_loops  # noqa: F401  (a fixture)
from tests.test_web_sessions import Served, serve, with_logins  # noqa: F401  (fixtures)

PASSWORD = "correct horse battery"
REPO = Path(__file__).resolve().parents[1]
TRAINER, MENTOR, MENTEE = (SimpleNamespace(username=n) for n in ("tina", "marc", "amira"))
TURNS = [
    "What would you like to get from our meetings?",
    "How are things going at work at the moment?",
    "What matters most to you in your career?",
    "Can I share an idea?",
    "You should ask HR for a training budget.",
    "What will you do before we meet next week?",
]


@pytest.fixture
def people(settings: Settings) -> Settings:
    with Logins(settings.records_path) as logins:
        logins.add("tina", PASSWORD, role="trainer")
        logins.add("marc", PASSWORD, role="mentor")
        logins.add("amira", PASSWORD)
    return settings


@pytest.fixture
def desk(people: Settings) -> Iterator[th.TrainingDesk]:
    services = AppServices(people.model_copy(update={"llm_backend": "fake"}))
    model = ScriptedChatModel(script=["Maybe. I am not sure what I want, to be honest."])
    services.agent = lambda: SimpleNamespace(model=lambda: model)  # type: ignore[method-assign,assignment,return-value]
    training = th.TrainingDesk(services)
    yield training
    training.close()


# -- the onboarding course -----------------------------------------------------------------------


def test_a_step_shows_its_cited_summary_practice_and_check_and_answers_apart() -> None:
    course, progress = load_course(), MemoryProgress()
    page = th.course_page(course, progress, "marc", None, "en")
    assert page.number == 1 and "8 steps" in page.outline and "you have done 0" in page.outline
    assert "Step 1 of 8: What mentoring is and is not" in page.step
    assert "“A working definition” <sub>en/what-is-mentoring.md</sub>" in page.step
    assert "> Mentoring is a voluntary developmental relationship" in page.step, "quoted"
    assert "Key points" in page.step and "Practice: answer these questions." in page.step
    assert "rewrite their business plan" in page.step and "Done when: 2 of 2" in page.step
    assert "Rewriting the plan is consulting" not in page.step, "the answers are apart"
    assert "**b) Help them see how to strengthen it" in page.answers
    assert "Rewriting the plan is consulting" in page.answers


def test_a_role_play_step_never_shows_the_hidden_concern() -> None:
    page = th.course_page(load_course(), MemoryProgress(), "marc", 2, "en")
    assert "Step 2 of 8" in page.step and "Role-play tab" in page.step
    assert "Hidden concern" not in page.step + page.answers and "Yasmine" not in page.step


def test_marking_steps_done_saves_per_user_and_moves_to_the_next(settings: Settings) -> None:
    course = load_course()
    with StoredProgress(settings.records_path) as progress:
        page = th.mark_step_done(course, progress, "marc", 1, "en")
        assert page.notice == "Step 1 marked done: “What mentoring is and is not”."
        assert page.number == 2 and "you have done 1" in page.outline
        page = th.mark_step_done(course, progress, "marc", 2, "en")
        assert page.number == 3 and "you have done 2" in page.outline
        assert (
            "2. The first session and the mentoring agreement (30 min) **(done)**" in page.outline
        )
        again = th.course_page(course, progress, "marc", 1, "en")
        assert "✓ You marked this step done." in again.step
        assert th.course_page(course, progress, "tina", None, "en").number == 1, "per user"
        assert (
            th.mark_step_done(course, progress, "marc", 99, "en").notice == "Choose a step first."
        )
    with StoredProgress(settings.records_path) as reopened:  # kept in the records
        assert reopened.completed("marc") == {course.steps[0].id, course.steps[1].id}


def test_the_last_step_done_says_the_course_is_complete() -> None:
    course, progress = load_course(), MemoryProgress()
    for step in course.steps[:-1]:
        progress.mark_done("marc", step.id)
    page = th.mark_step_done(course, progress, "marc", len(course.steps), "fr")
    assert "Vous avez terminé toutes les étapes du parcours." in page.notice
    assert page.number == len(course.steps) and "vous en avez terminé 8" in page.outline


# -- the stance quiz -------------------------------------------------------------------------------


def _wrong(view: th.QuizView) -> str:
    assert view.session is not None and view.session.current is not None
    return next(s for s in th.STANCE_CHOICES if s != view.session.current.answer)


def test_the_quiz_explains_each_answer_scores_and_brings_missed_questions_back() -> None:
    view = th.start_quiz("en", 5, seed=3)
    session = view.session
    assert session is not None and len(session.questions) == 5
    first = session.current
    assert first is not None and view.question.startswith("Question 1: ")
    assert f"“{first.utterance}”" in view.question and "0 of 0" in view.score

    view = th.answer_quiz(session, _wrong(view), "en")
    assert view.explanation.startswith(f"**Not quite: it is {first.answer}.**")
    assert first.explanation in view.explanation and "Cues: " in view.explanation
    assert f"See “{first.source.section}” in the guide" in view.explanation
    assert "\n> " in view.explanation, "the cited section's words are quoted"
    assert "This question will come back later." in view.explanation
    assert "0 of 1 first answers right; 5 to go" in view.score

    seen = [first.id]
    while view.session is not None and view.session.current is not None:
        current = view.session.current
        if current.id in seen:
            assert view.question.startswith("Again, a question you missed:")
        seen.append(current.id)
        view = th.answer_quiz(view.session, current.answer, "en")
        assert view.explanation.startswith("**Right:")
    assert seen.count(first.id) == 2 and seen.index(first.id, 1) == 3, "two questions later"
    assert view.question.startswith("**The quiz is over.")
    assert "Score: 4 of 5 at the first attempt; 1 of 1 at the second." in view.question


def test_an_unreadable_answer_is_asked_again_and_not_marked() -> None:
    view = th.start_quiz("fr", 3, seed=1)
    assert view.session is not None
    again = th.answer_quiz(view.session, None, "fr")
    assert again.explanation == "Choisissez d'abord coaching, mentorat ou neutre."
    assert again.session is not None and again.session.markings == []
    assert th.answer_quiz(None, "c", "en").question == "Press “Start the quiz” first."
    assert th.quiz_choices("fr") == [("coaching", "coaching"), ("mentorat", "mentoring"),
                                     ("neutre", "neutral")]  # fmt: skip


def test_each_browser_session_has_its_own_quiz() -> None:
    ours, theirs = th.start_quiz("en", 3, seed=5), th.start_quiz("en", 3, seed=5)
    assert ours.session is not None and theirs.session is not None
    th.answer_quiz(ours.session, "coaching", "en")
    assert len(ours.session.markings) == 1 and theirs.session.markings == []


def test_the_quiz_size_stays_within_bounds() -> None:
    assert len(th.start_quiz("en", 1).session.questions) == th.QUIZ_MIN  # type: ignore[union-attr]
    assert len(th.start_quiz("en", 500).session.questions) == th.QUIZ_MAX  # type: ignore[union-attr]
    assert {q.lang for q in th.start_quiz("fr", 5).session.questions} == {"fr"}  # type: ignore[union-attr]
    assert len(bundled_bank()) > th.QUIZ_MAX


# -- role-play -------------------------------------------------------------------------------------


def test_a_role_play_of_six_turns_gets_feedback_quoting_each_turn() -> None:
    view = th.start_roleplay("unclear-goals", "en")
    assert view.practice is not None and "Role-play: Unclear goals." in view.brief
    assert "the assistant plays Sam" in view.brief
    assert view.chat == [{"role": "assistant", "content": view.practice.play.opening}]
    model = ScriptedChatModel(script=["Maybe. I am not sure what I want, to be honest."])
    for n, said in enumerate(TURNS, start=1):
        if n == 3:
            early = th.feedback_markdown(view.practice, "en")
            assert early.startswith("Feedback comes after 6 of your turns; you have taken 2.")
        view = th.roleplay_turn(view.practice, said, model, "en")
        assert view.notice == f"Your turns: {n} (feedback after 6)."
    assert [m["content"] for m in view.chat if m["role"] == "user"] == TURNS
    assert len(view.chat) == 13 and all(m["content"] for m in view.chat)
    report = th.feedback_markdown(view.practice, "en")
    assert report.startswith("**Feedback on your 6 turns in “Unclear goals”:**")
    for n, said in enumerate(TURNS, start=1):
        assert f"{n}. “{said}”" in report
    assert "- Open questions: " in report and "- Your share of the words: " in report


def test_a_turn_the_model_cannot_play_is_a_scripted_line_and_says_so() -> None:
    view = th.start_roleplay("unclear-goals", "en")
    advice = ScriptedChatModel(script=["You should definitely update your CV and apply elsewhere."])
    view = th.roleplay_turn(view.practice, "How are you?", advice, "en")
    assert view.practice is not None
    assert view.chat[-1]["content"].startswith(view.practice.play.persona.lines[0])
    assert "(scripted line: the model's turn was advice)" in view.chat[-1]["content"]
    assert view.practice.play.model is None, "the session never keeps the model"
    view = th.roleplay_turn(view.practice, "And then?", None, "en")  # no model: scripted, quiet
    assert view.chat[-1]["content"] == view.practice.play.persona.lines[1]  # type: ignore[union-attr]


def test_role_play_asks_for_a_scenario_a_start_and_words() -> None:
    assert th.start_roleplay(None, "en").notice == "Choose a scenario first."
    assert th.start_roleplay("no-such-thing", "fr").notice == "Choisissez d'abord un scénario."
    assert th.roleplay_turn(None, "Hello", None, "en").notice.startswith("Choose a scenario")
    view = th.start_roleplay("unclear-goals", "fr")
    assert "l'assistant joue" in view.brief
    empty = th.roleplay_turn(view.practice, "   ", None, "fr")
    assert empty.notice == "Écrivez d'abord ce que vous dites au mentoré."
    assert empty.practice is not None and empty.practice.play.trainee_turns() == 0
    names = [name for _, name in th.scenario_choices("en")]
    assert "unclear-goals" in names and len(names) == len(th.scenario_choices("fr"))


# -- the workspace by role -------------------------------------------------------------------------


@pytest.mark.parametrize("visitor", [TRAINER, MENTOR])
def test_mentors_and_trainers_use_the_training_desk(
    desk: th.TrainingDesk, visitor: SimpleNamespace
) -> None:
    page = desk.course(visitor, None, "en")
    assert page.number == 1
    page = desk.mark_done(visitor, 1, "en")
    assert page.number == 2 and "you have done 1" in page.outline
    quiz = desk.start_quiz(visitor, 5, "en")
    assert quiz.session is not None
    assert desk.answer_quiz(visitor, quiz.session, "n", "en").explanation
    play = desk.start_roleplay(visitor, "unclear-goals", "en").practice
    for said in TURNS:
        view = desk.say(visitor, play, said, "en")
    assert "1. “What would you like" in desk.feedback(visitor, view.practice, "en")


def test_a_mentee_is_refused_by_every_handler_and_it_is_audited(desk: th.TrainingDesk) -> None:
    quiz = th.start_quiz("en", 3, seed=1).session
    play = th.start_roleplay("unclear-goals", "en").practice
    calls = [
        lambda: desk.course(MENTEE, None, "en"),
        lambda: desk.mark_done(MENTEE, 1, "en"),
        lambda: desk.start_quiz(MENTEE, 5, "en"),
        lambda: desk.answer_quiz(MENTEE, quiz, "c", "en"),
        lambda: desk.start_roleplay(MENTEE, "unclear-goals", "en"),
        lambda: desk.say(MENTEE, play, "Hello", "en"),
        lambda: desk.feedback(MENTEE, play, "en"),
    ]
    for refused in calls:
        with pytest.raises(gr.Error, match="Only mentors and trainers"):
            refused()
    assert (
        quiz is not None and quiz.markings == [] and play is not None and play.play.lines[1:] == []
    )
    with StoredProgress(desk.services.settings.records_path) as progress:
        assert progress.completed("amira") == set()
    log = (desk.services.settings.data_dir / "audit.log").read_text(encoding="utf-8")
    assert log.count("training-refused") == len(calls) and "role=mentee" in log


def test_the_role_check_lets_mentors_and_trainers_through_and_audits_a_refusal(
    people: Settings,
) -> None:
    services = AppServices(people)
    assert mentor_handlers.require_workspace(services, MENTOR, "en") == "marc"
    assert mentor_handlers.require_workspace(services, TRAINER, "en") == "tina"
    with pytest.raises(gr.Error, match="training workspace"):
        mentor_handlers.require_workspace(services, MENTEE, "en", "quiz")
    with pytest.raises(gr.Error, match="Seuls les mentors et les formateurs"):
        mentor_handlers.require_workspace(services, MENTEE, "fr")
    log = (people.data_dir / "audit.log").read_text(encoding="utf-8")
    assert log.count("training-refused") == 2


# -- the tabs, hidden from a mentee ----------------------------------------------------------------

_INSPECT_TABS = """
import json, sys
from types import SimpleNamespace
from assistant.config import load_settings
from assistant.records.logins import Logins
from assistant.ui import build_app

settings = load_settings()
demo = build_app(settings)
tabs = {}
for elem_id in ("tab-training", "tab-programme"):
    tab = next(b for b in demo.blocks.values() if getattr(b, "elem_id", None) == elem_id)
    load = next(f.fn for f in demo.fns.values() if f.name == "on_load" and tab in f.outputs)
    tabs[elem_id] = (tab, load)


def shown(name):
    return {k: load(SimpleNamespace(username=name))["visible"] for k, (_, load) in tabs.items()}


seen = {"built": {k: tab.visible for k, (tab, _) in tabs.items()}, "local": shown(None)}
mentor = next(b for b in demo.blocks.values() if getattr(b, "elem_id", None) == "tab-mentor")
seen["mentor_tab_built"] = {"visible": mentor.visible}
with Logins(settings.records_path) as logins:
    for name, role in (("tina", "trainer"), ("marc", "mentor"), ("amira", "mentee")):
        logins.add(name, sys.argv[1], role=role)
for name in ("tina", "marc", "amira"):
    seen[name] = shown(name)
print(json.dumps(seen))
"""


@pytest.fixture(scope="module")
def tabs_shown(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, bool]]:
    """Which of the role-bound tabs the page shows to whom, as built by the app, without and
    then with logins; in a subprocess (importing gradio leaves asyncio loops open)."""
    data_dir = tmp_path_factory.mktemp("tabs") / "data"
    result = subprocess.run(
        [sys.executable, "-c", _INSPECT_TABS, PASSWORD],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "MENTOR_DATA_DIR": str(data_dir), "GRADIO_ANALYTICS_ENABLED": "False"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    found: dict[str, dict[str, bool]] = json.loads(result.stdout.strip().splitlines()[-1])
    return found


def test_the_training_tab_is_for_mentors_and_trainers(
    tabs_shown: dict[str, dict[str, bool]],
) -> None:
    assert not any(tabs_shown["built"].values()), "hidden until the page knows who it is"
    assert tabs_shown["amira"] == {"tab-training": False, "tab-programme": False}
    assert tabs_shown["marc"] == {"tab-training": True, "tab-programme": False}
    assert all(tabs_shown["tina"].values()), "a trainer sees every workspace"
    assert all(tabs_shown["local"].values()), "the local user of an app without logins: trainer"


def test_the_mentor_workspace_is_shown_to_every_member_for_their_own_pairs(
    tabs_shown: dict[str, dict[str, bool]],
) -> None:
    assert tabs_shown["mentor_tab_built"] == {"visible": True}, "a mentee shares goals there"


# -- through the HTTP API of the running app -------------------------------------------------------


def test_the_http_api_refuses_a_mentee_and_serves_a_mentor(
    serve: Callable[..., Served],  # noqa: F811
) -> None:
    app = serve()
    with Logins(app.settings.records_path) as logins:
        logins.set_role("amira", "mentor")  # bruno keeps the mentee role
    with app.client() as amira, app.client() as bruno:
        assert app.sign_in(amira, "amira", WEB_PASSWORD).status_code == 200
        assert app.sign_in(bruno, "bruno", "another long one").status_code == 200
        for api, data in [
            ("training_course_done", (1, "en")),
            ("training_quiz_start", (5, "en")),
            ("training_roleplay_start", ("unclear-goals", "en")),
            ("training_roleplay_feedback", ("en",)),
        ]:
            kind, refusal = call(bruno, api, *data)
            assert kind == "error" and "Only mentors and trainers" in str(refusal), api
        kind, data = call(amira, "training_quiz_start", 5, "en")
        assert kind == "complete" and "Question 1: " in json.dumps(data, ensure_ascii=False)
        kind, data = call(amira, "training_course_done", 1, "en")
        assert kind == "complete" and "Step 1 marked done" in json.dumps(data, ensure_ascii=False)
    with StoredProgress(app.settings.records_path) as progress:
        assert progress.completed("bruno") == set() and len(progress.completed("amira")) == 1
