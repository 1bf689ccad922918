"""Web-app handlers: plain functions over the Python API, testable without a browser.

Every handler takes the caller's user id from the request (set by the app's login) and passes it
to the records store, which filters every query by it. The "My goals" tab's handlers are in
:mod:`assistant.ui.goal_handlers`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from typing import Any

from assistant.agent import Agent
from assistant.config import Settings
from assistant.conversation import Conversation, Role
from assistant.records.logins import LOCAL_USER, Logins
from assistant.records.store import Records
from assistant.reply import Reply
from assistant.retrieval import KnowledgeBase, QueryError, SearchFilter
from assistant.ui.goal_handlers import goal_choices as goal_choices  # kept importable from here

ChatMessages = list[dict[str, str]]
INTERNAL_ERROR = (
    "Something went wrong on our side and this message was not handled; it is back in the box, "
    "so you can send it again. / Un problème de notre côté : votre message est de retour dans "
    "la zone de saisie, vous pouvez le renvoyer."
)
log = logging.getLogger(__name__)
SIGNED_OUT = (
    "This login no longer exists (it was removed or erased): nothing was read or saved. "
    "Reload the page to sign in again. / Cet identifiant n'existe plus : rechargez la page."
)

_lock = threading.Lock()
_agents: dict[int, Agent] = {}


def shared_agent(settings: Settings) -> Agent:
    """The process's agent (knowledge base, records, model) for these settings, built on first
    use: building the app touches nothing. An empty knowledge base first gets the bundled guides."""
    with _lock:
        key = id(settings)
        if key not in _agents:
            kb = KnowledgeBase(settings)
            report = kb.index_bundled_if_empty()
            if report is not None:
                log.info("first run: indexed the bundled guides (%s)", report.summary())
            _agents[key] = Agent(settings, kb, Records(settings.records_path))
        return _agents[key]


def user_of(request: Any, settings: Settings | None = None) -> str:
    """The signed-in user's name, or the single local user when the app has no logins.

    With ``settings``, a name whose login was removed or erased since it signed in is refused:
    Gradio keeps sign-in sessions in memory, and an erased user must not come back through one.
    """
    name = getattr(request, "username", None) if request is not None else None
    if not name:
        return LOCAL_USER
    if settings is not None:
        with Logins(settings.records_path) as logins:
            if name not in logins:
                import gradio as gr

                raise gr.Error(SIGNED_OUT, print_exception=False)
    return str(name)


def chat_turn(
    agent: Agent,
    conversation: Conversation | None,
    user: str,
    role: Role,
    message: str,
    chat: ChatMessages,
) -> Iterator[tuple[ChatMessages, str, Conversation]]:
    """Stream one exchange into the chat. Yields (chat, what stays in the input box, state).

    The user's message shows at once. When the model fails, the fixed message replaces the
    partial answer; on any unexpected failure a fixed apology does. Either way the user's
    message is put back in the input box, so nothing they wrote is lost.
    """
    if conversation is None or conversation.user != user:
        conversation = Conversation(user=user, role=role)
    conversation.role = role
    chat = [*chat, {"role": "user", "content": message}, {"role": "assistant", "content": "…"}]
    yield chat, "", conversation
    try:
        reply = agent.respond(conversation, message)
        chat[-1]["content"] = ""
        for piece in reply:
            chat[-1]["content"] += piece
            yield chat, "", conversation
    except Exception as exc:  # the page must survive any bug; the log gets no personal content
        log.error("chat turn failed: %s", exc.__class__.__name__, exc_info=False)
        chat[-1]["content"] = f"⚠️ {INTERNAL_ERROR}"
        yield chat, message, conversation
        return
    if reply.failed:
        chat[-1]["content"] = f"⚠️ {reply.text}"
        yield chat, message, conversation
        return
    chat[-1]["content"] = reply.text + sources_markdown(reply)
    yield chat, "", conversation


def sources_markdown(reply: Reply) -> str:
    """The cited sources under an answer, numbered as in the text."""
    if not reply.sources:
        return ""
    lines = [f"[{s.number}] {s.label} — `{s.source}`" for s in reply.cited]
    return "\n\n<sub>**Sources**<br>" + "<br>".join(lines) + "</sub>"


def search_knowledge(
    kb: Any, query: str, language: str | None, audience: str | None, k: int = 5
) -> str:
    """Markdown for a search: numbered, cited excerpts or a clear message."""
    try:
        hits = kb.search(query, k, SearchFilter(language=language, audience=audience))
    except QueryError as exc:
        return f"**{exc}**"
    if not hits:
        return "No matching passage. Has the knowledge base been ingested? Run `mentor ingest`."
    blocks = []
    for n, hit in enumerate(hits, 1):
        where = f"{hit.title} — {hit.section}" if hit.section else hit.title
        excerpt = " ".join(hit.text.split())
        blocks.append(f"**[{n}] {where}**  \n{excerpt}  \n<sub>{hit.source}</sub>")
    return "\n\n---\n\n".join(blocks)
