"""Documents ingested while the app runs are searchable without a restart, and never make a
chat turn fail: by a second knowledge base in this process, and by a real second process (as
`mentor ingest` beside the web app), whose writes an embedded Chroma here does not see until
the store is reopened (the chat turn used to fail with "Error finding id")."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from assistant.agent import Agent
from assistant.config import Settings
from assistant.conversation import Conversation
from assistant.model.fake import ScriptedChatModel
from assistant.records.store import Records
from assistant.retrieval import KnowledgeBase
from assistant.retrieval.search import _VERSION_TTL_S
from tests.conftest import REPO
from tests.fakes import HashingEmbedder

QUESTION = "Where do I collect the zorblax parking badge?"
HANDBOOK = """---
title: Programme handbook
language: en
audience: [mentee, mentor, trainer]
---

# Programme handbook

## Parking

The zorblax parking badge is collected from the reception desk on Tuesdays.
"""


@pytest.fixture
def running(
    kb: KnowledgeBase, records: Records, settings: Settings, write_guide: Callable[..., Path]
) -> Agent:
    """The app's agent over the guides, having answered once (its indexes are loaded)."""
    for n in range(12):  # enough entries that Chroma builds a vector index, not a flat scan
        write_guide(
            f"en/guide-{n}.md",
            f"Guide {n}",
            {
                f"Part {p}": f"Mentors listen and ask open questions, part {n}.{p}."
                for p in range(4)
            },
        )
    kb.ingest([settings.knowledge_dir])
    # no [n] in the answers: code cites the source each sentence rests on, wherever it ranks
    model = ScriptedChatModel(
        script=["Ask open questions."]
        + ["It is collected from the reception desk on Tuesdays."] * 4
    )
    agent = Agent(settings, kb, records, model)
    first = agent.respond(Conversation(user="u1"), "How should a mentor listen?")
    assert not first.failed and first.complete()
    return agent


def ask(agent: Agent) -> tuple[str, list[str]]:
    reply = agent.respond(Conversation(user="u1"), QUESTION)
    text = reply.complete()
    assert not reply.failed and reply.kind != "internal-error", text
    return text, [source.source for source in reply.cited]


def test_a_document_ingested_by_another_knowledge_base_is_cited_at_once(
    running: Agent, settings: Settings, tmp_path: Path
) -> None:
    handbook = tmp_path / "handbook.md"
    handbook.write_text(HANDBOOK, encoding="utf-8")
    with KnowledgeBase(settings, embedder=HashingEmbedder()) as other:
        report = other.ingest([handbook], "programme")
    assert report.count("added") == 1
    _, cited = ask(running)
    assert str(handbook.resolve()) in cited


def test_a_document_ingested_by_another_process_is_cited_and_the_turn_does_not_fail(
    running: Agent, settings: Settings, tmp_path: Path
) -> None:
    handbook = tmp_path / "handbook.md"
    handbook.write_text(HANDBOOK, encoding="utf-8")
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from assistant.config import load_settings
        from assistant.retrieval import KnowledgeBase
        from tests.fakes import HashingEmbedder
        settings = load_settings(data_dir=Path({str(settings.data_dir)!r}),
                                 knowledge_dir=Path({str(settings.knowledge_dir)!r}))
        with KnowledgeBase(settings, embedder=HashingEmbedder()) as kb:
            print(kb.ingest([Path({str(handbook)!r})], "programme").count("added"))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0 and done.stdout.strip() == "1", done.stderr
    ask(running)  # at once, while the cached indexes are trusted: the turn must not fail
    time.sleep(_VERSION_TTL_S + 0.1)  # then the version check runs and the new index is used
    _, cited = ask(running)
    assert str(handbook.resolve()) in cited


def test_removing_a_source_takes_it_out_of_answers_and_search(
    kb: KnowledgeBase, settings: Settings, tmp_path: Path
) -> None:
    handbook = tmp_path / "handbook.md"
    handbook.write_text(HANDBOOK, encoding="utf-8")
    kb.ingest([handbook], "programme")
    version = kb.store.version()
    source = str(handbook.resolve())
    assert source in {hit.source for hit in kb.search("zorblax parking badge")}
    assert kb.remove_source(source, "programme") == 1
    assert kb.store.version() != version, "readers elsewhere notice"
    assert source not in {hit.source for hit in kb.search("zorblax parking badge")}
    assert kb.remove_source(source, "programme") == 0
