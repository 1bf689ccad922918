"""Web-app handlers, called as plain functions (no browser)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from assistant.retrieval import KnowledgeBase
from assistant.ui import search_knowledge
from tests.conftest import REPO


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


def test_app_py_builds_the_demo_without_side_effects(tmp_path: Path) -> None:
    """app.py is importable (Gradio's convention: a module-level `demo`) and launches nothing.

    Run in a subprocess: importing gradio leaves asyncio loops open, which this suite would
    (rightly) report as leaked resources.
    """
    code = "import app; print(type(app.demo).__name__, app.demo.title)"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "MENTOR_DATA_DIR": str(tmp_path / "data")},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Blocks Mentor Assistant"
    assert not (tmp_path / "data").exists(), "building the app must not touch the data dir"
