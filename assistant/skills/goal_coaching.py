"""The goal-coaching skill: a request for help with a goal starts a GROW conversation
(:mod:`assistant.skills.coach`), which then holds the conversation until the goal is saved or
the mentee stops."""

from __future__ import annotations

from assistant.language.intents import asks_for_a_goal, states_an_aim
from assistant.reply import Reply
from assistant.skills.base import ALL_ROLES, SkillContext, Turn
from assistant.skills.coach import GoalCoach
from assistant.skills.coach_state import CoachState, coach_language


class GoalCoaching:
    """Turns a vague aim into a SMART goal card, saved only after an explicit "yes"."""

    name = "goal-coaching"
    roles = ALL_ROLES

    def __init__(self, context: SkillContext) -> None:
        self.coach = GoalCoach(
            context.model, context.kb, context.records, context.today, context.settings.country
        )

    def takes(self, turn: Turn) -> bool:
        """An explicit goal request always; an aim said as one unless the user asked to be
        coached ("help me think it through"): then the coaching stance answers it."""
        if asks_for_a_goal(turn.message):
            return True
        return turn.conversation.stance != "coaching" and states_an_aim(turn.message)

    def respond(self, turn: Turn) -> Reply:
        state = turn.conversation.guided
        if isinstance(state, CoachState):
            return self.coach.step(state, turn.user, turn.message)
        state = CoachState(language=coach_language(turn.language))
        turn.conversation.guided = state
        return self.coach.start(state, turn.message)
