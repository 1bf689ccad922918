"""The onboarding course for new mentors, read from ``knowledge/training/course.yaml``.

The course is data a trainer edits and reorders: each step has a title, minutes, the guide
sections its summary cites, key points, a practice item (quiz questions from the stance bank by
id, multiple-choice questions, or a mini role-play) and the check that marks it done. The file is
validated on load (unique ids, both languages, known quiz ids). :meth:`Course.view` gives step
``n`` in one language with its cited sections resolved (guide title, section, opening paragraph).

Progress goes through the :class:`CourseProgress` protocol: the records store keeps it per user
(:class:`assistant.records.course_progress.StoredProgress`), :class:`MemoryProgress` in memory
(tests, demos). :func:`quiz_passed` applies the pass mark of
a quiz practice in code (:data:`PASS_SHARE` of the questions, rounded up: 2 of 2, 4 of 5).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol

from assistant.language.messages import LANGUAGES
from assistant.skills.training.data import (
    TRAINING_DIR,
    TrainingDataError,
    check_language,
    per_language,
    read_yaml,
    require,
)
from assistant.skills.training.guides import CitedSection, GuideRef, cite, guide_ref
from assistant.skills.training.quiz import QuizQuestion, bundled_bank

COURSE_PATH = TRAINING_DIR / "course.yaml"
PASS_SHARE = 0.8
"""Share of a quiz practice's questions to get right, rounded up."""


@dataclass(frozen=True)
class Choice:
    """A multiple-choice question of a practice item."""

    q: str
    choices: tuple[str, ...]
    answer: int  # index of the right choice
    why: str


@dataclass(frozen=True)
class Step:
    """One step of the course, in every language."""

    id: str
    title: dict[str, str]
    minutes: int
    read: dict[str, tuple[GuideRef, ...]]
    key_points: dict[str, tuple[str, ...]]
    kind: Literal["quiz", "roleplay"]
    quiz_ids: tuple[str, ...]
    questions: dict[str, tuple[Choice, ...]]
    roleplay: dict[str, str]  # the mentee the assistant plays (instructions for the model)
    done_when: dict[str, str]


@dataclass(frozen=True)
class StepView:
    """Step ``number`` in one language, ready to show: cited sections resolved, quiz ids
    turned into the bank's questions. ``roleplay_brief`` instructs the model: never show it to
    the trainee (it holds the hidden concern)."""

    number: int
    total: int
    id: str
    language: str
    title: str
    minutes: int
    sections: list[CitedSection]
    key_points: list[str]
    kind: str
    stance_questions: list[QuizQuestion]
    choice_questions: list[Choice]
    roleplay_brief: str
    done_when: str

    def to_json(self) -> dict[str, object]:
        return {
            "number": self.number,
            "total": self.total,
            "id": self.id,
            "language": self.language,
            "title": self.title,
            "minutes": self.minutes,
            "sections": [s.to_json() for s in self.sections],
            "key_points": self.key_points,
            "practice": {
                "kind": self.kind,
                "stance_questions": [q.to_json() for q in self.stance_questions],
                "choice_questions": [
                    {"q": c.q, "choices": list(c.choices)} for c in self.choice_questions
                ],
            },
            "done_when": self.done_when,
        }


class CourseProgress(Protocol):
    """Where progress through the course is kept, per user (the seam for the records store)."""

    def completed(self, user: str) -> set[str]:
        """Ids of the steps ``user`` has completed."""
        ...

    def mark_done(self, user: str, step_id: str) -> None:
        """Record that ``user`` completed step ``step_id``."""
        ...


@dataclass
class MemoryProgress:
    """:class:`CourseProgress` in memory (lost at exit): for tests and demos; the records store
    keeps it for real (:class:`assistant.records.course_progress.StoredProgress`)."""

    _done: dict[str, set[str]] = field(default_factory=dict)

    def completed(self, user: str) -> set[str]:
        return set(self._done.get(user, set()))

    def mark_done(self, user: str, step_id: str) -> None:
        self._done.setdefault(user, set()).add(step_id)


