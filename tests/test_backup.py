"""Backup and restore: a consistent copy of the records (and the embedded vector store) taken
while another connection is using them, and brought back over later changes."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant import cli
from assistant.cli import common as cli_common
from assistant.config import Settings
from assistant.goals.model import GoalDraft
from assistant.records.store import Records
from assistant.retrieval import KnowledgeBase
from tests.fakes import HashingEmbedder

runner = CliRunner()


@pytest.fixture(autouse=True)
def env(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MENTOR_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("MENTOR_KNOWLEDGE_DIR", str(settings.knowledge_dir))
    monkeypatch.setattr(
        cli_common, "KnowledgeBase", lambda s: KnowledgeBase(s, embedder=HashingEmbedder())
    )


def test_a_backup_taken_while_in_use_restores_over_later_changes(
    settings: Settings, tmp_path: Path, write_guide
) -> None:
    write_guide("en/first.md", "First session", {"Preparing": "Write three topics."})
    assert runner.invoke(cli.app, ["ingest"]).exit_code == 0
    with Records(settings.records_path) as app:  # the app's connection stays open throughout
        kept = app.save_goal("amira", GoalDraft(statement="Give three talks by June"))
        folder = tmp_path / "backup"
        result = runner.invoke(cli.app, ["backup", str(folder)])
        assert result.exit_code == 0, result.output
        assert "records and vector store" in result.stderr
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        app.save_goal("amira", GoalDraft(statement="A goal made after the backup"))
        app.erase_user("amira")
        result = runner.invoke(cli.app, ["restore", str(folder), "--yes"])
        assert result.exit_code == 0, result.output
        assert [g.id for g in app.list_goals("amira")] == [kept.id], "seen by the open connection"
    status = runner.invoke(cli.app, ["status"])
    assert "collection guides" in status.stdout and "records file" in status.stdout


def test_backup_refuses_a_folder_with_files_and_restore_a_folder_that_is_no_backup(
    tmp_path: Path,
) -> None:
    used = tmp_path / "used"
    used.mkdir()
    (used / "x.txt").write_text("mine")
    result = runner.invoke(cli.app, ["backup", str(used)])
    assert result.exit_code == 2 and "give a new folder" in " ".join(result.stderr.split())
    result = runner.invoke(cli.app, ["restore", str(used), "--yes"])
    assert result.exit_code == 2
    assert "not a Mentor Assistant backup" in " ".join(result.stderr.split())
