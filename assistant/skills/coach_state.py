"""One mentee's goal-coaching conversation: the GROW steps in order and what was said so far.
Kept on the :class:`~assistant.conversation.Conversation`, never on shared objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from assistant.goals.model import GoalDraft, Language

STEPS = (
    "aim",  # Goal
    "measure",
    "deadline",
    "why",
    "reality",  # Reality
    "options",  # Options
    "first_step",  # Will
    "first_step_date",
    "support",
)


@dataclass
class CoachState:
    """One mentee's coaching conversation (kept in their session, never shared)."""

    language: Language
    answers: dict[str, str] = field(default_factory=dict)
    target_date: date | None = None
    first_step_date: date | None = None
    asked: list[str] = field(default_factory=list)
    statement: str = ""  # set by the mentee's edit, or by the rewrite
    draft: GoalDraft | None = None
    finished: bool = False
    start_checked: bool = False  # a stated start before the deadline was asked about once
    turns: int = 0
    skill: str = field(default="goal-coaching", init=False)  # the skill holding the conversation

    @property
    def step(self) -> str:
        """The question now open (``confirm`` once the card is shown)."""
        if self.draft is not None:
            return "confirm"
        return self.asked[-1] if self.asked else "aim"


def coach_language(language: str) -> Language:
    """The coach speaks English or French."""
    return "fr" if language == "fr" else "en"
