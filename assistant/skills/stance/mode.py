"""The stance the assistant takes in a conversation, chosen by the user and kept by code.

"just tell me what you would do" / « dis-moi ce que tu ferais » puts the conversation in the
mentoring stance: answers from the guides, labelled as guidance. "help me think it through" /
« aide-moi à réfléchir » puts it in the coaching stance: one open question at a time, composed
by code along GROW (goal, reality, options, will), never advice unless asked for. The stance is
state on :class:`~assistant.conversation.Conversation` and lasts until the user asks again.
"""

from __future__ import annotations

from assistant.language.intents import stance_request
from assistant.language.messages import message
from assistant.reply import Reply
from assistant.skills.base import ALL_ROLES, SkillContext, Turn

QUESTIONS = 7  # the open questions of the coaching stance, in GROW order (stance.ask.q1…q7)
REFLECT_WORDS = 14  # of the user's own words, repeated back before the next question


class StanceSwitch:
    """Switches the conversation's stance when the user asks for the other one."""

    name = "stance-switch"
    roles = ALL_ROLES

    def __init__(self, context: SkillContext) -> None:
        del context  # needs nothing shared

    def takes(self, turn: Turn) -> bool:
        return stance_request(turn.message) is not None

    def respond(self, turn: Turn) -> Reply:
        stance = stance_request(turn.message)
        conversation = turn.conversation
        if stance == "coaching":
            conversation.stance, conversation.coaching_turns = "coaching", 1
            text = (
                message(turn.language, "stance.switch.coaching")
                + "\n"
                + open_question(turn.language, 1)
            )
        else:
            conversation.stance = "mentoring"
            text = message(turn.language, "stance.switch.mentoring")
        return Reply.fixed("coach", turn.language, text)


class CoachingStance:
    """In the coaching stance, every turn gets the user's words back and one open question."""

    name = "coaching-stance"
    roles = ALL_ROLES

    def __init__(self, context: SkillContext) -> None:
        del context

    def takes(self, turn: Turn) -> bool:
        return turn.conversation.stance == "coaching"

    def respond(self, turn: Turn) -> Reply:
        conversation = turn.conversation
        conversation.coaching_turns += 1
        words = turn.message.split()
        said = " ".join(words[:REFLECT_WORDS]) + ("…" if len(words) > REFLECT_WORDS else "")
        text = message(turn.language, "stance.reflect", words=said.strip(" .!?"))
        text += " " + open_question(turn.language, conversation.coaching_turns)
        return Reply.fixed("coach", turn.language, text)


def open_question(language: str, n: int) -> str:
    """The ``n``-th open question of the coaching stance (the last one once past the end)."""
    return message(language, f"stance.ask.q{min(n, QUESTIONS)}")


def mentoring_label(language: str) -> str:
    """The line that opens an answer given in the mentoring stance."""
    return message(language, "stance.mentoring_label")
