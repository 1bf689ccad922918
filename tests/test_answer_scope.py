"""Answers restricted to the programme's own documents (issue 13: "answers can be restricted
to the programme's documents or prefer them"): by default every collection is searched, the
programme's own passages first; a conversation, `mentor ask -c NAME` or the web chat's "answer
from" picker keeps answers to one collection."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli import app as cli_app
from assistant.cli import common as cli_common
from assistant.conversation import Conversation
from assistant.model.fake import ScriptedChatModel
from assistant.retrieval import KnowledgeBase
from assistant.skills.qa import answer_question
from assistant.ui.chat_tab import EVERY_COLLECTION, collection_choices
from assistant.ui.handlers import chat_turn
from tests.fakes import HashingEmbedder

HANDBOOK = "Tremplin handbook"
SAID = "Mentors of the Tremplin programme meet their mentee every three weeks [1]."


@pytest.fixture
def both(
    kb: KnowledgeBase, tmp_path: Path, docs_dir: Path, write_guide: Callable[..., Path]
) -> KnowledgeBase:
    """The bundled-style guides in the default collection, a programme handbook in its own."""
    write_guide(
        "en/sessions.md",
        "Structuring sessions",
        {"Cadence": "Most pairs meet every two to four weeks for about an hour."},
    )
    kb.ingest([docs_dir])
    handbook = tmp_path / "handbook"
    handbook.mkdir()
    (handbook / "tremplin.md").write_text(
        f"---\ntitle: {HANDBOOK}\nlanguage: en\n---\n\n# {HANDBOOK}\n\n## Meetings\n\n"
        "Mentors of the Tremplin programme meet their mentee every three weeks, at the "
        "programme's offices or by video.\n",
        encoding="utf-8",
    )
    kb.ingest([handbook], "tremplin")
    return kb


def test_by_default_every_collection_is_searched(both: KnowledgeBase) -> None:
    reply = answer_question(
        "How often do mentors meet their mentee in the Tremplin programme?",
        both,
        ScriptedChatModel(script=[SAID]),
        language="en",
    )
    reply.complete()
    assert reply.sources[0].title == HANDBOOK, "the programme's own passage comes first"


def test_restricted_to_the_programmes_collection_only_its_documents_answer(
    both: KnowledgeBase,
) -> None:
    question = "How often do mentors meet their mentee?"
    titles = {}
    for collection in (None, "tremplin"):
        reply = answer_question(
            question, both, ScriptedChatModel(script=[SAID]), "en", collection=collection
        )
        reply.complete()
        titles[collection] = {source.title for source in reply.sources}
    assert titles[None] == {HANDBOOK, "Structuring sessions"}, "every collection by default"
    assert titles["tremplin"] == {HANDBOOK}


def test_a_question_only_other_collections_answer_is_not_covered_when_restricted(
    both: KnowledgeBase,
) -> None:
    reply = answer_question(
        "What does a mentoring agreement contain?",
        both,
        ScriptedChatModel(),
        language="en",
        collection="tremplin",
    )
    assert reply.kind == "not_covered" and not reply.sources


def test_the_web_chat_passes_the_picked_collection_to_the_conversation(
    settings, both: KnowledgeBase, records
) -> None:
    from assistant.agent import Agent

    agent = Agent(settings, both, records, ScriptedChatModel(script=[SAID]))
    *_, (_, _, conversation) = chat_turn(
        agent, None, "amira", "mentee", "How often do pairs meet?", [], collection="tremplin"
    )
    assert conversation.collection == "tremplin"
    *_, (_, _, conversation) = chat_turn(
        agent, conversation, "amira", "mentee", "And then?", [], collection=EVERY_COLLECTION
    )
    assert conversation.collection is None, "every collection again"


def test_the_picker_offers_every_collection_or_one_of_the_programmes() -> None:
    choices = collection_choices("fr", ["guides", "tremplin"], default="guides")
    assert choices == [
        ("tous les documents (ceux du programme d’abord)", ""),
        ("seulement « tremplin »", "tremplin"),
    ]
    assert Conversation(user="a").collection is None


def test_mentor_ask_names_the_collections_when_the_one_given_does_not_exist(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, docs_dir: Path, write_guide
) -> None:
    monkeypatch.setenv("MENTOR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("MENTOR_KNOWLEDGE_DIR", str(docs_dir))
    monkeypatch.setenv("MENTOR_LLM_BACKEND", "fake")
    monkeypatch.setattr(
        cli_common, "KnowledgeBase", lambda s: KnowledgeBase(s, embedder=HashingEmbedder())
    )
    write_guide("en/sessions.md", "Structuring sessions", {"Cadence": "Meet every two weeks."})
    runner = CliRunner()
    assert runner.invoke(cli_app, ["ingest"]).exit_code == 0
    result = runner.invoke(cli_app, ["ask", "How often do pairs meet?", "-c", "nope"])
    assert result.exit_code == 2
    assert "no collection 'nope'" in result.output and "collections:" in result.output
