"""Erasure reaches every copy: after `mentor user erase`, no byte of the user's data is left in
the data directory or the system temp folder, and what the app writes is this account's only."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import uuid
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant import cli
from assistant.config import Settings
from assistant.goals.model import GoalDraft
from assistant.records.copies import exports_dir, web_cache_dir
from assistant.records.logins import Logins
from assistant.records.store import Records
from assistant.ui.goal_handlers import ExportFolder, export_goal_file

runner = CliRunner()
MAX_SCANNED = 50_000_000


def holders(root: Path, marker: bytes) -> list[Path]:
    """Files under ``root`` holding ``marker`` (in their bytes or their name). Other processes
    may add and remove files meanwhile: what vanishes or cannot be read is skipped."""
    found = []
    for folder, folders, names in os.walk(root, onerror=lambda error: None):
        found += [Path(folder, name) for name in folders if marker.decode() in name]
        for name in names:
            path = Path(folder, name)
            try:
                if marker.decode() in name or (
                    path.stat().st_size < MAX_SCANNED and marker in path.read_bytes()
                ):
                    found.append(path)
            except OSError:
                continue
    return found


@pytest.fixture
def planted(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> tuple[str, bytes]:
    """A user whose every kind of data carries one marker: goal fields, progress, login, an
    export of each format and Gradio's cached copy of it."""
    monkeypatch.setenv("MENTOR_DATA_DIR", str(settings.data_dir))
    marker = f"marker{uuid.uuid4().hex[:12]}"
    user = f"amira-{marker}"
    with Records(settings.records_path) as records:
        goal = records.save_goal(
            user,
            GoalDraft(
                statement=f"Give three talks {marker}",
                relevance=f"because {marker}",
                success_measures=[f"three talks {marker}"],
                target_date=date(2031, 6, 30),
                first_step=f"ask {marker}",
                support_needed=f"feedback {marker}",
            ),
        )
        records.record_progress(user, goal.id, f"gave one {marker}", 30)
        folder = ExportFolder(exports_dir(settings.data_dir))
        for fmt in ("md", "ics"):
            exported = Path(export_goal_file(records, user, goal.id, fmt, folder)[0] or "")
            cache = web_cache_dir(settings.data_dir) / uuid.uuid4().hex
            cache.mkdir(parents=True)
            shutil.copy(exported, cache / exported.name)  # what Gradio does before serving
    with Logins(settings.records_path) as logins:
        logins.add(user, "a long passphrase for the test")
    assert holders(settings.data_dir, marker.encode()), "the marker was planted"
    return user, marker.encode()


def test_erase_leaves_no_copy_in_the_data_dir_or_the_temp_folder(
    settings: Settings, planted: tuple[str, bytes]
) -> None:
    user, marker = planted
    result = runner.invoke(cli.app, ["user", "erase", user, "--yes"])
    assert result.exit_code == 0, result.output
    assert holders(settings.data_dir, marker) == []
    assert holders(Path(tempfile.gettempdir()), marker) == []


def test_what_the_commands_create_is_this_accounts_only(
    settings: Settings, planted: tuple[str, bytes]
) -> None:
    runner.invoke(cli.app, ["status"])  # any command makes later files private
    with Records(settings.data_dir / "again.sqlite3"):
        pass
    mode = stat.S_IMODE((settings.data_dir / "again.sqlite3").stat().st_mode)
    assert mode & 0o077 == 0, oct(mode)
    assert stat.S_IMODE(exports_dir(settings.data_dir).stat().st_mode) == 0o700


def test_the_audit_log_says_who_and_when_never_what(
    settings: Settings, planted: tuple[str, bytes]
) -> None:
    from assistant.records.audit import who

    user, marker = planted
    with Records(settings.records_path) as records:
        [goal] = records.list_goals(user)
    assert (
        runner.invoke(
            cli.app, ["user", "export", user, "-o", str(settings.data_dir / "x.json")]
        ).exit_code
        == 0
    )
    (settings.data_dir / "x.json").unlink()
    assert runner.invoke(cli.app, ["user", "erase", user, "--yes"]).exit_code == 0
    log = (settings.data_dir / "audit.log").read_text(encoding="utf-8")
    assert f"data-export {who(user)}" in log and f"erase {who(user)}" in log
    assert marker.decode() not in log and goal.statement not in log
    assert stat.S_IMODE((settings.data_dir / "audit.log").stat().st_mode) == 0o600
