"""What the web app's handlers share: one agent per app (knowledge base, records, model), built
on first use, and the one place that resolves a request to its user, their role and that agent.

Building the app touches nothing; the first request (or the launch's warm-up) builds the agent,
indexing the bundled guides into an empty store first.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from assistant.agent import Agent
from assistant.config import Settings
from assistant.conversation import Role
from assistant.records.logins import DEFAULT_ROLE, LOCAL_USER, Logins, login_role
from assistant.records.store import Records
from assistant.retrieval import KnowledgeBase
from assistant.retrieval.onnx_encoder import export_for
from assistant.ui.handlers import user_of

log = logging.getLogger(__name__)


def open_web_agent(
    settings: Settings, knowledge_base: Callable[[Settings], KnowledgeBase]
) -> Agent:
    """The agent of a web app; an empty knowledge base first gets the bundled guides."""
    kb = knowledge_base(settings)
    report = kb.index_bundled_if_empty()
    if report is not None:
        log.info("first run: indexed the bundled guides (%s)", report.summary())
        if export_for(settings, kb.embedder) is not None:
            log.info("embedding model exported for ONNX Runtime: later starts are faster")
    return Agent(settings, kb, Records(settings.records_path))


class AppServices:
    """One app's agent and request resolution (no per-user state: that is in each session)."""

    def __init__(
        self,
        settings: Settings,
        knowledge_base: Callable[[Settings], KnowledgeBase] = KnowledgeBase,
    ) -> None:
        self.settings = settings
        self._knowledge_base = knowledge_base
        self._agent: Agent | None = None
        self._lock = threading.Lock()

    def agent(self) -> Agent:
        """The app's agent, built once, on first use."""
        with self._lock:
            if self._agent is None:
                self._agent = open_web_agent(self.settings, self._knowledge_base)
            return self._agent

    def session(self, request: Any, language: str = "en") -> tuple[str, Agent]:
        """The request's user (refused, in ``language``, if their login is gone) and the agent."""
        return user_of(request, self.settings, language), self.agent()

    def role(self, request: Any, language: str = "en") -> tuple[str, Role]:
        """The request's user (as :meth:`session`) and their role, read from the records file
        on every call, never from the browser: a role changed meanwhile counts at once. The
        single local user of an app without logins is a trainer (whoever runs it owns the data
        directory and could run `mentor ingest` anyway); a role that cannot be read is the
        least one, mentee (fail closed)."""
        user = user_of(request, self.settings, language)
        if user == LOCAL_USER:
            with Logins(self.settings.records_path) as logins:
                return user, "trainer" if logins.count() == 0 else DEFAULT_ROLE
        return user, login_role(self.settings.records_path, user) or DEFAULT_ROLE

    def close(self) -> None:
        """Close the agent's knowledge base and records, if built."""
        with self._lock:
            if self._agent is not None:
                self._agent.records.close()
                self._agent.kb.close()
                self._agent = None
