"""The stance quiz: "is this mentor's turn coaching, mentoring or neutral?"

The bank is data (``knowledge/training/stance-quiz.yaml``, trainers add and edit questions); it
is validated on load, with an error naming the entry at fault. :func:`draw` picks ``n`` questions
of one language with a seed (easy ones first); a :class:`QuizSession` asks them in turn, marks
each answer, explains it with the bank's cues, explanation and cited guide section, and puts a
wrongly answered question back ``RETRY_GAP`` questions later (once). The score counts first
attempts; second chances are reported apart.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from assistant.language.messages import LANGUAGES
from assistant.language.text import fold
from assistant.skills.stance import CUES, STANCES
from assistant.skills.training.data import (
    TRAINING_DIR,
    TrainingDataError,
    check_language,
    read_yaml,
    require,
)
from assistant.skills.training.guides import GuideRef, guide_ref

BANK_PATH = TRAINING_DIR / "stance-quiz.yaml"
MIN_PER_LANGUAGE = 60
"""Questions the issue asks for in each language (a test checks the bundled bank)."""
RETRY_GAP = 2
"""A wrong answer's question comes back after this many other questions (or last)."""
LEVELS = (1, 2, 3)
_ID = re.compile(r"^[a-z]{2}-[0-9a-z-]+$")
_ANSWERS = {
    "coaching": ("coaching", "c", "1", "coach"),
    "mentoring": ("mentoring", "m", "2", "mentorat", "mentor"),
    "neutral": ("neutral", "n", "3", "neutre"),
}


@dataclass(frozen=True)
class QuizQuestion:
    """One scenario and the mentor's turn to classify, with the expected answer and why."""

    id: str
    lang: str
    level: int
    situation: str
    utterance: str
    answer: str  # one of STANCES
    cues: tuple[str, ...]
    explanation: str
    source: GuideRef

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "lang": self.lang,
            "level": self.level,
            "situation": self.situation,
            "utterance": self.utterance,
        }


@dataclass(frozen=True)
class Marking:
    """The verdict on one answer: what was given, whether it is right, and the explanation."""

    question: QuizQuestion
    given: str | None  # the stance understood from the answer; None if unreadable
    correct: bool
    retry: bool  # this was a second chance at a question answered wrongly before
    comes_back: bool  # the question will be asked again later in the session

    def to_json(self) -> dict[str, object]:
        q = self.question
        return {
            "id": q.id,
            "given": self.given,
            "expected": q.answer,
            "correct": self.correct,
            "retry": self.retry,
            "comes_back": self.comes_back,
            "cues": list(q.cues),
            "explanation": q.explanation,
            "source": q.source.to_json(),
        }


def load_bank(path: Path = BANK_PATH) -> list[QuizQuestion]:
    """Every question of the bank, validated (unique ids, known language, answer, level and
    cues, a source). Raises :class:`TrainingDataError` naming the first bad entry."""
    data = read_yaml(path)
    if not isinstance(data, list) or not data:
        raise TrainingDataError(f"{path}: expected a list of questions")
    questions: list[QuizQuestion] = []
    seen: set[str] = set()
    for number, entry in enumerate(data, start=1):
        where = f"{path.name}: question {number}"
        if not isinstance(entry, dict):
            raise TrainingDataError(f"{where}: expected a mapping")
        question = _question(entry, where)
        if question.id in seen:
            raise TrainingDataError(f"{where}: duplicate id '{question.id}'")
        seen.add(question.id)
        questions.append(question)
    return questions


@lru_cache(maxsize=4)
def bundled_bank(path: Path = BANK_PATH) -> tuple[QuizQuestion, ...]:
    """The bank, read once per process."""
    return tuple(load_bank(path))


def bank_sizes(bank: Sequence[QuizQuestion]) -> dict[str, int]:
    """Questions per language."""
    counts = Counter(q.lang for q in bank)
    return {language: counts.get(language, 0) for language in LANGUAGES}


