"""Web logins: hashed passwords in the records file, erased with the user."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.goals.model import GoalDraft
from assistant.records.logins import (
    LOCAL_USER,
    LoginError,
    Logins,
    hash_password,
    session_epoch,
    verify_password,
)
from assistant.records.store import SCHEMA_VERSION, Records

PASSWORD = "correct horse battery"


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "records.sqlite3"


@pytest.fixture
def logins(path: Path) -> Iterator[Logins]:
    with Logins(path) as store:
        yield store


def test_a_login_opens_with_its_password_only(logins: Logins) -> None:
    logins.add("amira", PASSWORD)
    assert logins.verify("amira", PASSWORD)
    assert not logins.verify("amira", PASSWORD.upper())
    assert not logins.verify("amira", "")
    assert not logins.verify("Amira", PASSWORD), "names are exact"


def test_an_unknown_name_is_refused(logins: Logins) -> None:
    assert not logins.verify("nobody", PASSWORD)
    assert not logins.verify("", PASSWORD)
    assert not logins.verify("x" * 10_000, PASSWORD)


def test_one_users_password_does_not_open_anothers_login(logins: Logins) -> None:
    logins.add("amira", PASSWORD)
    logins.add("bruno", "another long one")
    assert not logins.verify("bruno", PASSWORD)
    assert not logins.verify("amira", "another long one")
    assert logins.names() == ["amira", "bruno"]


def test_a_short_password_is_refused_with_the_rule(logins: Logins) -> None:
    with pytest.raises(LoginError, match="at least 8 characters"):
        logins.add("amira", "1234567")
    assert "amira" not in logins


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "1 to 128 characters"),
        ("a\nb", "control or invisible"),
        (" amira", "start or end with a space"),
        (LOCAL_USER, "user of the web app without logins"),
    ],
)
def test_bad_names_are_refused(logins: Logins, name: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        logins.add(name, PASSWORD)
    assert logins.count() == 0


def test_a_name_has_one_login(logins: Logins) -> None:
    logins.add("amira", PASSWORD)
    with pytest.raises(LoginError, match="already a login named 'amira'"):
        logins.add("amira", "something else entirely")
    assert logins.verify("amira", PASSWORD)


def test_changing_the_password_retires_the_old_one(logins: Logins) -> None:
    logins.add("amira", PASSWORD)
    logins.set_password("amira", "a brand new secret")
    assert logins.verify("amira", "a brand new secret")
    assert not logins.verify("amira", PASSWORD)
    with pytest.raises(LoginError, match="no login named 'bruno'"):
        logins.set_password("bruno", "a brand new secret")


def test_the_stored_hash_is_not_the_password_and_is_salted(path: Path, logins: Logins) -> None:
    logins.add("amira", PASSWORD)
    logins.add("bruno", PASSWORD)
    assert PASSWORD.encode() not in path.read_bytes()
    first, second = hash_password(PASSWORD), hash_password(PASSWORD)
    assert first != second, "a fresh random salt each time"
    scheme, n, r, p, salt, _key = first.split("$")
    assert (scheme, len(bytes.fromhex(salt))) == ("scrypt", 16)
    assert int(n) >= 2**14 and int(r) >= 8 and int(p) >= 1
    assert verify_password(PASSWORD, first) and verify_password(PASSWORD, second)


@pytest.mark.parametrize(
    "stored",
    ["", "plain", "md5$1$2$3$00$00", "scrypt$2$8$1$zz$00", "scrypt$1073741824$8$1$00$00"],
)
def test_a_damaged_or_foreign_hash_never_verifies(stored: str) -> None:
    assert not verify_password(PASSWORD, stored)


def test_erasing_the_user_removes_their_login_and_its_hash(path: Path, logins: Logins) -> None:
    logins.add("amira", PASSWORD)
    logins.add("bruno", "another long one")
    with Records(path) as records:
        records.save_goal("amira", GoalDraft(statement="Give three talks"))
        records.save_goal("bruno", GoalDraft(statement="Read two books"))
        with sqlite3.connect(path) as db:
            (hash_hex,) = db.execute(
                "SELECT password_hash FROM logins WHERE user = 'amira'"
            ).fetchone()
        db.close()
        assert hash_hex.encode() in path.read_bytes()

        records.erase_user("amira")

        assert "amira" not in logins and not logins.verify("amira", PASSWORD)
        assert hash_hex.encode() not in path.read_bytes(), "scrubbed from the file"
        assert b"Give three talks" not in path.read_bytes()
        assert logins.verify("bruno", "another long one")
        assert [g.statement for g in records.list_goals("bruno")] == ["Read two books"]


def test_removing_a_login_keeps_the_users_goals(path: Path, logins: Logins) -> None:
    logins.add("amira", PASSWORD)
    with Records(path) as records:
        records.save_goal("amira", GoalDraft(statement="Give three talks"))
        logins.remove("amira")
        assert "amira" not in logins
        assert [g.statement for g in records.list_goals("amira")] == ["Give three talks"]
    with pytest.raises(LoginError, match="no login named 'amira'"):
        logins.remove("amira")


def test_an_export_shows_the_logins_dates_never_its_hash(logins: Logins) -> None:
    logins.add("amira", PASSWORD)
    described = logins.describe("amira")
    assert described is not None and set(described) == {"created_at", "password_changed_at"}
    assert logins.describe("bruno") is None


def test_logins_persist_in_the_records_file(path: Path) -> None:
    with Logins(path) as logins:
        logins.add("amira", PASSWORD)
    with Logins(path) as logins:
        assert logins.verify("amira", PASSWORD)
    with Records(path) as records:
        assert records.export_user("amira")["user"]["created_at"] is not None


def _set_back_to_schema_1(path: Path, *, keep_logins: bool) -> None:
    """Make ``path`` look like a file from before logins were part of the versioned schema."""
    db = sqlite3.connect(path)
    try:
        if keep_logins:
            db.execute("ALTER TABLE logins DROP COLUMN session_epoch")  # added by version 3
        else:
            db.execute("DROP TABLE logins")
        db.execute("PRAGMA user_version = 1")
        db.commit()
    finally:
        db.close()


def test_a_version_1_file_gains_the_logins_table_and_keeps_its_goals(path: Path) -> None:
    with Records(path) as records:
        goal = records.save_goal("amira", GoalDraft(statement="Give three talks by 30 June"))
    _set_back_to_schema_1(path, keep_logins=False)
    with Logins(path) as logins:
        assert logins.count() == 0
        logins.add("amira", PASSWORD)
        assert logins.verify("amira", PASSWORD)
    with Records(path) as records:
        assert records.get_goal("amira", goal.id).statement == "Give three talks by 30 June"
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        db.close()


def test_a_version_1_file_that_already_has_logins_keeps_them(path: Path) -> None:
    """Files written before the logins table was versioned already hold it, with its logins."""
    with Logins(path) as logins:
        logins.add("amira", PASSWORD)
    _set_back_to_schema_1(path, keep_logins=True)
    with Logins(path) as logins:
        assert logins.names() == ["amira"]
        assert logins.verify("amira", PASSWORD)


def test_signing_in_gives_the_logins_session_epoch_for_the_right_password_only(
    path: Path, logins: Logins
) -> None:
    logins.add("amira", PASSWORD)
    epoch = logins.sign_in("amira", PASSWORD)
    assert epoch and epoch == session_epoch(path, "amira")
    assert logins.sign_in("amira", "wrong password") is None
    assert logins.sign_in("nobody", PASSWORD) is None
    assert session_epoch(path, "nobody") is None


def test_a_password_change_from_another_connection_draws_a_new_session_epoch(
    path: Path, logins: Logins
) -> None:
    """What the web app reads on each request changes when `mentor user passwd` runs in a
    separate process (here a separate connection), and disappears on removal and erasure."""
    logins.add("amira", PASSWORD)
    logins.add("bruno", "another long one")
    before = session_epoch(path, "amira")
    with Logins(path) as elsewhere:
        elsewhere.set_password("amira", "a brand new secret")
    after = session_epoch(path, "amira")
    assert after and after != before
    assert logins.sign_in("amira", "a brand new secret") == after

    bruno = session_epoch(path, "bruno")
    logins.remove("bruno")
    assert bruno and session_epoch(path, "bruno") is None
    logins.add("bruno", "another long one")
    assert session_epoch(path, "bruno") not in {None, bruno}, "a new login, new sessions"

    with Records(path) as records:
        records.erase_user("amira")
    assert session_epoch(path, "amira") is None


def test_an_unreadable_records_file_ends_sessions(tmp_path: Path) -> None:
    assert session_epoch(tmp_path / "missing.sqlite3", "amira") is None
    assert not (tmp_path / "missing.sqlite3").exists(), "reading creates no file"
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database" * 100)
    assert session_epoch(garbage, "amira") is None


def test_a_version_2_file_gains_session_epochs_and_keeps_its_logins(path: Path) -> None:
    with Logins(path) as logins:
        logins.add("amira", PASSWORD)
    db = sqlite3.connect(path)
    try:
        db.execute("ALTER TABLE logins DROP COLUMN session_epoch")
        db.execute("PRAGMA user_version = 2")
        db.commit()
    finally:
        db.close()
    with Logins(path) as logins:
        assert logins.sign_in("amira", PASSWORD) == ""
        logins.set_password("amira", "a brand new secret")
        assert logins.sign_in("amira", "a brand new secret") not in {None, ""}
    assert session_epoch(path, "amira") not in {None, ""}
