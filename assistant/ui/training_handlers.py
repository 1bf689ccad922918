"""Handlers of the Training tab (issue 13): the onboarding course, the stance quiz and
role-play with feedback, for mentors and trainers.

Plain functions, testable without a browser, over :mod:`assistant.skills.training` (which owns
every decision: the course's steps, the draw, the marking, wrong answers coming back, the
persona kept in character, every figure of the feedback). :class:`TrainingDesk` is what the tab
calls: each method first resolves the request to its login and role from the records file
(:func:`assistant.ui.mentor_handlers.require_workspace`) and refuses a mentee, so calling the
HTTP API directly is refused just the same as the hidden tab.

Course progress is saved per user in the records file (:class:`~assistant.records.
course_progress.StoredProgress`); a quiz or a role-play in progress lives in the browser
session's ``gr.State`` (one per visitor, never shared) and is passed in and handed back.
Marking a step done is the trainee's own call, as with ``mentor course --done``: the step shows
its practice and, folded away, the answers to check it against.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from langchain_core.language_models import BaseChatModel

from assistant.language.messages import message
from assistant.model.llm import ModelUnavailableError
from assistant.records.course_progress import StoredProgress
from assistant.skills.stance import STANCES
from assistant.skills.training import (
    NotEnoughTurns,
    QuizSession,
    RolePlay,
    TrainingDataError,
    draw,
    load_course,
    persona,
)
from assistant.skills.training.course import Course, CourseProgress, StepView
from assistant.skills.training.feedback import MIN_TURNS, TRAINEE, describe
from assistant.skills.training.guides import cite
from assistant.skills.training.quiz import Marking, bundled_bank, read_answer
from assistant.skills.training.scenarios import bundled_scenarios
from assistant.ui.mentor_handlers import require_workspace
from assistant.ui.services import AppServices

STANCE_CHOICES = STANCES
"""The quiz's answers, in the order they are offered."""
QUIZ_DEFAULT = 5
QUIZ_MIN, QUIZ_MAX = 3, 20
ChatMessages = list[dict[str, str]]


def _say(language: str, key: str, **values: object) -> str:
    return message(language, f"training_ui.{key}", **values)


class ProgressStore:
    """The app's course-progress store, opened on first use (building the app touches
    nothing)."""

    def __init__(self, services: AppServices) -> None:
        self.services = services
        self._progress: StoredProgress | None = None
        self._lock = threading.Lock()

    def __call__(self) -> StoredProgress:
        with self._lock:
            if self._progress is None:
                self._progress = StoredProgress(self.services.settings.records_path)
            return self._progress

    def close(self) -> None:
        with self._lock:
            if self._progress is not None:
                self._progress.close()
                self._progress = None


# -- the onboarding course -------------------------------------------------------------------------


@dataclass(frozen=True)
class CoursePage:
    """What the course shows: the outline with the user's progress, one step, the answers to
    its practice (folded away on the page), the step's number and a notice."""

    outline: str
    step: str
    answers: str
    number: int
    notice: str = ""


def outline_markdown(course: Course, done: set[str], language: str) -> str:
    """The steps in order, the user's done ones marked, with how many are done."""
    steps = course.steps
    lines = [
        _say(
            language,
            "course.outline",
            steps=len(steps),
            minutes=sum(s.minutes for s in steps),
            done=sum(s.id in done for s in steps),
        ),
        "",
    ]
    for n, step in enumerate(steps, start=1):
        mark = message(language, "training.course.done_mark").strip() if step.id in done else ""
        lines.append(
            message(
                language,
                "training.course.outline_item",
                number=n,
                title=step.title[language],
                minutes=step.minutes,
                done=f" **{mark}**" if mark else "",
            )
        )
    return "\n".join(lines)


