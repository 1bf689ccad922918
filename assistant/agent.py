"""The agent entry point: one turn in, one streamed reply out; routing decided by code.

Order of a turn: validate the message, run the screens (safety decisions, in code), then route:
an active guided conversation (goal coaching, including its pending goal card) first, then a
request for one, then grounded Q&A. Anything that writes data is shown first and done only
after the user confirms. The web app and the CLI are thin shells over :meth:`Agent.respond`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from langchain_core.language_models import BaseChatModel

from assistant.config import Settings
from assistant.language.intents import wants_goal_coaching
from assistant.language.text import detect_language
from assistant.model.llm import ModelUnavailableError, build_chat_model
from assistant.records.store import Records
from assistant.reply import Reply
from assistant.retrieval import KnowledgeBase
from assistant.retrieval.search import MAX_QUERY_CHARS
from assistant.skills.coach import CoachState, GoalCoach, coach_language
from assistant.skills.qa import answer_question

Role = Literal["mentee", "mentor", "trainer"]
ROLES: tuple[Role, ...] = ("mentee", "mentor", "trainer")
HISTORY_KEPT = 50  # exchanges a session remembers (prompts use fewer: settings.history_turns)
Screen = Callable[[str, str], Reply | None]
"""A check run on every message before routing: returns a reply to stop the turn, or None."""

_EMPTY = {
    "en": "Your message is empty: type a question, or what you would like to work on.",
    "fr": "Votre message est vide : écrivez une question, ou ce sur quoi vous voulez avancer.",
}
_TOO_LONG = {
    "en": "Your message is {n} characters long; please keep it under {max} (nothing was sent).",
    "fr": "Votre message fait {n} caractères ; gardez-le sous {max} (rien n'a été envoyé).",
}


@dataclass
class Conversation:
    """One user's chat session. Per-session state lives here, never on shared objects."""

    user: str
    role: Role = "mentee"
    language: str | None = None  # forced answer language; None: the language of each message
    history: list[tuple[str, str]] = field(default_factory=list)
    coach: CoachState | None = None


class Agent:
    """Routes turns to skills. Shared by every session of a process; holds no per-user state."""

    def __init__(
        self,
        settings: Settings,
        kb: KnowledgeBase,
        records: Records,
        model: BaseChatModel | Callable[[], BaseChatModel] | None = None,
        screens: Sequence[Screen] = (),
        today: Callable[[], date] = date.today,
    ) -> None:
        self.settings = settings
        self.kb = kb
        self.records = records
        self.screens = tuple(screens)
        self._model = model if isinstance(model, BaseChatModel) else None
        self._model_factory: Callable[[], BaseChatModel] = (
            model
            if model is not None and not isinstance(model, BaseChatModel)
            else lambda: build_chat_model(settings)
        )
        self._model_lock = threading.Lock()
        self.coach = GoalCoach(self.model, kb, records, today)

    def model(self) -> BaseChatModel:
        """The chat model, built on first use (the embedded server may still be loading)."""
        with self._model_lock:
            if self._model is None:
                self._model = self._model_factory()
            return self._model

    def respond(self, conversation: Conversation, message: str) -> Reply:
        """The reply to ``message``; iterate it to stream. The exchange joins the conversation's
        history once the reply has streamed completely."""
        language = conversation.language or _language_of(conversation, message)
        problem = _check_message(message, language)
        if problem is not None:
            return problem
        message = message.strip()
        for screen in self.screens:
            decision = screen(message, language)
            if decision is not None:
                return decision
        try:
            reply = self._route(conversation, message, language)
        except ModelUnavailableError:
            reply = Reply.unavailable(language)
        reply.pieces = _remember(conversation, message, reply, reply.pieces)
        return reply

    def coach_goal(
        self, conversation: Conversation, message: str, language: str | None = None
    ) -> Reply:
        """Start a goal-coaching conversation; ``message`` may already state the aim."""
        chosen = language or _language_of(conversation, message)
        conversation.coach = CoachState(language=coach_language(chosen))
        return self.coach.start(conversation.coach, message)

    def _route(self, conversation: Conversation, message: str, language: str) -> Reply:
        if conversation.coach is not None:
            reply = self.coach.step(conversation.coach, conversation.user, message)
            if conversation.coach.finished:
                conversation.coach = None
            return reply
        if wants_goal_coaching(message):
            return self.coach_goal(conversation, message, language)
        return answer_question(
            message,
            self.kb,
            self.model(),
            language,
            conversation.history,
            self.settings.history_turns,
        )


def _language_of(conversation: Conversation, message: str) -> str:
    """A guided conversation keeps its language; otherwise each message's own language."""
    if conversation.coach is not None:
        return conversation.coach.language
    return detect_language(message)


def _check_message(message: str, language: str) -> Reply | None:
    text = message.strip()
    if not text:
        return Reply.fixed("invalid", language, _EMPTY[language])
    if len(text) > MAX_QUERY_CHARS:
        template = _TOO_LONG[language]
        return Reply.fixed("invalid", language, template.format(n=len(text), max=MAX_QUERY_CHARS))
    return None


def _remember(
    conversation: Conversation, message: str, reply: Reply, pieces: Iterator[str]
) -> Iterator[str]:
    yield from pieces
    if reply.kind != "invalid" and not reply.failed:
        conversation.history.append((message, reply.text))
        del conversation.history[:-HISTORY_KEPT]
