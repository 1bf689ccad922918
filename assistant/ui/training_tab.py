"""The Training tab (issue 13): the onboarding course (steps with their cited summary, the
practice item, a "mark done" saved per user), the stance quiz (one question at a time, each
answer explained with cues and a cited guide section, a running score, missed questions coming
back) and role-play (the assistant plays a mentee from a scenario; then a feedback report
quoting the trainee's turns).

Shown to mentors and trainers (a mentor in training, a trainer practising or trying what they
teach), decided on page load from the signed-in login's role in the records file; every event
checks the role again (:class:`~assistant.ui.training_handlers.TrainingDesk`), so a mentee
calling the HTTP API is refused too. This module only wires components: the logic is in
:mod:`assistant.ui.training_handlers`. A quiz or role-play in progress is kept in a ``gr.State``,
one per browser session.
"""

# No ``from __future__ import annotations`` in the tab builders: Gradio reads each handler's
# annotations at run time to pass it the ``gr.Request`` (the signed-in user).

from typing import Any

import gradio as gr

from assistant.language.messages import message
from assistant.skills.training.quiz import QuizSession
from assistant.ui import training_handlers as th
from assistant.ui.mentor_handlers import WORKSPACE_ROLES
from assistant.ui.services import AppServices
from assistant.ui.texts import Texts


def _answer_picker(language: str) -> dict[str, Any]:
    return {
        "label": message(language, "training_ui.quiz.answer"),
        "choices": th.quiz_choices(language),
    }


def _scenario_picker(language: str) -> dict[str, Any]:
    return {
        "label": message(language, "training_ui.roleplay.scenario"),
        "choices": th.scenario_choices(language),
    }


