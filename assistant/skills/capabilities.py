"""The smallest skill: "what can you do?" lists the assistant's capabilities in the user's
language, without the model."""

from __future__ import annotations

from assistant.language.intents import asks_capabilities
from assistant.language.messages import message
from assistant.reply import Reply
from assistant.skills.base import ALL_ROLES, SkillContext, Turn

ITEMS = ("qa", "goal", "goals", "search")


class Capabilities:
    """Answers "what can you do?" / « que sais-tu faire ? » with a fixed list."""

    name = "capabilities"
    roles = ALL_ROLES

    def __init__(self, context: SkillContext) -> None:
        del context  # needs nothing shared

    def takes(self, turn: Turn) -> bool:
        return asks_capabilities(turn.message)

    def respond(self, turn: Turn) -> Reply:
        lines = [message(turn.language, "capabilities.intro")]
        lines += [f"- {message(turn.language, f'capabilities.{item}')}" for item in ITEMS]
        lines.append(message(turn.language, "capabilities.language"))
        return Reply.fixed("answer", turn.language, "\n".join(lines))
