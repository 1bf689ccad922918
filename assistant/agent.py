"""The agent: one turn in, one streamed reply out; routing decided by code.

Order of a turn: validate the message, run the screens (safety decisions, in code), then route:
the skill holding a guided conversation takes the turn; otherwise the first skill of the
ordered list (:func:`assistant.skills.default_skills`) that serves the user's role and takes
it. Grounded Q&A comes last and takes anything. Anything that writes data is shown first and
done only after the user confirms. The web app, the CLI and the Python API all call
:meth:`Agent.respond`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from datetime import date

from langchain_core.language_models import BaseChatModel

from assistant.config import Settings
from assistant.conversation import Conversation
from assistant.language.messages import message as say
from assistant.language.text import detect_language
from assistant.model.deadline import within
from assistant.model.llm import ModelUnavailableError, build_chat_model
from assistant.records.store import Records
from assistant.reply import Reply
from assistant.retrieval import KnowledgeBase
from assistant.retrieval.search import MAX_QUERY_CHARS
from assistant.safety.hook import screening_for
from assistant.safety.screens import Screen, safety_screens
from assistant.skills import default_skills
from assistant.skills.base import Skill, SkillContext, Turn

SkillList = Callable[[SkillContext], Sequence[Skill]]


def default_screens(settings: Settings) -> tuple[Screen, ...]:
    """The screens every agent runs unless given others: crisis, injection, then scope."""
    return safety_screens(settings)


class UnknownSkillError(LookupError):
    """:meth:`Agent.respond` was asked for a skill that is not in the agent's list."""


class Agent:
    """Routes turns to skills. Shared by every session of a process; holds no per-user state."""

    def __init__(
        self,
        settings: Settings,
        kb: KnowledgeBase,
        records: Records,
        model: BaseChatModel | Callable[[], BaseChatModel] | None = None,
        screens: Sequence[Screen] | None = None,
        today: Callable[[], date] = date.today,
        skills: SkillList = default_skills,
    ) -> None:
        self.settings = settings
        self.kb = kb
        self.records = records
        self.screens = tuple(default_screens(settings) if screens is None else screens)
        self._model = model if isinstance(model, BaseChatModel) else None
        self._model_factory: Callable[[], BaseChatModel] = (
            model
            if model is not None and not isinstance(model, BaseChatModel)
            else lambda: build_chat_model(settings)
        )
        self._model_lock = threading.Lock()
        context = SkillContext(settings, kb, records, self.model, today)
        self.skills: tuple[Skill, ...] = tuple(skills(context))

    def model(self) -> BaseChatModel:
        """The chat model, built on first use (the embedded server may still be loading)."""
        with self._model_lock:
            if self._model is None:
                self._model = self._model_factory()
            return self._model

    def skill(self, name: str) -> Skill:
        """The skill called ``name``."""
        for skill in self.skills:
            if skill.name == name:
                return skill
        raise UnknownSkillError(f"no skill named {name!r}")

    def respond(self, conversation: Conversation, message: str, skill: str | None = None) -> Reply:
        """The reply to ``message``; iterate it to stream. ``skill`` hands the turn to that
        skill by name (e.g. ``mentor goal draft``) after the same validation and screens.
        The exchange joins the conversation's history once the reply has streamed completely."""
        language = conversation.language or _language_of(conversation, message)
        with screening_for(conversation.user):  # the user a contact hook is told of
            early = _stopped(self.screens, message, language)
        if early is not None:
            return early
        message = message.strip()
        turn = Turn(conversation, message, language)
        chosen = self.skill(skill) if skill is not None else self._route(turn)
        try:
            reply = chosen.respond(turn)
        except ModelUnavailableError:
            reply = Reply.unavailable(language)
        guided = conversation.guided
        if guided is not None and guided.finished:
            conversation.guided = None
        timely = within(
            reply.pieces,
            self.settings.llm_first_token_timeout_s,
            self.settings.llm_answer_timeout_s,
        )
        reply.pieces = _remember(conversation, message, reply, timely)
        return reply

    def _route(self, turn: Turn) -> Skill:
        guided = turn.conversation.guided
        if guided is not None:
            return self.skill(guided.skill)
        for skill in self.skills:
            if turn.role in skill.roles and skill.takes(turn):
                return skill
        raise UnknownSkillError("no skill takes this turn: the list must end with one that does")


def first_reply(
    screens: Sequence[Screen], conversation: Conversation, message: str
) -> Reply | None:
    """The reply that ends a turn before any skill (an invalid message, or a screen's
    decision), or None. Commands may call it before loading anything, so a person in distress
    never waits for a model or an index."""
    language = conversation.language or _language_of(conversation, message)
    with screening_for(conversation.user):
        return _stopped(screens, message, language)


def _stopped(screens: Sequence[Screen], message: str, language: str) -> Reply | None:
    problem = _check_message(message, language)
    if problem is not None:
        return problem
    for screen in screens:
        decision = screen(message.strip(), language)
        if decision is not None:
            return decision
    return None


def _language_of(conversation: Conversation, message: str) -> str:
    """A guided conversation keeps its language; otherwise each message's own language."""
    if conversation.guided is not None:
        return conversation.guided.language
    return detect_language(message)


def _check_message(message: str, language: str) -> Reply | None:
    text = message.strip()
    if not text:
        return Reply.fixed("invalid", language, say(language, "agent.empty"))
    if len(text) > MAX_QUERY_CHARS:
        too_long = say(language, "agent.too_long", n=len(text), max=MAX_QUERY_CHARS)
        return Reply.fixed("invalid", language, too_long)
    return None


def _remember(
    conversation: Conversation, message: str, reply: Reply, pieces: Iterator[str]
) -> Iterator[str]:
    yield from pieces
    if reply.kind not in {"invalid", "safety"} and not reply.failed:  # no distress in prompts
        conversation.remember(message, reply.text)