def step_markdown(view: StepView, done: bool) -> str:
    """One step: its cited summary (each guide section quoted), key points, practice item and
    the check that marks it done."""
    lang = view.language
    heading = message(
        lang,
        "training.course.heading",
        number=view.number,
        total=view.total,
        title=view.title,
        minutes=view.minutes,
    )
    lines = [f"### {heading}", ""]
    if done:
        lines += [_say(lang, "course.done_badge"), ""]
    lines += [f"**{message(lang, 'training.course.read')}**", ""]
    for n, cited in enumerate(view.sections, start=1):
        lines += [
            f"[{n}] **{cited.title}**, “{cited.ref.section}” <sub>{cited.ref.guide}</sub>",
            "",
            f"> {cited.excerpt}",
            "",
        ]
    lines += [f"**{message(lang, 'training.course.key_points')}**", ""]
    lines += [f"- {point}" for point in view.key_points]
    lines.append("")
    if view.kind == "roleplay":
        lines.append(f"**{message(lang, 'training.course.practice_roleplay')}**")
        lines += ["", _say(lang, "course.practice_roleplay", min=MIN_TURNS)]
    else:
        lines += [f"**{message(lang, 'training.course.practice_quiz')}**", ""]
        first = len(view.stance_questions) + 1
        for number, q in enumerate(view.stance_questions, start=1):
            lines += [f"{number}. {q.situation}  ", f"   “{q.utterance}” ({_stance_options(lang)})"]
        for number, c in enumerate(view.choice_questions, start=first):
            lines.append(f"{number}. {c.q}")
            lines += [f"   - {chr(97 + i)}) {choice}" for i, choice in enumerate(c.choices)]
    lines += ["", message(lang, "training.course.done_when", check=view.done_when)]
    return "\n".join(lines)


def answers_markdown(view: StepView) -> str:
    """The answers to a step's practice questions, each with why."""
    lang = view.language
    if view.kind == "roleplay":
        return _say(lang, "course.no_answers")
    lines = []
    first = len(view.stance_questions) + 1
    for number, q in enumerate(view.stance_questions, start=1):
        stance = message(lang, f"stance.label.{q.answer}")
        lines.append(_say(lang, "course.answer", number=number, answer=stance, why=q.explanation))
    for number, c in enumerate(view.choice_questions, start=first):
        answer = f"{chr(97 + c.answer)}) {c.choices[c.answer]}"
        lines.append(_say(lang, "course.answer", number=number, answer=answer, why=c.why))
    return "\n".join(lines)


def _stance_options(language: str) -> str:
    return " / ".join(message(language, f"stance.label.{s}") for s in STANCE_CHOICES)


def course_page(
    course: Course,
    progress: CourseProgress,
    user: str,
    number: int | float | None,
    language: str,
    notice: str = "",
) -> CoursePage:
    """The course for ``user`` at step ``number`` (None or 0: their first step not done yet,
    the first step when all are done; out of range: the nearest step)."""
    done = progress.completed(user)
    total = len(course.steps)
    wanted = int(number or 0) or course.next_step(progress, user) or 1
    wanted = min(max(wanted, 1), total)
    view = course.view(wanted, language)
    return CoursePage(
        outline=outline_markdown(course, done, language),
        step=step_markdown(view, view.id in done),
        answers=answers_markdown(view),
        number=wanted,
        notice=notice,
    )


def mark_step_done(
    course: Course,
    progress: CourseProgress,
    user: str,
    number: int | float | None,
    language: str,
) -> CoursePage:
    """Mark step ``number`` done for ``user`` (saved), then show their next step not done."""
    if not number or not 1 <= int(number) <= len(course.steps):
        return course_page(course, progress, user, number, language, _say(language, "course.pick"))
    view = course.view(int(number), language)
    progress.mark_done(user, view.id)
    following = course.next_step(progress, user)
    notice = _say(language, "course.marked", number=view.number, title=view.title)
    if following is None:
        notice += " " + _say(language, "course.all_done")
    return course_page(course, progress, user, following or view.number, language, notice)


# -- the stance quiz -------------------------------------------------------------------------------


@dataclass(frozen=True)
class QuizView:
    """The quiz as shown: the question to answer, the explanation of the last answer, the
    score, and the session to keep (None before a start)."""

    session: QuizSession | None
    question: str
    explanation: str
    score: str


def quiz_choices(language: str) -> list[tuple[str, str]]:
    """(label, stance) of the answer choices, in ``language``."""
    return [(message(language, f"stance.label.{s}"), s) for s in STANCE_CHOICES]


def start_quiz(
    language: str, n: int | float | None = QUIZ_DEFAULT, seed: int | None = None
) -> QuizView:
    """A new quiz of ``n`` questions (kept between :data:`QUIZ_MIN` and :data:`QUIZ_MAX`)
    drawn from the bank in ``language``, easiest first; ``seed`` draws the same ones."""
    count = min(max(int(n or QUIZ_DEFAULT), QUIZ_MIN), QUIZ_MAX)
    session = QuizSession(draw(bundled_bank(), language, count, seed))
    return QuizView(
        session, question_markdown(session, language), "", score_markdown(session, language)
    )