def build_training_tab(services: AppServices, texts: Texts, language: gr.Radio) -> None:
    """The tab (hidden until the page knows the visitor is a mentor or a trainer), its
    components and events."""
    desk = th.TrainingDesk(services)

    def on_load(request: gr.Request) -> Any:
        _, role = services.role(request)
        return gr.update(visible=role in WORKSPACE_ROLES)

    def _course(page: th.CoursePage) -> tuple[str, str, str, str, int]:
        return page.outline, page.notice, page.step, page.answers, page.number

    def on_course(
        number: float | None, lang: str, request: gr.Request
    ) -> tuple[str, str, str, str, int]:
        return _course(desk.course(request, number, lang))

    def on_previous(
        number: float | None, lang: str, request: gr.Request
    ) -> tuple[str, str, str, str, int]:
        return _course(desk.course(request, max(int(number or 1) - 1, 1), lang))

    def on_next(
        number: float | None, lang: str, request: gr.Request
    ) -> tuple[str, str, str, str, int]:
        return _course(desk.course(request, int(number or 0) + 1, lang))

    def on_done(
        number: float | None, lang: str, request: gr.Request
    ) -> tuple[str, str, str, str, int]:
        return _course(desk.mark_done(request, number, lang))

    def on_language(number: float | None, lang: str, request: gr.Request) -> Any:
        _, role = services.role(request, lang)
        if role not in WORKSPACE_ROLES:  # the tab is hidden: nothing to reword, no refusal
            return tuple(gr.skip() for _ in range(5))
        return _course(desk.course(request, number, lang))

    def _quiz(view: th.QuizView) -> tuple[QuizSession | None, str, str, str, Any]:
        return view.session, view.question, view.explanation, view.score, gr.update(value=None)

    def on_quiz_start(n: float, lang: str, request: gr.Request) -> Any:
        return _quiz(desk.start_quiz(request, n, lang))

    def on_quiz_answer(
        session: QuizSession | None, answer: str | None, lang: str, request: gr.Request
    ) -> Any:
        return _quiz(desk.answer_quiz(request, session, answer, lang))

    def on_play_start(scenario: str | None, lang: str, request: gr.Request) -> Any:
        view = desk.start_roleplay(request, scenario, lang)
        return view.practice, view.chat, view.brief, view.notice, ""

    def on_say(
        practice: th.Practice | None, said: str, lang: str, request: gr.Request
    ) -> tuple[th.Practice | None, th.ChatMessages, str, str]:
        view = desk.say(request, practice, said, lang)
        kept = said if view.notice == message(lang, "training_ui.roleplay.empty") else ""
        return view.practice, view.chat, view.notice, kept

    def on_feedback(practice: th.Practice | None, lang: str, request: gr.Request) -> str:
        return desk.feedback(request, practice, lang)

    with texts.make(
        gr.Tab, {"label": "training_ui.tab"}, elem_id="tab-training", visible=False
    ) as tab:
        texts.make(gr.Markdown, {"value": "training_ui.intro"})
        with gr.Tabs():
            with texts.make(gr.Tab, {"label": "training_ui.course.tab"}, elem_id="training-course"):
                outline = gr.Markdown(elem_id="course-outline")
                course_notice = gr.Markdown(elem_id="course-notice")
                step_view = gr.Markdown(elem_id="course-step")
                with texts.make(gr.Accordion, {"label": "training_ui.course.answers"}, open=False):
                    answers = gr.Markdown(elem_id="course-answers")
                with gr.Row():
                    step = texts.make(
                        gr.Number,
                        {"label": "training_ui.course.step"},
                        value=None,  # the visitor's first step not done yet
                        precision=0,
                        elem_id="course-number",
                        scale=0,
                        min_width=120,
                    )
                    previous = texts.make(
                        gr.Button, {"value": "training_ui.course.previous"}, elem_id="course-prev"
                    )
                    following = texts.make(
                        gr.Button, {"value": "training_ui.course.next"}, elem_id="course-next"
                    )
                    done = texts.make(
                        gr.Button,
                        {"value": "training_ui.course.mark_done"},
                        variant="primary",
                        elem_id="course-done",
                    )
            with texts.make(gr.Tab, {"label": "training_ui.quiz.tab"}, elem_id="training-quiz"):
                quiz = gr.State(None)
                with gr.Row():
                    count = texts.make(
                        gr.Slider,
                        {"label": "training_ui.quiz.count"},
                        minimum=th.QUIZ_MIN,
                        maximum=th.QUIZ_MAX,
                        step=1,
                        value=th.QUIZ_DEFAULT,
                        elem_id="quiz-count",
                    )
                    start_quiz = texts.make(
                        gr.Button,
                        {"value": "training_ui.quiz.start"},
                        variant="primary",
                        elem_id="quiz-start",
                    )
                question = gr.Markdown(elem_id="quiz-question")
                answer = texts.make(gr.Radio, worded=_answer_picker, elem_id="quiz-answer")
                submit = texts.make(
                    gr.Button, {"value": "training_ui.quiz.submit"}, elem_id="quiz-submit"
                )
                explanation = gr.Markdown(elem_id="quiz-explanation")
                score = gr.Markdown(elem_id="quiz-score")
            with texts.make(
                gr.Tab, {"label": "training_ui.roleplay.tab"}, elem_id="training-roleplay"
            ):
                practice = gr.State(None)
                with gr.Row():
                    scenario = texts.make(
                        gr.Dropdown, worded=_scenario_picker, elem_id="roleplay-scenario", scale=3
                    )
                    start_play = texts.make(
                        gr.Button,
                        {"value": "training_ui.roleplay.start"},
                        variant="primary",
                        elem_id="roleplay-start",
                        scale=1,
                    )
                brief = gr.Markdown(elem_id="roleplay-brief")
                chat = texts.make(
                    gr.Chatbot,
                    {"label": "training_ui.roleplay.chat"},
                    height=380,
                    elem_id="roleplay-chat",
                )
                said = texts.make(
                    gr.Textbox,
                    {"label": "training_ui.roleplay.turn"},
                    max_length=1000,
                    elem_id="roleplay-message",
                )
                with gr.Row():
                    send = texts.make(
                        gr.Button,
                        {"value": "training_ui.roleplay.send"},
                        variant="primary",
                        elem_id="roleplay-send",
                    )
                    feedback = texts.make(
                        gr.Button,
                        {"value": "training_ui.roleplay.feedback"},
                        elem_id="roleplay-feedback",
                    )
                play_notice = gr.Markdown(elem_id="roleplay-notice")
                report = gr.Markdown(elem_id="roleplay-report")

    shown = [outline, course_notice, step_view, answers, step]
    tab.select(on_course, [step, language], shown, api_visibility="private")
    language.change(on_language, [step, language], shown, api_visibility="private")
    step.submit(on_course, [step, language], shown, api_name="training_course")
    previous.click(on_previous, [step, language], shown, api_visibility="private")
    following.click(on_next, [step, language], shown, api_visibility="private")
    done.click(on_done, [step, language], shown, api_name="training_course_done")
    asked = [quiz, question, explanation, score, answer]
    start_quiz.click(on_quiz_start, [count, language], asked, api_name="training_quiz_start")
    submit.click(on_quiz_answer, [quiz, answer, language], asked, api_name="training_quiz_answer")
    start_play.click(
        on_play_start,
        [scenario, language],
        [practice, chat, brief, play_notice, report],
        api_name="training_roleplay_start",
    )
    turn = ([practice, said, language], [practice, chat, play_notice, said])
    send.click(on_say, *turn, api_name="training_roleplay_say", concurrency_limit=4)
    said.submit(on_say, *turn, api_visibility="private", concurrency_limit=4)
    feedback.click(on_feedback, [practice, language], report, api_name="training_roleplay_feedback")
    root = gr.context.Context.root_block
    if root is not None:  # built inside the app's Blocks: show the tab to mentors and trainers
        root.load(on_load, None, tab, api_visibility="private")
