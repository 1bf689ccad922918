"""A damaged records file is found and named: `mentor status` checks it, and a command that meets
the damage says what happened and how to recover, instead of a database error."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant import cli
from assistant.config import Settings
from assistant.goals.model import GoalDraft
from assistant.records.schema import integrity
from assistant.records.store import Records

runner = CliRunner()


@pytest.fixture
def damaged(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A records file with many goals whose middle pages were overwritten."""
    monkeypatch.setenv("MENTOR_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("MENTOR_USER", "amira")
    with Records(settings.records_path) as records:
        for n in range(300):
            draft = GoalDraft(
                statement=f"Give {n} talks " + "x" * 300, target_date=date(2031, 1, 1)
            )
            records.save_goal("amira", draft)
    assert integrity(settings.records_path) == "ok"
    data = bytearray(settings.records_path.read_bytes())
    middle = len(data) // 2 - len(data) // 2 % 4096
    data[middle : middle + 8192] = b"\xff" * 8192  # two pages in the middle
    settings.records_path.write_bytes(bytes(data))
    return settings.records_path


def test_the_integrity_check_finds_the_damage(damaged: Path) -> None:
    assert integrity(damaged) != "ok"


def test_status_says_the_records_file_is_damaged(damaged: Path) -> None:
    result = runner.invoke(cli.app, ["status"])
    assert result.exit_code == 1, result.output
    assert "damaged" in result.stdout and "restore a backup" in result.stdout


def test_a_command_that_meets_the_damage_says_how_to_recover(damaged: Path) -> None:
    result = runner.invoke(cli.app, ["goal", "list", "--json"])
    assert result.exit_code == 2
    assert "records file is damaged" in result.stderr and "restore a backup" in result.stderr
    assert "Traceback" not in result.output
