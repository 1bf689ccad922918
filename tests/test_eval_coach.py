"""The scripted goal-coaching eval, run in CI with the fake model: every persona must reach a
confirmed SMART goal within the turn budget."""

from __future__ import annotations

from pathlib import Path

from assistant.agent import Agent
from assistant.config import BUNDLED_KNOWLEDGE_DIR, load_settings
from assistant.model.fake import ScriptedChatModel
from assistant.retrieval import KnowledgeBase
from evals.eval_coach import TODAY, report, run
from tests.fakes import HashingEmbedder


def test_every_persona_reaches_a_confirmed_smart_goal(tmp_path: Path, capsys) -> None:
    settings = load_settings(data_dir=tmp_path / "data")
    with KnowledgeBase(settings, embedder=HashingEmbedder()) as kb:
        kb.ingest([BUNDLED_KNOWLEDGE_DIR])
        model = ScriptedChatModel(script=["Here are two options to consider [1]."])
        outcomes = run(
            lambda records: Agent(settings, kb, records, model, today=lambda: TODAY),
            settings.records_path,
        )
    status = report(outcomes)
    table = capsys.readouterr().out
    assert status == 0, table
    assert len(outcomes) >= 8 and {o.persona for o in outcomes if o.turns <= 14} == {
        o.persona for o in outcomes
    }