@dataclass(frozen=True)
class Course:
    """The ordered steps."""

    steps: tuple[Step, ...]

    def view(self, number: int, language: str, knowledge_dir: Path | None = None) -> StepView:
        """Step ``number`` (from 1) in ``language``. Raises ValueError for a step out of range
        and :class:`TrainingDataError` for a cited section that does not exist."""
        check_language(language)
        if not 1 <= number <= len(self.steps):
            raise ValueError(f"the step must be between 1 and {len(self.steps)}")
        step = self.steps[number - 1]
        bank = {q.id: q for q in bundled_bank()}
        refs = step.read[language]
        return StepView(
            number=number,
            total=len(self.steps),
            id=step.id,
            language=language,
            title=step.title[language],
            minutes=step.minutes,
            sections=[cite(r, knowledge_dir) if knowledge_dir else cite(r) for r in refs],
            key_points=list(step.key_points[language]),
            kind=step.kind,
            stance_questions=[bank[i] for i in step.quiz_ids if bank[i].lang == language],
            choice_questions=list(step.questions.get(language, ())),
            roleplay_brief=step.roleplay.get(language, ""),
            done_when=step.done_when[language],
        )

    def next_step(self, progress: CourseProgress, user: str) -> int | None:
        """The number of ``user``'s first step not done yet; None when all are."""
        done = progress.completed(user)
        return next((n for n, s in enumerate(self.steps, start=1) if s.id not in done), None)


def quiz_passed(right: int, total: int) -> bool:
    """Whether ``right`` answers of ``total`` pass a quiz practice (:data:`PASS_SHARE`)."""
    return total > 0 and right >= math.ceil(PASS_SHARE * total)


def load_course(path: Path = COURSE_PATH) -> Course:
    """The course, validated. Raises :class:`TrainingDataError` naming the step at fault."""
    data = read_yaml(path)
    entries = data.get("steps") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not entries:
        raise TrainingDataError(f"{path}: expected 'steps:' with a list of steps")
    known = {q.id for q in bundled_bank()}
    steps: list[Step] = []
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            raise TrainingDataError(f"{path.name}: step {number}: expected a mapping")
        steps.append(_step(entry, f"{path.name}: step {number}", known))
    ids = [s.id for s in steps]
    duplicate = next((i for i in ids if ids.count(i) > 1), None)
    if duplicate:
        raise TrainingDataError(f"{path.name}: duplicate step id '{duplicate}'")
    return Course(tuple(steps))


def _step(entry: dict[str, Any], where: str, known: set[str]) -> Step:
    sid = require(entry, "id", str, where)
    where = f"{where} ({sid})"
    minutes = require(entry, "minutes", int, where)
    read = per_language(entry, "read", list, where)
    practice = require(entry, "practice", dict, where)
    kind = practice.get("kind")
    if kind not in ("quiz", "roleplay"):
        raise TrainingDataError(f"{where}: practice.kind must be quiz or roleplay")
    quiz_ids = tuple(practice.get("quiz_ids") or ())
    unknown = [i for i in quiz_ids if i not in known]
    if unknown:
        raise TrainingDataError(f"{where}: unknown quiz id(s) {', '.join(map(str, unknown))}")
    questions: dict[str, tuple[Choice, ...]] = {}
    roleplay: dict[str, str] = {}
    if kind == "quiz" and not quiz_ids:
        raw = per_language(practice, "questions", list, f"{where}: practice")
        questions = {lang: _choices(raw[lang], f"{where} ({lang})") for lang in LANGUAGES}
    if kind == "roleplay":
        roleplay = per_language(practice, "scenario", str, f"{where}: practice")
    return Step(
        id=sid,
        title=per_language(entry, "title", str, where),
        minutes=minutes,
        read={
            lang: tuple(guide_ref(r, f"{where}: read ({lang})") for r in read[lang])
            for lang in LANGUAGES
        },
        key_points={
            lang: tuple(points)
            for lang, points in per_language(entry, "key_points", list, where).items()
        },
        kind=kind,
        quiz_ids=quiz_ids,
        questions=questions,
        roleplay=roleplay,
        done_when=per_language(entry, "done_when", str, where),
    )


def _choices(raw: Sequence[Any], where: str) -> tuple[Choice, ...]:
    choices: list[Choice] = []
    for n, item in enumerate(raw, start=1):
        place = f"{where}: question {n}"
        if not isinstance(item, dict):
            raise TrainingDataError(f"{place}: expected a mapping")
        options = require(item, "choices", list, place)
        answer = item.get("answer")
        if not isinstance(answer, int) or not 0 <= answer < len(options):
            raise TrainingDataError(f"{place}: answer must be the index of one of the choices")
        choices.append(
            Choice(
                require(item, "q", str, place),
                tuple(options),
                answer,
                require(item, "why", str, place),
            )
        )
    return tuple(choices)
