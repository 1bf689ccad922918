"""`mentor user ...`: web logins, and each user's data exported or erased."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from assistant import cli
from assistant.goals.model import GoalDraft
from assistant.records.logins import Logins
from assistant.records.store import Records

runner = CliRunner()
PASSWORD = "correct horse battery"


@pytest.fixture
def records_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("MENTOR_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data" / "records.sqlite3"


def mentor(*args: str, stdin: str | None = None) -> Result:
    return runner.invoke(cli.app, ["user", *args], input=stdin)


def add(name: str, password: str = PASSWORD) -> Result:
    return mentor("add", name, "--password-stdin", stdin=password + "\n")


def seed_goal(path: Path, owner: str, statement: str) -> None:
    with Records(path) as records:
        goal = records.save_goal(owner, GoalDraft(statement=statement))
        records.record_progress(owner, goal.id, "first talk given", 30)


def test_add_then_list_and_sign_in(records_path: Path) -> None:
    result = add("amira")
    assert result.exit_code == 0, result.output
    assert "Added a login for amira" in result.stderr
    assert PASSWORD not in result.output
    add("bruno", "another long one")
    assert mentor("list").stdout.splitlines() == ["amira\tmentee", "bruno\tmentee"]
    with Logins(records_path) as logins:
        assert logins.verify("amira", PASSWORD)


def test_the_password_can_be_typed_twice_hidden(records_path: Path) -> None:
    typed = ["short", PASSWORD, "a typo in it", PASSWORD, PASSWORD]
    result = mentor("add", "amira", stdin="\n".join(typed) + "\n")
    assert result.exit_code == 0, result.output
    assert "at least 8 characters long; try again" in result.stderr
    assert "The two passwords differ; try again" in result.stderr
    assert PASSWORD not in result.output, "never echoed"
    with Logins(records_path) as logins:
        assert logins.verify("amira", PASSWORD)


def test_with_no_logins_list_says_how_to_add_one(records_path: Path) -> None:
    result = mentor("list")
    assert result.exit_code == 0 and result.stdout == ""
    assert "mentor user add NAME" in result.stderr


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["add", "amira", "--password-stdin"], "short\n", "at least 8 characters long"),
        (["add", "amira", "--password-stdin"], "", "no password on standard input"),
        (["add", "local", "--password-stdin"], PASSWORD, "choose another name"),
        (["passwd", "nobody", "--password-stdin"], PASSWORD, "no login named 'nobody'"),
        (["remove", "nobody"], None, "no login named 'nobody': see `mentor user list`"),
        (["remove", "x[/]"], None, "no login named 'x[/]'"),
        (["export", "nobody"], None, "nothing is stored about 'nobody'"),
        (["erase", "nobody", "--yes"], None, "nothing is stored about 'nobody'"),
    ],
)
def test_errors_are_clear(
    records_path: Path, args: list[str], stdin: str | None, message: str
) -> None:
    result = mentor(*args, stdin=stdin)
    assert result.exit_code == 2, result.output
    assert message in " ".join(result.stderr.split())


def test_adding_a_name_twice_points_to_passwd(records_path: Path) -> None:
    add("amira")
    result = add("amira", "something else entirely")
    assert result.exit_code == 2
    assert "mentor user passwd amira" in result.stderr


def test_passwd_changes_the_password(records_path: Path) -> None:
    add("amira")
    result = mentor("passwd", "amira", "--password-stdin", stdin="a brand new secret\n")
    assert result.exit_code == 0, result.output
    with Logins(records_path) as logins:
        assert logins.verify("amira", "a brand new secret")
        assert not logins.verify("amira", PASSWORD)


def test_remove_takes_the_login_and_keeps_the_goals(records_path: Path) -> None:
    add("amira")
    seed_goal(records_path, "amira", "Give three talks")
    result = mentor("remove", "amira")
    assert result.exit_code == 0, result.output
    assert "goals are kept" in result.stderr
    assert mentor("list").stdout == ""
    with Records(records_path) as records:
        assert [g.statement for g in records.list_goals("amira")] == ["Give three talks"]


def test_export_writes_all_their_data_and_no_hash(records_path: Path, tmp_path: Path) -> None:
    add("amira")
    seed_goal(records_path, "amira", "Give three talks")
    seed_goal(records_path, "bruno", "Read two books")
    out = tmp_path / "amira.json"
    result = mentor("export", "amira", "-o", str(out))
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["user"]["id"] == "amira"
    assert [g["statement"] for g in data["goals"]] == ["Give three talks"]
    assert data["goals"][0]["progress"][0]["note"] == "first talk given"
    assert set(data["login"]) == {"created_at", "password_changed_at"}
    assert "scrypt" not in out.read_text(encoding="utf-8")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600, "personal data: owner only"
    assert json.loads(mentor("export", "amira").stdout)["goals"] == data["goals"]


def test_erase_asks_first_then_erases_goals_and_login(records_path: Path) -> None:
    add("amira")
    add("bruno", "another long one")
    seed_goal(records_path, "amira", "Give three talks")
    seed_goal(records_path, "bruno", "Read two books")

    declined = mentor("erase", "amira", stdin="n\n")
    assert declined.exit_code == 1
    assert "1 goal, 1 progress note and their login" in declined.stderr
    assert "amira" in mentor("list").stdout

    result = mentor("erase", "amira", "--yes")
    assert result.exit_code == 0, result.output
    assert "Erased amira: 1 goal, 1 progress note and their login." in result.stderr
    assert mentor("list").stdout.splitlines() == ["bruno\tmentee"]
    assert b"Give three talks" not in records_path.read_bytes()
    with Records(records_path) as records:
        assert records.export_user("amira")["user"]["created_at"] is None
        assert [g.statement for g in records.list_goals("bruno")] == ["Read two books"]


def test_a_user_without_a_login_can_be_erased(records_path: Path) -> None:
    seed_goal(records_path, "cli-user", "Ship the report")
    result = mentor("erase", "cli-user", "--yes")
    assert result.exit_code == 0, result.output
    assert "Erased cli-user: 1 goal, 1 progress note." in result.stderr


def test_export_includes_their_mentoring_pairs_with_only_the_notes_they_may_read(
    records_path: Path, tmp_path: Path
) -> None:
    from datetime import date

    from assistant.records.pairs import Pairs

    add("amira")
    seed_goal(records_path, "bruno", "Read two books")
    with Pairs(records_path) as pairs:
        pair = pairs.add_pair("amira", ["bruno"], start=date(2026, 9, 1), focus="tech lead")
        pairs.add_session(
            "amira", pair.id, held_on=date(2026, 10, 1), phase="initiation",
            notes="PRIVATE: worried about bruno", shared_notes="SHARED: agreed the charter",
        )  # fmt: skip
        pairs.add_action("amira", pair.id, "Draft the charter", owner="mentee", due=None)
        [goal] = pairs.records.list_goals("bruno")
        pairs.share_goal("bruno", goal.id, pair.id)
    mentor_view = json.loads(mentor("export", "amira").stdout)["pairs"]
    mentee_view = json.loads(mentor("export", "bruno").stdout)["pairs"]
    assert mentor_view[0]["pair"]["focus"] == "tech lead"
    assert "PRIVATE: worried about bruno" in json.dumps(mentor_view), "the mentor's own note"
    assert "PRIVATE" not in json.dumps(mentee_view), "never the mentor's private note"
    assert "SHARED: agreed the charter" in json.dumps(mentee_view)
    assert mentee_view[0]["actions"][0]["text"] == "Draft the charter"
    assert mentee_view[0]["goals_shared"] == [goal.id] and mentor_view[0]["goals_shared"] == []
