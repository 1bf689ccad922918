"""Logins carry a role (mentee, mentor, trainer), kept in the records file (schema version 5):
`mentor user add NAME --role R`, `mentor user list` and `mentor user role`; a login from before
roles existed works on as a mentee; the web app reads the role from the file on every request,
never from the browser."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import SimpleNamespace

import pytest
from typer.testing import CliRunner

from assistant import cli
from assistant.config import Settings
from assistant.records import schema
from assistant.records.logins import LoginError, Logins, login_role
from assistant.records.store import Records
from assistant.ui.services import AppServices

PASSWORD = "correct horse battery"
runner = CliRunner()


def signed_in(name: str | None) -> SimpleNamespace:
    """What Gradio hands a handler: the request, with the signed-in login's name."""
    return SimpleNamespace(username=name)


def test_a_login_is_a_mentee_unless_given_another_role(settings: Settings) -> None:
    with Logins(settings.records_path) as logins:
        logins.add("amira", PASSWORD)
        logins.add("tina", PASSWORD, role="trainer")
        logins.add("marc", PASSWORD, role="mentor")
        assert logins.roles() == {"amira": "mentee", "marc": "mentor", "tina": "trainer"}
        logins.set_role("amira", "mentor")
        assert logins.role("amira") == "mentor"
        with pytest.raises(LoginError, match="mentee, mentor, trainer"):
            logins.add("zoe", PASSWORD, role="admin")
        assert "zoe" not in logins, "a bad role adds nothing"
        with pytest.raises(LoginError, match="mentee, mentor, trainer"):
            logins.set_role("amira", "admin")
    assert login_role(settings.records_path, "tina") == "trainer"
    assert login_role(settings.records_path, "nobody") is None


def test_a_login_from_before_roles_keeps_working_as_a_mentee(settings: Settings) -> None:
    with Logins(settings.records_path) as logins:
        logins.add("amira", PASSWORD)
    db = sqlite3.connect(settings.records_path)  # as a version-4 file: no roles table
    db.execute("DROP TABLE login_roles")
    db.execute("PRAGMA user_version = 4")
    db.commit()
    db.close()
    with Logins(settings.records_path) as logins:
        assert logins.verify("amira", PASSWORD)
        assert logins.role("amira") == "mentee"
    raw = sqlite3.connect(settings.records_path)
    assert raw.execute("PRAGMA user_version").fetchone() == (schema.SCHEMA_VERSION,) == (5,)
    raw.close()


def test_removing_or_erasing_a_login_removes_its_role(settings: Settings) -> None:
    with Logins(settings.records_path) as logins:
        logins.add("tina", PASSWORD, role="trainer")
        logins.remove("tina")
        logins.add("tina", PASSWORD)
        assert logins.role("tina") == "mentee", "a new login starts from the default"
        logins.set_role("tina", "trainer")
    with Records(settings.records_path) as records:
        records.erase_user("tina")
    raw = sqlite3.connect(settings.records_path)
    assert raw.execute("SELECT count(*) FROM login_roles").fetchone() == (0,)
    raw.close()


def test_the_cli_adds_lists_and_changes_roles(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("MENTOR_DATA_DIR", str(tmp_path / "data"))

    def user(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
        result = runner.invoke(cli.app, ["user", *args], input=stdin)
        return result.exit_code, result.stdout, result.stderr

    assert user("add", "tina", "--role", "trainer", "--password-stdin", stdin=PASSWORD)[0] == 0
    assert user("add", "amira", "--password-stdin", stdin=PASSWORD)[0] == 0
    code, _, err = user("add", "zoe", "--role", "boss", "--password-stdin", stdin=PASSWORD)
    assert code == 2 and "a role must be one of mentee, mentor, trainer" in err
    assert user("list")[1].splitlines() == ["amira\tmentee", "tina\ttrainer"]
    assert user("role", "amira", "mentor")[0] == 0
    assert user("list")[1].splitlines() == ["amira\tmentor", "tina\ttrainer"]
    code, _, err = user("role", "nobody", "mentor")
    assert code == 2 and "no login named 'nobody'" in err


def test_the_web_session_reads_the_role_from_the_records_on_each_request(
    settings: Settings,
) -> None:
    services = AppServices(settings)  # builds nothing until an agent is asked for
    with Logins(settings.records_path) as logins:
        logins.add("amira", PASSWORD)
        logins.add("tina", PASSWORD, role="trainer")
    assert services.role(signed_in("tina")) == ("tina", "trainer")
    assert services.role(signed_in("amira")) == ("amira", "mentee")
    with Logins(settings.records_path) as logins:  # as `mentor user role` in another process
        logins.set_role("tina", "mentor")
    assert services.role(signed_in("tina")) == ("tina", "mentor"), "counts at once"
    forged = SimpleNamespace(username="amira", role="trainer", headers={"x-role": "trainer"})
    assert services.role(forged)[1] == "mentee", "nothing the browser sends decides it"


def test_without_logins_the_single_local_user_is_the_trainer(settings: Settings) -> None:
    services = AppServices(settings)
    assert services.role(signed_in(None)) == ("local", "trainer")
    with Logins(settings.records_path) as logins:
        logins.add("amira", PASSWORD)
    assert services.role(signed_in(None))[1] == "mentee", "with logins, no one is local"
