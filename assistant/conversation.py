"""One user's chat session: who they are, their role, the language, history and the guided
conversation in progress. Per-session state lives here, never on shared objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Protocol

Role = Literal["mentee", "mentor", "trainer"]
Stance = Literal["coaching", "mentoring"]
STANCES: tuple[Stance, ...] = ("coaching", "mentoring")
ROLES: tuple[Role, ...] = ("mentee", "mentor", "trainer")
HISTORY_KEPT = 50  # exchanges a session remembers (prompts use fewer: settings.history_turns)


class GuidedState(Protocol):
    """The state of a guided conversation (goal coaching, a role-play...), kept on the
    :class:`Conversation` while its skill holds the conversation."""

    @property
    def skill(self) -> str:
        """The name of the skill that holds the conversation and takes every turn."""
        ...

    @property
    def language(self) -> str:
        """A guided conversation keeps the language it started in."""
        ...

    @property
    def finished(self) -> bool:
        """Set by the skill when the conversation is over; the agent then lets go of it."""
        ...


@dataclass
class Conversation:
    """One user's chat session."""

    user: str
    role: Role = "mentee"
    language: str | None = None  # forced answer language; None: the language of each message
    history: list[tuple[str, str]] = field(default_factory=list)
    guided: GuidedState | None = None
    stance: Stance | None = None  # set when the user asks for one; kept until asked again
    coaching_turns: int = 0  # open questions asked in the coaching stance so far
    collection: str | None = None  # answers only from this collection; None: every collection

    def remember(self, message: str, answer: str) -> None:
        """Add an exchange; only the last :data:`HISTORY_KEPT` are kept."""
        self.history.append((message, answer))
        del self.history[:-HISTORY_KEPT]
