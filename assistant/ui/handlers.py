"""Web-app handlers: plain functions over the Python API, testable without a browser.

Every handler takes the caller's user id from the request (set by the app's login) and passes it
to the records store, which filters every query by it.
"""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from assistant.agent import Agent, Conversation, Role
from assistant.config import Settings
from assistant.goal_export import format_date, goal_ics, goal_markdown
from assistant.goals import Goal, GoalStatus
from assistant.records import GoalNotFound, Records
from assistant.reply import Reply
from assistant.retrieval import KnowledgeBase, QueryError, SearchFilter

ChatMessages = list[dict[str, str]]
LOCAL_USER = "local"  # the one user of an app started without logins (bound to 127.0.0.1)

_lock = threading.Lock()
_agents: dict[int, Agent] = {}


def shared_agent(settings: Settings) -> Agent:
    """The process's agent (knowledge base, records, model) for these settings, built on first
    use: building the app touches nothing."""
    with _lock:
        key = id(settings)
        if key not in _agents:
            kb = KnowledgeBase(settings)
            _agents[key] = Agent(settings, kb, Records(settings.records_path))
        return _agents[key]


def user_of(request: Any) -> str:
    """The logged-in user's name, or the single local user when the app has no logins."""
    name = getattr(request, "username", None) if request is not None else None
    return str(name) if name else LOCAL_USER


def chat_turn(
    agent: Agent,
    conversation: Conversation | None,
    user: str,
    role: Role,
    message: str,
    chat: ChatMessages,
) -> Iterator[tuple[ChatMessages, str, Conversation]]:
    """Stream one exchange into the chat. Yields (chat, what stays in the input box, state).

    When the model fails, the fixed message replaces the partial answer and the user's message
    is put back in the input box, so nothing they wrote is lost.
    """
    if conversation is None or conversation.user != user:
        conversation = Conversation(user=user, role=role)
    conversation.role = role
    chat = [*chat, {"role": "user", "content": message}, {"role": "assistant", "content": ""}]
    reply = agent.respond(conversation, message)
    for piece in reply:
        chat[-1]["content"] += piece
        yield chat, "", conversation
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


def goals_markdown(records: Records, user: str, include_archived: bool = False) -> str:
    """The user's goals as a Markdown list (their own goals only)."""
    statuses = list(GoalStatus) if include_archived else None
    goals = records.list_goals(user, statuses)
    if not goals:
        return (
            "No goals yet: say “help me set a goal” in the chat. / Aucun objectif pour l'instant."
        )
    rows = [_goal_line(goal) for goal in goals]
    return "\n".join(rows)


def _goal_line(goal: Goal) -> str:
    target = format_date(goal.target_date, goal.language) if goal.target_date else "—"
    done = f" · {goal.percent} %" if goal.percent is not None else ""
    return f"- **{goal.statement}** — {target} · {goal.status.value}{done} · `{goal.id[:8]}`"


def goal_choices(records: Records, user: str) -> list[tuple[str, str]]:
    """(label, id) pairs for a goal picker."""
    return [(g.statement[:80], g.id) for g in records.list_goals(user, list(GoalStatus))]


def export_goal(records: Records, user: str, goal_id: str | None, fmt: str) -> str | None:
    """Write the goal as ``.md`` or ``.ics`` into a fresh temporary folder; returns the path."""
    if not goal_id:
        return None
    try:
        goal = records.get_goal(user, goal_id)
    except GoalNotFound:
        return None
    folder = Path(tempfile.mkdtemp(prefix="mentor-export-"))
    if fmt == "ics":
        path = folder / "goal.ics"
        path.write_text(goal_ics(goal, datetime.now(UTC)), encoding="utf-8", newline="")
    else:
        path = folder / "goal.md"
        path.write_text(goal_markdown(goal), encoding="utf-8")
    return str(path)


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
