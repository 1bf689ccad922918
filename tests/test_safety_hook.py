"""The contact hook: nothing leaves the machine unless MENTOR_SAFETY_HOOK names a command; when it
does, a crisis runs it in the background with the category, the time and a pseudonymous user id,
never the message; a failing or hanging hook is logged without content and never stops the
reply."""

from __future__ import annotations

import logging
import os
import stat
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant import cli
from assistant.agent import Agent, first_reply
from assistant.config import Settings
from assistant.conversation import Conversation
from assistant.model.fake import ScriptedChatModel
from assistant.records.store import Records
from assistant.retrieval import KnowledgeBase
from assistant.safety import hook as hook_module
from assistant.safety.hook import KEY_FILE, ContactHook, pseudonym, screening_for
from assistant.safety.screens import safety_screens

CRISIS = "I want to kill myself tonight, nobody at Halden & Co would notice"


def hook_script(folder: Path, body: str = "") -> Path:
    """A hook that writes its arguments, then its whole environment, to ``hook.out``."""
    script = folder / "alert.py"
    out = folder / "hook.out"
    script.write_text(
        "import os, sys\n"
        f"{body}\n"
        f"with open({str(out)!r}, 'w') as f:\n"
        "    f.write('\\n'.join(sys.argv[1:]) + '\\n')\n"
        "    f.write('\\n'.join(f'{k}={v}' for k, v in os.environ.items()))\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


def hooked(settings: Settings, script: Path) -> Settings:
    return settings.model_copy(update={"safety_hook": f"{sys.executable} {script}"})


def written(path: Path, within_s: float = 10.0) -> str:
    ends = time.monotonic() + within_s
    while time.monotonic() < ends:
        if path.exists() and path.read_text().count("\n") > 3:
            time.sleep(0.1)  # the script's last line
            return path.read_text()
        time.sleep(0.05)
    raise AssertionError("the hook did not run")


def test_a_crisis_runs_the_hook_with_category_time_and_pseudonym_only(
    settings: Settings, kb: KnowledgeBase, records: Records, tmp_path: Path
) -> None:
    script = hook_script(tmp_path)
    configured = hooked(settings, script)
    agent = Agent(configured, kb, records, ScriptedChatModel(script=["never used"]))
    reply = agent.respond(Conversation(user="amira"), CRISIS)
    assert reply.kind == "safety" and "112" in reply.complete()
    text = written(tmp_path / "hook.out")
    category, when, who = text.splitlines()[:3]
    assert category == "suicide"
    sent = datetime.fromisoformat(when)
    assert sent.utcoffset() == timedelta(0) and abs(datetime.now(UTC) - sent) < timedelta(minutes=1)
    assert who == pseudonym("amira", settings.data_dir / KEY_FILE) and who.startswith("u-")
    assert f"MENTOR_CRISIS_CATEGORY={category}" in text and f"MENTOR_CRISIS_USER={who}" in text
    for word in ("kill", "tonight", "Halden", "nobody", "amira"):
        assert word not in text, f"{word!r} left the machine"
    key = settings.data_dir / KEY_FILE
    assert stat.S_IMODE(key.stat().st_mode) == 0o600


def test_the_command_line_runs_the_hook_before_loading_anything(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = hook_script(tmp_path)
    monkeypatch.setenv("MENTOR_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("MENTOR_USER", "sam")
    monkeypatch.setenv("MENTOR_SAFETY_HOOK", f"{sys.executable} {script}")
    result = CliRunner().invoke(cli.app, ["ask", CRISIS])
    assert result.exit_code == 0, result.output
    text = written(tmp_path / "hook.out")
    assert text.splitlines()[2] == pseudonym("sam", settings.data_dir / KEY_FILE)
    assert "Halden" not in text


def test_the_same_person_gets_the_same_pseudonym_and_others_another(tmp_path: Path) -> None:
    key = tmp_path / KEY_FILE
    assert pseudonym("amira", key) == pseudonym("amira", key) != pseudonym("sam", key)
    assert pseudonym("amira", key) != pseudonym("amira", tmp_path / "other.key")


def test_without_a_hook_nothing_runs(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_process(*args: object, **kwargs: object) -> None:
        raise AssertionError("a process was started")

    monkeypatch.setattr(hook_module.subprocess, "Popen", no_process)
    assert settings.safety_hook == ""
    reply = first_reply(safety_screens(settings), Conversation(user="amira"), CRISIS)
    assert reply is not None and reply.kind == "safety"
    assert not (settings.data_dir / KEY_FILE).exists()


def test_a_message_that_is_no_crisis_does_not_run_the_hook(
    settings: Settings, tmp_path: Path
) -> None:
    script = hook_script(tmp_path)
    screens = safety_screens(hooked(settings, script))
    assert first_reply(screens, Conversation(user="amira"), "this deadline is killing me") is None
    time.sleep(0.5)
    assert not (tmp_path / "hook.out").exists()


def test_a_hook_that_cannot_start_is_logged_without_content(
    settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    missing = settings.model_copy(update={"safety_hook": "/no/such/alert-script --flag"})
    with caplog.at_level(logging.ERROR, logger="assistant.safety.hook"):
        reply = first_reply(safety_screens(missing), Conversation(user="amira"), CRISIS)
    assert reply is not None and reply.kind == "safety"
    assert "could not start: FileNotFoundError" in caplog.text
    for word in ("suicide", "amira", "u-", "kill"):
        assert word not in caplog.text


@pytest.mark.parametrize(
    ("body", "logged"),
    [("raise SystemExit(4)", "exit code 4"), ("import time; time.sleep(30)", "did not finish")],
    ids=["fails", "hangs"],
)
def test_a_hook_that_fails_or_hangs_is_logged_without_content(
    settings: Settings,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    body: str,
    logged: str,
) -> None:
    monkeypatch.setattr(hook_module, "TIMEOUT_S", 0.5)
    hook = ContactHook(hooked(settings, hook_script(tmp_path, body)))
    with caplog.at_level(logging.ERROR, logger="assistant.safety.hook"):
        with screening_for("amira"):
            started = time.monotonic()
            process = hook.fire("suicide")
            assert process is not None and time.monotonic() - started < 1.0, "in the background"
        ends = time.monotonic() + 10
        while logged not in caplog.text and time.monotonic() < ends:
            time.sleep(0.05)
    assert logged in caplog.text
    assert process.poll() is not None, "a hanging hook is stopped"
    for word in ("suicide", "amira", "u-"):
        assert word not in caplog.text
    assert not os.path.exists(tmp_path / "hook.out")
