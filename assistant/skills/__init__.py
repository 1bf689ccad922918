"""Skills: every conversational capability has one shape (:class:`~assistant.skills.base.Skill`).

:func:`default_skills` is the ordered list the agent routes over: a new skill is a new module
plus one line here. Grounded Q&A stays last: it takes every turn the others leave.
"""

from __future__ import annotations

from assistant.skills.agenda.chat import SessionPrep
from assistant.skills.base import Skill, SkillContext
from assistant.skills.capabilities import Capabilities
from assistant.skills.goal_coaching import GoalCoaching
from assistant.skills.qa import GroundedQA
from assistant.skills.stance.mode import CoachingStance, StanceSwitch
from assistant.skills.stance.skill import StanceExplainer


def default_skills(context: SkillContext) -> list[Skill]:
    """The skills, in the order the agent asks them."""
    return [
        Capabilities(context),
        StanceExplainer(context),  # "is this coaching: 'what goal would you set?'" is a question
        StanceSwitch(context),
        SessionPrep(context),  # a request for session prep is served in either stance
        GoalCoaching(context),  # after the requests it could be mistaken for
        CoachingStance(context),
        GroundedQA(context),
    ]
