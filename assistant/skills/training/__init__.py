"""The trainer's workspace (issue 13): the stance quiz, role-play with a feedback report, and
the onboarding course for new mentors.

The content is data under ``knowledge/training/`` (quiz bank, course, role-play scenarios) that
trainers edit; code owns every decision: which questions, the marking, when a mentee persona may
reveal its hidden goal, which model turns are out of character, every figure of the feedback.

- :mod:`.quiz`: the bank (validated on load), drawing, marking, wrong answers coming back;
- :mod:`.scenarios`, :mod:`.roleplay`: personas and the in-character guard around the model;
- :mod:`.feedback`: the report, a pure function of the transcript (:mod:`.rules`: the patterns);
- :mod:`.course`: the course reader and the :class:`~.course.CourseProgress` storage seam;
- :mod:`.guides`, :mod:`.data`: citations to the guides and reading the data files.
"""

from assistant.skills.training.course import Course, CourseProgress, MemoryProgress, load_course
from assistant.skills.training.data import TrainingDataError
from assistant.skills.training.feedback import (
    FeedbackReport,
    NotEnoughTurns,
    Transcript,
    build_report,
)
from assistant.skills.training.quiz import QuizQuestion, QuizSession, draw, load_bank
from assistant.skills.training.roleplay import MenteeTurn, RolePlay
from assistant.skills.training.scenarios import Persona, load_scenarios, persona

__all__ = [
    "Course",
    "CourseProgress",
    "FeedbackReport",
    "MemoryProgress",
    "MenteeTurn",
    "NotEnoughTurns",
    "Persona",
    "QuizQuestion",
    "QuizSession",
    "RolePlay",
    "TrainingDataError",
    "Transcript",
    "build_report",
    "draw",
    "load_bank",
    "load_course",
    "load_scenarios",
    "persona",
]
