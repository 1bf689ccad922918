"""Web-app handlers, called as plain functions (no browser)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from assistant.config import Settings
from assistant.retrieval import KnowledgeBase
from assistant.ui import AppServices, search_knowledge
from tests.conftest import REPO
from tests.fakes import HashingEmbedder


def test_search_renders_numbered_cited_excerpts(
    kb: KnowledgeBase, docs_dir: Path, write_guide: Callable[..., Path]
) -> None:
    write_guide("en/first.md", "Your first session", {"Preparing": "Write down three topics."})
    kb.ingest([docs_dir])
    markdown = search_knowledge(kb, "three topics", None, None)
    assert markdown.startswith("**[1] Your first session — Preparing**")
    assert "knowledge/en/first.md" in markdown


def test_empty_query_and_empty_store_give_clear_messages(kb: KnowledgeBase) -> None:
    assert (
        search_knowledge(kb, "  ", None, None)
        == "**the query is empty: type a question or some keywords**"
    )
    assert "mentor ingest" in search_knowledge(kb, "goals", None, None)


def test_the_web_apps_agent_indexes_the_bundled_guides_into_an_empty_store(
    settings: Settings, write_guide: Callable[..., Path]
) -> None:
    write_guide("en/first.md", "Your first session", {"Preparing": "Write down three topics."})
    services = AppServices(settings, lambda s: KnowledgeBase(s, embedder=HashingEmbedder()))
    agent = services.agent()
    try:
        assert agent.kb.store.collection_counts() == {"guides": 1}
        assert services.agent() is agent, "one agent per app, built once"
        assert services.session(SimpleNamespace(username=None)) == ("local", agent)
    finally:
        services.close()


def test_the_apps_warm_up_readies_the_knowledge_base_and_logs_no_detail_of_a_failure(
    settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    from assistant.ui import app as web

    warmed: list[str] = []
    ready = SimpleNamespace(
        agent=lambda: SimpleNamespace(kb=SimpleNamespace(warm_up=lambda: warmed.append("kb")))
    )
    fake = settings.model_copy(update={"llm_backend": "fake"})
    web.warm_up(fake, ready).join(timeout=10)  # type: ignore[arg-type]
    assert warmed == ["kb"]

    def broken() -> Any:
        raise RuntimeError("amira's goal text")

    with caplog.at_level("WARNING"):
        web.warm_up(fake, SimpleNamespace(agent=broken)).join(timeout=10)  # type: ignore[arg-type]
    assert "warm-up failed (RuntimeError)" in caplog.text
    assert "amira" not in caplog.text


GOALS_TAB_IDS = {
    "goals",
    "goal-picker",
    "goal-card",
    "goal-notice",
    "goal-statement",
    "goal-why",
    "goal-measures",
    "goal-target",
    "goal-first-step",
    "goal-first-step-date",
    "goal-support",
    "goal-save",
    "goal-note",
    "goal-percent",
    "goal-record",
    "goal-achieved",
    "goal-dropped",
    "goal-archived",
    "goal-active",
    "export-format",
    "export-button",
    "export-file",
}

_INSPECT_APP = """
import inspect, json
import app
from gradio import utils
print(json.dumps({
    "type": type(app.demo).__name__,
    "title": app.demo.title,
    "unresolved": sorted(
        fn.name for fn in app.demo.fns.values()
        if "request" in inspect.signature(fn.fn).parameters
        and "request" not in utils.get_type_hints(fn.fn)
    ),
    "elem_ids": sorted(b.elem_id for b in app.demo.blocks.values() if b.elem_id),
    "delete_cache": app.demo.delete_cache,
    "chained": sorted(
        [app.demo.fns[fn.trigger_after].name, fn.name]
        for fn in app.demo.fns.values()
        if fn.trigger_after is not None
    ),
}))
"""


@pytest.fixture(scope="module")
def built_app(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """What `import app` builds, inspected in a subprocess: importing gradio leaves asyncio
    loops open, which this suite would (rightly) report as leaked resources."""
    data_dir = tmp_path_factory.mktemp("app") / "data"
    result = subprocess.run(
        [sys.executable, "-c", _INSPECT_APP],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "MENTOR_DATA_DIR": str(data_dir)},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    found: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    found["data_dir_touched"] = data_dir.exists()
    return found


def test_app_py_builds_the_demo_without_side_effects(built_app: dict[str, Any]) -> None:
    """app.py is importable (Gradio's convention: a module-level `demo`) and launches nothing."""
    assert (built_app["type"], built_app["title"]) == ("Blocks", "Mentor Assistant")
    assert not built_app["data_dir_touched"], "building the app must not touch the data dir"


def test_every_web_handler_is_given_the_user(built_app: dict[str, Any]) -> None:
    """Gradio passes the request (the logged-in user) only to a parameter whose annotation it
    can resolve at run time; a handler whose annotation it cannot read is called without it."""
    assert built_app["unresolved"] == []


def test_the_goals_tab_components_have_ids_and_exports_are_cleaned_up(
    built_app: dict[str, Any],
) -> None:
    """The ids browser tests look for; Gradio deletes its copies of exported files hourly once
    an hour old, and at shutdown."""
    assert set(built_app["elem_ids"]) >= GOALS_TAB_IDS
    assert tuple(built_app["delete_cache"]) == (3600, 3600)


def test_a_signed_in_user_whose_login_was_erased_is_refused(settings: Settings) -> None:
    import gradio as gr

    from assistant.language.messages import message
    from assistant.records.logins import Logins
    from assistant.records.store import Records
    from assistant.ui.handlers import LOCAL_USER, user_of

    with Logins(settings.records_path) as logins:
        logins.add("amira", "a long passphrase")
    request = SimpleNamespace(username="amira")
    assert user_of(request, settings) == "amira"
    assert user_of(SimpleNamespace(username=None), settings) == LOCAL_USER
    with Records(settings.records_path) as records:
        records.erase_user("amira")
    with pytest.raises(gr.Error, match="no longer exists") as refused:
        user_of(request, settings)
    assert refused.value.message == message("en", "ui.signed_out")
    with pytest.raises(gr.Error, match="n'existe plus"):
        user_of(request, settings, "fr")


def test_a_chat_turn_that_saves_a_goal_refreshes_my_goals(built_app: dict[str, Any]) -> None:
    """Both ways of sending a chat message (the button, Enter) are followed by the goals
    list's refresh, which skips itself unless the turn saved a goal."""
    assert built_app["chained"].count(["on_chat", "on_chat_saved"]) == 2


def _fixed_agent(reply: Any) -> Any:
    return SimpleNamespace(respond=lambda conversation, text: reply)


def _goal() -> Any:
    from datetime import UTC, datetime

    from assistant.goals.model import Goal

    now = datetime(2027, 1, 4, tzinfo=UTC)
    return Goal(
        id="0123456789abcdef0123456789abcdef",
        owner="local",
        created_at=now,
        updated_at=now,
        statement="Give three talks",
    )


def test_the_chat_tells_which_goal_a_turn_saved() -> None:
    from assistant.reply import Reply
    from assistant.ui.handlers import chat_turn, saved_goal_id

    goal = _goal()
    saved = Reply.fixed("done", "en", "Saved.", card=goal)
    assert saved_goal_id(saved) == goal.id
    assert saved_goal_id(Reply.fixed("done", "en", "Stopped.")) is None
    assert saved_goal_id(Reply.fixed("confirm", "en", "Save it?", card=goal.draft())) is None

    seen: list[Any] = []
    turns = list(
        chat_turn(_fixed_agent(saved), None, "local", "mentee", "yes", [], on_reply=seen.append)
    )
    assert seen == [saved] and turns[-1][0][-1]["content"] == "Saved."
    seen.clear()
    failed = Reply.unavailable("en")
    list(chat_turn(_fixed_agent(failed), None, "local", "mentee", "yes", [], on_reply=seen.append))
    assert seen == [], "a failed turn saved nothing"


@pytest.mark.parametrize(("language", "heading"), [("en", "Sources"), ("fr", "Sources")])
def test_the_sources_heading_and_an_empty_search_follow_the_page(
    kb: KnowledgeBase, language: str, heading: str
) -> None:
    from assistant.language.messages import message
    from assistant.reply import Reply, Source
    from assistant.ui.handlers import sources_markdown

    source = Source(1, "Guide", "Part", "knowledge/en/guide.md", "text")
    reply = Reply.fixed("answer", "en", "An answer [1].")
    reply.sources = [source]
    assert f"<sub>**{heading}**<br>[1] Guide — Part" in sources_markdown(reply, language)
    empty = search_knowledge(kb, "  ", None, None, ui_language=language)
    assert empty == f"**{message(language, 'goals_web.empty_query')}**"
    assert (language == "fr") == ("recherche est vide" in empty)