def _question(entry: dict[str, Any], where: str) -> QuizQuestion:
    qid = require(entry, "id", str, where)
    where = f"{where} ({qid})"
    if not _ID.match(qid):
        raise TrainingDataError(f"{where}: id must look like 'en-001'")
    lang = require(entry, "lang", str, where)
    if lang not in LANGUAGES:
        raise TrainingDataError(f"{where}: lang must be one of {', '.join(LANGUAGES)}")
    answer = require(entry, "answer", str, where)
    if answer not in STANCES:
        raise TrainingDataError(f"{where}: answer must be one of {', '.join(STANCES)}")
    level = entry.get("level")
    if level not in LEVELS:
        raise TrainingDataError(f"{where}: level must be 1, 2 or 3")
    cues = require(entry, "cues", list, where)
    unknown = [cue for cue in cues if cue not in CUES]
    if unknown:
        raise TrainingDataError(f"{where}: unknown cue(s) {', '.join(map(str, unknown))}")
    return QuizQuestion(
        id=qid,
        lang=lang,
        level=level,
        situation=require(entry, "situation", str, where),
        utterance=require(entry, "utterance", str, where),
        answer=answer,
        cues=tuple(cues),
        explanation=require(entry, "explanation", str, where),
        source=guide_ref(entry.get("source"), where),
    )


def draw(
    bank: Sequence[QuizQuestion], language: str, n: int, seed: int | None = None
) -> list[QuizQuestion]:
    """``n`` questions of ``language`` chosen with ``seed`` (the same seed, the same draw),
    easiest first. Raises ValueError when ``n`` is not between 1 and the questions available."""
    pool = [q for q in bank if q.lang == check_language(language)]
    if not 1 <= n <= len(pool):
        raise ValueError(f"the number of questions must be between 1 and {len(pool)}")
    chosen = random.Random(seed).sample(pool, n)
    return sorted(chosen, key=lambda q: q.level)


def read_answer(text: str) -> str | None:
    """The stance an answer names: a label in English or French, its initial, or 1/2/3;
    None when it names none."""
    word = fold(text).strip().strip(".!").strip()
    for stance, forms in _ANSWERS.items():
        if word in forms:
            return stance
    return None


@dataclass
class QuizSession:
    """One run through drawn questions. Per-user state: build one per person and run."""

    questions: Sequence[QuizQuestion]
    retry_gap: int = RETRY_GAP
    markings: list[Marking] = field(default_factory=list)
    _queue: list[tuple[QuizQuestion, bool]] = field(default_factory=list, init=False)

    def __post_init__(self) -> None:
        self._queue = [(q, False) for q in self.questions]

    @property
    def current(self) -> QuizQuestion | None:
        """The question to ask now; None when the session is over."""
        return self._queue[0][0] if self._queue else None

    @property
    def done(self) -> bool:
        return not self._queue

    def answer(self, text: str) -> Marking:
        """Mark ``text`` as the answer to :attr:`current` and move on. A wrong first answer
        puts the question back ``retry_gap`` questions later. Raises RuntimeError when over."""
        if not self._queue:
            raise RuntimeError("the quiz is over")
        question, retry = self._queue.pop(0)
        given = read_answer(text)
        correct = given == question.answer
        comes_back = not correct and not retry
        if comes_back:
            self._queue.insert(min(self.retry_gap, len(self._queue)), (question, True))
        marking = Marking(question, given, correct, retry, comes_back)
        self.markings.append(marking)
        return marking

    def score(self) -> tuple[int, int]:
        """(first answers right, questions drawn)."""
        right = sum(m.correct for m in self.markings if not m.retry)
        return right, len(self.questions)

    def second_chances(self) -> tuple[int, int]:
        """(questions right at the second attempt, questions given a second attempt)."""
        retries = [m for m in self.markings if m.retry]
        return sum(m.correct for m in retries), len(retries)

    def to_json(self) -> dict[str, object]:
        right, total = self.score()
        again, retried = self.second_chances()
        return {
            "score": right,
            "total": total,
            "second_chances": {"right": again, "of": retried},
            "answers": [m.to_json() for m in self.markings],
        }