def question_markdown(session: QuizSession, language: str) -> str:
    """The question to answer now (a missed one coming back says so); the end when over."""
    question = session.current
    if question is None:
        right, total = session.score()
        again, retried = session.second_chances()
        score = message(
            language, "training.quiz.score", right=right, total=total, again=again, retried=retried
        )
        return f"**{_say(language, 'quiz.over')}**\n\n{score}"
    lang = question.lang
    if any(m.question.id == question.id for m in session.markings):
        head = message(lang, "training.quiz.again", situation=question.situation)
    else:
        asked = len({m.question.id for m in session.markings}) + 1
        head = message(lang, "training.quiz.question", number=asked, situation=question.situation)
    said = message(lang, "training.quiz.utterance", text=question.utterance)
    return f"{head}\n\n> {said}"


def marking_markdown(marking: Marking, language: str) -> str:
    """The verdict on one answer, its explanation, the cues and the cited guide section."""
    q = marking.question
    stance = message(language, f"stance.label.{q.answer}")
    verdict = message(
        language, f"training.quiz.{'right' if marking.correct else 'wrong'}", stance=stance
    )
    cues = ", ".join(message(language, f"stance.cue.{cue}") for cue in q.cues)
    lines = [
        f"**{verdict}**",
        "",
        q.explanation,
        "",
        message(language, "training.quiz.cues", cues=cues),
    ]
    try:
        cited = cite(q.source)
    except TrainingDataError:
        cited = None
    title = cited.title if cited else q.source.guide
    lines += ["", message(language, "training.quiz.source", section=q.source.section, title=title)]
    if cited is not None and cited.excerpt:
        lines += ["", f"> {cited.excerpt}"]
    if marking.comes_back:
        lines += ["", f"_{message(language, 'training.quiz.comes_back')}_"]
    return "\n".join(lines)


def score_markdown(session: QuizSession, language: str) -> str:
    """The running score: first answers right of those given, and questions still to come."""
    right, total = session.score()
    answered = sum(not m.retry for m in session.markings)
    retries_due = sum(m.comes_back for m in session.markings) - sum(
        m.retry for m in session.markings
    )
    left = total - answered + retries_due
    return _say(language, "quiz.progress", right=right, answered=answered, left=left)


def answer_quiz(session: QuizSession | None, answer: str | None, language: str) -> QuizView:
    """Mark ``answer`` (a stance, or its name or initial in English or French) to the current
    question; an unreadable or missing answer is asked for again, not marked."""
    if session is None:
        return QuizView(None, _say(language, "quiz.not_started"), "", "")
    if session.done:
        return QuizView(
            session, question_markdown(session, language), "", score_markdown(session, language)
        )
    if read_answer(answer or "") is None:
        return QuizView(
            session,
            question_markdown(session, language),
            _say(language, "quiz.pick"),
            score_markdown(session, language),
        )
    marking = session.answer(answer or "")
    return QuizView(
        session,
        question_markdown(session, language),
        marking_markdown(marking, marking.question.lang),
        score_markdown(session, language),
    )


# -- role-play -------------------------------------------------------------------------------------


