"""Goals: the goal model, edits to a saved goal, and exports (Markdown card, iCalendar)."""

from assistant.goals.model import Goal, GoalDraft, GoalStatus, ProgressEntry

__all__ = ["Goal", "GoalDraft", "GoalStatus", "ProgressEntry"]
