"""Shared fixtures: every test gets its own data dir, a clean environment and no network."""

from __future__ import annotations

import os
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from assistant.config import Settings, load_settings
from assistant.records.store import Records
from assistant.retrieval import KnowledgeBase
from tests.fakes import HashingEmbedder

REPO = Path(__file__).resolve().parents[1]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked full_model run only when MENTOR_TEST_FULL_MODEL=1 (they take minutes)."""
    if os.environ.get("MENTOR_TEST_FULL_MODEL") == "1":
        return
    skip = pytest.mark.skip(reason="opt-in: set MENTOR_TEST_FULL_MODEL=1 (make test-full)")
    for item in items:
        if "full_model" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No MENTOR_* variables or .env from the developer's machine; offline model loading."""
    for key in list(os.environ):
        if key.startswith("MENTOR_") or key in {"OPENAI_BASE_URL", "OPENAI_API_KEY"}:
            monkeypatch.delenv(key)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("ANONYMIZED_TELEMETRY", "False")
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def docs_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    return folder


@pytest.fixture
def settings(tmp_path: Path, docs_dir: Path) -> Settings:
    return load_settings(
        data_dir=tmp_path / "data", knowledge_dir=docs_dir, chunk_size=400, chunk_overlap=60
    )


@pytest.fixture
def phrased(settings: Settings) -> Settings:
    """``settings`` with grounded answers phrased by the chat model (``MENTOR_ANSWER_MODE=model``;
    the default quotes the guides): for the tests of the model's path through an answer."""
    return settings.model_copy(update={"answer_mode": "model"})


@pytest.fixture
def embedder() -> HashingEmbedder:
    return HashingEmbedder()


@pytest.fixture
def kb(settings: Settings, embedder: HashingEmbedder) -> Iterator[KnowledgeBase]:
    with KnowledgeBase(settings, embedder=embedder) as knowledge_base:
        yield knowledge_base


@pytest.fixture
def records(tmp_path: Path) -> Iterator[Records]:
    """A records store in its own SQLite file (test_records.py builds its own, with a clock)."""
    with Records(tmp_path / "records.sqlite3") as store:
        yield store


@pytest.fixture
def write_guide(docs_dir: Path) -> Callable[..., Path]:
    """Write a Markdown guide with front matter into the docs dir; returns its path."""

    def write(
        name: str,
        title: str,
        sections: dict[str, str],
        language: str = "en",
        audience: str = "[mentee, mentor, trainer]",
    ) -> Path:
        body = "\n\n".join(f"## {h}\n\n{textwrap.dedent(t).strip()}" for h, t in sections.items())
        path = docs_dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            f"---\ntitle: {title}\nlanguage: {language}\naudience: {audience}\n"
            f"topics: [test]\n---\n\n# {title}\n\n{body}\n",
            encoding="utf-8",
        )
        return path

    return write


@pytest.fixture
def indexed(kb: KnowledgeBase, docs_dir: Path, write_guide: Callable[..., Path]) -> KnowledgeBase:
    """A small knowledge base, indexed: a mentors' and a mentees' English guide, a French one."""
    write_guide(
        "en/agenda.md",
        "Session agendas",
        {
            "Opening": "Open each mentoring session with a short check-in on wellbeing.",
            "Commitments": "Review the actions the mentee committed to last time.",
        },
        audience="[mentor]",
    )
    write_guide(
        "en/choosing.md",
        "Choosing a mentor",
        {
            "Approach": "Write a short, specific message when you approach a possible mentor.",
        },
        audience="[mentee]",
    )
    write_guide(
        "fr/seance.md",
        "Structurer une séance",
        {
            "Ouverture": "Chaque séance de mentorat commence par un tour de météo personnelle.",
        },
        language="fr",
    )
    kb.ingest([docs_dir])
    return kb
