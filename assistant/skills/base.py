"""The one shape every conversational capability has: a :class:`Skill` takes a :class:`Turn`
and returns a :class:`~assistant.reply.Reply`.

The agent asks the skills, in order, whether they take the turn (a guided conversation in
progress goes to the skill holding it first). A skill is built from the :class:`SkillContext`,
the shared, per-process parts; per-user state stays on the conversation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from langchain_core.language_models import BaseChatModel

from assistant.config import Settings
from assistant.conversation import Conversation, Role
from assistant.records.store import Records
from assistant.reply import Reply
from assistant.retrieval import KnowledgeBase


@dataclass(frozen=True)
class Turn:
    """One message of a conversation, validated and screened, with the language to answer in."""

    conversation: Conversation
    message: str
    language: str

    @property
    def user(self) -> str:
        return self.conversation.user

    @property
    def role(self) -> Role:
        return self.conversation.role


@dataclass(frozen=True)
class SkillContext:
    """What skills share in a process: settings, knowledge base, records, the chat model
    (built on first use) and the clock."""

    settings: Settings
    kb: KnowledgeBase
    records: Records
    model: Callable[[], BaseChatModel]
    today: Callable[[], date] = date.today


class Skill(Protocol):
    """A conversational capability. ``name`` identifies it (and the guided conversation it
    holds); ``roles`` are the users it serves."""

    name: str
    roles: frozenset[Role]

    def takes(self, turn: Turn) -> bool:
        """Whether this skill answers ``turn`` (asked only when no skill holds the conversation)."""
        ...

    def respond(self, turn: Turn) -> Reply:
        """The reply; iterating it streams the text."""
        ...


ALL_ROLES: frozenset[Role] = frozenset({"mentee", "mentor", "trainer"})