@dataclass
class Practice:
    """One visitor's role-play in progress (kept in their session's ``gr.State``, without the
    model): the play, and the notes shown under mentee lines by their index (why a line was
    scripted)."""

    play: RolePlay
    notes: dict[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class PlayView:
    """The role-play as shown: the practice to keep (None before a start), the conversation,
    the brief and a notice (turns taken, or what to do)."""

    practice: Practice | None
    chat: ChatMessages
    brief: str
    notice: str


def scenario_choices(language: str) -> list[tuple[str, str]]:
    """(title, name) of the role-play scenarios in ``language``; none if the file is broken."""
    try:
        scenarios = bundled_scenarios()
    except TrainingDataError:
        return []
    return [(personas[language].title, name) for name, personas in scenarios.items()]


def start_roleplay(scenario: str | None, language: str) -> PlayView:
    """A new role-play of ``scenario`` in ``language``: the brief, and the mentee's opening."""
    try:
        chosen = persona(scenario or "", language)
    except ValueError:
        return PlayView(None, [], "", _say(language, "roleplay.pick"))
    practice = Practice(RolePlay(chosen))
    intro = message(language, "training.roleplay.intro", title=chosen.title, brief=chosen.brief)
    brief = f"{intro}\n\n{_say(language, 'roleplay.help', mentee=chosen.mentee, min=MIN_TURNS)}"
    return PlayView(practice, chat_messages(practice), brief, _turns(practice.play, language))


def chat_messages(practice: Practice | None) -> ChatMessages:
    """The conversation for the chat: the trainee's turns as the user's, the mentee's as the
    assistant's (with the practice's notes under them)."""
    if practice is None:
        return []
    shown = []
    for index, line in enumerate(practice.play.lines):
        text = line.text
        if index in practice.notes:
            text += f"\n\n<sub>{practice.notes[index]}</sub>"
        shown.append({"role": "user" if line.speaker == TRAINEE else "assistant", "content": text})
    return shown


def _turns(play: RolePlay, language: str) -> str:
    return _say(language, "roleplay.turns", turns=play.trainee_turns(), min=MIN_TURNS)


def roleplay_turn(
    practice: Practice | None, said: str | None, model: BaseChatModel | None, language: str
) -> PlayView:
    """The trainee says ``said``; the mentee answers (``model`` phrases it, code keeps it in
    character; a scripted line when the model is None or its turn is refused)."""
    if practice is None:
        return PlayView(None, [], "", _say(language, "roleplay.not_started"))
    play = practice.play
    if not (said or "").strip():
        return PlayView(practice, chat_messages(practice), "", _say(language, "roleplay.empty"))
    play.model = model
    try:
        turn = play.reply(said or "")
    finally:
        play.model = None  # the session keeps the conversation, never the model
    if turn.replaced and model is not None:
        reason = message(language, f"training.roleplay.reason.{turn.replaced}")
        note = message(language, "training.roleplay.replaced", reason=reason)
        practice.notes[len(play.lines) - 1] = note
    return PlayView(practice, chat_messages(practice), "", _turns(play, language))


def feedback_markdown(practice: Practice | None, language: str) -> str:
    """The report on the trainee's turns, each quoted (a pure function of the transcript);
    before :data:`MIN_TURNS` turns, how many are still to take."""
    if practice is None:
        return _say(language, "roleplay.not_started")
    play = practice.play
    try:
        report = play.feedback()
    except NotEnoughTurns:
        return message(
            play.persona.language,
            "training.roleplay.not_enough",
            min=MIN_TURNS,
            turns=play.trainee_turns(),
        )
    lines = describe(report, play.persona.title).splitlines()
    turns = len(report.turns)
    heading, quoted, rest = lines[0], lines[1 : 1 + turns], lines[1 + turns :]
    return "\n".join([f"**{heading}**", "", *quoted, "", *(f"- {line}" for line in rest)])


# -- the tab's handlers: the role check, then the above ------------------------------------------


class TrainingDesk:
    """What the Training tab calls, per request: mentors and trainers only (a refusal is a
    ``gr.Error``, audited); course progress in the records file, the rest in the session."""

    def __init__(self, services: AppServices) -> None:
        self.services = services
        self.progress = ProgressStore(services)

    def _user(self, request: Any, language: str, action: str) -> str:
        return require_workspace(self.services, request, language, action)

    def course(self, request: Any, number: int | float | None, language: str) -> CoursePage:
        user = self._user(request, language, "course")
        return _course(
            lambda course: course_page(course, self.progress(), user, number, language), language
        )

    def mark_done(self, request: Any, number: int | float | None, language: str) -> CoursePage:
        user = self._user(request, language, "course-done")
        return _course(
            lambda course: mark_step_done(course, self.progress(), user, number, language), language
        )

    def start_quiz(self, request: Any, n: int | float | None, language: str) -> QuizView:
        self._user(request, language, "quiz")
        return start_quiz(language, n)

    def answer_quiz(
        self, request: Any, session: QuizSession | None, answer: str | None, language: str
    ) -> QuizView:
        self._user(request, language, "quiz")
        return answer_quiz(session, answer, language)

    def start_roleplay(self, request: Any, scenario: str | None, language: str) -> PlayView:
        self._user(request, language, "roleplay")
        return start_roleplay(scenario, language)

    def say(
        self, request: Any, practice: Practice | None, said: str | None, language: str
    ) -> PlayView:
        self._user(request, language, "roleplay")
        model = None
        if practice is not None and (said or "").strip():
            try:
                model = self.services.agent().model()
            except ModelUnavailableError:
                model = None  # the scripted lines keep the role-play going
        return roleplay_turn(practice, said, model, language)

    def feedback(self, request: Any, practice: Practice | None, language: str) -> str:
        self._user(request, language, "roleplay-feedback")
        return feedback_markdown(practice, language)

    def close(self) -> None:
        self.progress.close()


def _course(show: Callable[[Course], CoursePage], language: str) -> CoursePage:
    try:
        return show(load_course())
    except TrainingDataError as exc:
        problem = _say(language, "course.unreadable", reason=exc)
        return CoursePage("", problem, "", 1, problem)
