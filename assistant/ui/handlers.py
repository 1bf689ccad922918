"""Web-app handlers: plain functions over the Python API, testable without a browser.

Every handler takes the caller's user id from the request (set by the app's login) and passes it
to the records store, which filters every query by it; its texts are in the language the user
picked. The "My goals" tab's handlers are in :mod:`assistant.ui.goal_handlers`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Any

from assistant.agent import Agent
from assistant.config import Settings
from assistant.conversation import STANCES, Conversation, Role
from assistant.goals.model import Goal
from assistant.language.messages import message
from assistant.records.logins import LOCAL_USER, Logins
from assistant.reply import Reply
from assistant.retrieval import QueryError, SearchFilter

ChatMessages = list[dict[str, str]]
log = logging.getLogger(__name__)


def user_of(request: Any, settings: Settings | None = None, language: str = "en") -> str:
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

                raise gr.Error(message(language, "ui.signed_out"), print_exception=False)
    return str(name)


def chat_turn(
    agent: Agent,
    conversation: Conversation | None,
    user: str,
    role: Role,
    text: str,
    chat: ChatMessages,
    language: str = "en",
    stance: str | None = None,
    on_reply: Callable[[Reply], None] | None = None,
    collection: str | None = None,
) -> Iterator[tuple[ChatMessages, str, Conversation]]:
    """Stream one exchange into the chat. Yields (chat, what stays in the input box, state).

    ``stance`` is the stance picked in the page ("coaching", "mentoring"; "auto" or None:
    whatever the conversation holds); asking for a stance in the chat changes it too.
    ``collection`` keeps answers to one collection (a programme's documents); None or "": all.
    ``on_reply`` is given the reply once it has streamed in full (not when it failed), before
    the last yield: the app learns from it whether the turn saved a goal (:func:`saved_goal_id`).

    The user's message shows at once. When the model fails, the fixed message replaces the
    partial answer; on any unexpected failure a fixed apology does. Either way the user's
    message is put back in the input box, so nothing they wrote is lost.
    """
    if conversation is None or conversation.user != user:
        conversation = Conversation(user=user, role=role)
    conversation.role = role
    conversation.collection = collection or None
    for picked in STANCES:
        if stance == picked and conversation.stance != picked:
            conversation.stance, conversation.coaching_turns = picked, 0
    if stance == "auto":
        conversation.stance = None
    chat = [*chat, {"role": "user", "content": text}, {"role": "assistant", "content": "…"}]
    yield chat, "", conversation
    try:
        reply = agent.respond(conversation, text)
        chat[-1]["content"] = ""
        for piece in reply:
            chat[-1]["content"] += piece
            yield chat, "", conversation
    except Exception as exc:  # the page must survive any bug; the log gets no personal content
        log.error("chat turn failed: %s", exc.__class__.__name__, exc_info=False)
        chat[-1]["content"] = f"⚠️ {message(language, 'ui.internal_error')}"
        yield chat, text, conversation
        return
    if reply.failed:
        chat[-1]["content"] = f"⚠️ {reply.text}"
        yield chat, text, conversation
        return
    chat[-1]["content"] = reply.text + sources_markdown(reply, language)
    if on_reply is not None:
        on_reply(reply)
    yield chat, "", conversation


def saved_goal_id(reply: Reply) -> str | None:
    """The id of the goal a reply saved (a confirmed goal card, kind "done"), else None."""
    if reply.kind == "done" and isinstance(reply.card, Goal):
        return reply.card.id
    return None


def sources_markdown(reply: Reply, language: str | None = None) -> str:
    """The cited sources under an answer, numbered as in the text; the heading in ``language``
    (the page's; by default the answer's)."""
    if not reply.sources:
        return ""
    heading = message(language or reply.language, "goals_web.sources")
    lines = [f"[{s.number}] {s.label} — `{s.source}`" for s in reply.cited]
    return f"\n\n<sub>**{heading}**<br>" + "<br>".join(lines) + "</sub>"


def search_knowledge(
    kb: Any,
    query: str,
    language: str | None,
    audience: str | None,
    k: int = 5,
    ui_language: str = "en",
) -> str:
    """Markdown for a search: numbered, cited excerpts or a clear message."""
    if not (query or "").strip():
        return f"**{message(ui_language, 'goals_web.empty_query')}**"
    try:
        hits = kb.search(query, k, SearchFilter(language=language, audience=audience))
    except QueryError as exc:  # too long: the search box stops that before it is sent
        return f"**{exc}**"
    if not hits:
        return message(ui_language, "ui.search.no_hit")
    blocks = []
    for n, hit in enumerate(hits, 1):
        where = f"{hit.title} — {hit.section}" if hit.section else hit.title
        excerpt = " ".join(hit.text.split())
        blocks.append(f"**[{n}] {where}**  \n{excerpt}  \n<sub>{hit.source}</sub>")
    return "\n\n---\n\n".join(blocks)
