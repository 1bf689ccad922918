"""The goal model and the records store: ownership, history, erasure, export, damaged files."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pydantic import ValidationError

from assistant.config import Settings
from assistant.goals.model import Goal, GoalDraft, GoalStatus, Milestone
from assistant.records.store import (
    SCHEMA_VERSION,
    CorruptRecordsError,
    GoalNotFound,
    Records,
    RecordsError,
)

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


class Clock:
    """A clock that moves one minute each time it is read."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def records(settings: Settings, clock: Clock) -> Iterator[Records]:
    with Records(settings.records_path, clock=clock) as store:
        yield store


def draft(statement: str = "Give three talks at team meetings", **fields: object) -> GoalDraft:
    return GoalDraft.model_validate({"statement": statement, **fields})


def file_bytes(path: Path) -> bytes:
    """The database file and anything SQLite keeps beside it (-journal, -wal, -shm)."""
    return b"".join(p.read_bytes() for p in sorted(path.parent.glob(path.name + "*")))


# -- the goal model -------------------------------------------------------------------------


def test_milestones_are_kept_in_date_order_whatever_order_they_arrive_in() -> None:
    goal = draft(
        target_date=date(2027, 6, 30),
        milestones=[
            {"description": "third", "due": date(2027, 5, 1)},
            {"description": "first", "due": date(2027, 1, 15)},
            {"description": "second", "due": date(2027, 3, 1)},
        ],
    )
    assert [m.description for m in goal.milestones] == ["first", "second", "third"]


def test_a_milestone_after_the_target_date_is_refused_with_a_clear_message() -> None:
    with pytest.raises(ValidationError, match=r"milestone 1 is due 2027-07-01, after the target"):
        draft(
            target_date=date(2027, 6, 30),
            milestones=[Milestone(description="x", due=date(2027, 7, 1))],
        )


def test_a_first_step_after_the_target_date_is_refused() -> None:
    with pytest.raises(ValidationError, match="the first step is dated 2027-07-01, after the"):
        draft(
            target_date=date(2027, 6, 30),
            first_step="book a room",
            first_step_date=date(2027, 7, 1),
        )


def test_dates_are_free_when_there_is_no_target_date() -> None:
    goal = draft(
        first_step="ask",
        first_step_date=date(2030, 1, 1),
        milestones=[Milestone(description="m", due=date(2031, 1, 1))],
    )
    assert goal.target_date is None


@pytest.mark.parametrize("statement", ["", "   ", "x" * 501])
def test_a_statement_is_required_and_at_most_500_characters(statement: str) -> None:
    with pytest.raises(ValidationError):
        draft(statement)


def test_text_is_stripped_and_validation_errors_do_not_repeat_what_the_user_wrote() -> None:
    assert draft("  Speak up  ").statement == "Speak up"
    with pytest.raises(ValidationError) as caught:
        draft("My private worry about my manager", success_measures=["ok"] * 11)
    assert "private worry" not in str(caught.value)


# -- storing goals --------------------------------------------------------------------------


def test_a_saved_goal_comes_back_with_the_fields_code_owns(records: Records) -> None:
    wanted = draft(relevance="Visibility", target_date=date(2027, 6, 30), language="fr")
    goal = records.save_goal("alice", wanted)
    assert len(goal.id) == 32 and int(goal.id, 16) >= 0
    assert (goal.owner, goal.status, goal.progress) == ("alice", GoalStatus.ACTIVE, [])
    assert goal.created_at == goal.updated_at == START + timedelta(minutes=1)
    assert goal.draft() == wanted
    assert records.get_goal("alice", goal.id) == goal


def test_a_goal_survives_closing_and_reopening_the_file(settings: Settings) -> None:
    with Records(settings.records_path) as store:
        goal = store.save_goal(
            "alice", draft(milestones=[Milestone(description="m", due=date(2027, 1, 1))])
        )
        store.record_progress("alice", goal.id, "first talk given", 30)
        saved = store.get_goal("alice", goal.id)
    with Records(settings.records_path) as reopened:
        assert reopened.get_goal("alice", goal.id) == saved
        assert reopened.list_goals("alice") == [saved]


def test_another_users_goal_is_invisible_and_indistinguishable_from_a_missing_one(
    records: Records,
) -> None:
    goal = records.save_goal("alice", draft("Alice's private goal"))
    records.ensure_user("bob")
    missing = "0" * 32
    attempts = [
        lambda goal_id: records.get_goal("bob", goal_id),
        lambda goal_id: records.update_goal("bob", goal_id, draft("taken over")),
        lambda goal_id: records.record_progress("bob", goal_id, "sneaky note", 50),
        lambda goal_id: records.set_status("bob", goal_id, GoalStatus.DROPPED),
        lambda goal_id: records.delete_goal("bob", goal_id),
    ]
    for attempt in attempts:
        messages = []
        for goal_id in (goal.id, missing):
            with pytest.raises(GoalNotFound) as caught:
                attempt(goal_id)
            messages.append(str(caught.value))
        assert messages[0] == messages[1] == "goal not found"
    assert records.list_goals("bob") == []
    assert records.list_goals("bob", statuses=list(GoalStatus)) == []
    assert records.export_user("bob")["goals"] == []
    assert records.get_goal("alice", goal.id) == goal


def test_goals_are_listed_by_target_date_then_creation_with_undated_goals_last(
    records: Records,
) -> None:
    late = records.save_goal("alice", draft("late", target_date=date(2027, 9, 1)))
    undated = records.save_goal("alice", draft("undated"))
    soon_b = records.save_goal("alice", draft("soon b", target_date=date(2027, 1, 1)))
    soon_a = records.save_goal("alice", draft("soon a", target_date=date(2027, 1, 1)))
    listed = [g.statement for g in records.list_goals("alice")]
    assert listed == [soon_b.statement, soon_a.statement, late.statement, undated.statement]


def test_archived_goals_are_hidden_unless_asked_for(records: Records) -> None:
    kept = records.save_goal("alice", draft("kept"))
    achieved = records.save_goal("alice", draft("achieved"))
    archived = records.save_goal("alice", draft("archived"))
    records.set_status("alice", achieved.id, GoalStatus.ACHIEVED)
    records.set_status("alice", archived.id, GoalStatus.ARCHIVED)
    assert {g.id for g in records.list_goals("alice")} == {kept.id, achieved.id}
    assert [g.id for g in records.list_goals("alice", [GoalStatus.ARCHIVED])] == [archived.id]
    assert records.list_goals("alice", []) == []


def test_editing_keeps_identity_status_history_and_creation_time(records: Records) -> None:
    goal = records.save_goal("alice", draft("Speak at meetings"))
    records.record_progress("alice", goal.id, "spoke once", 20)
    before = records.set_status("alice", goal.id, GoalStatus.ACHIEVED, "done early")
    edited = records.update_goal(
        "alice", goal.id, before.draft().model_copy(update={"statement": "Speak at all-hands"})
    )
    assert edited.statement == "Speak at all-hands"
    assert (edited.id, edited.status, edited.progress) == (goal.id, before.status, before.progress)
    assert edited.created_at == goal.created_at < before.updated_at < edited.updated_at


def test_progress_is_kept_in_order_and_bumps_the_update_time(records: Records) -> None:
    goal = records.save_goal("alice", draft())
    records.record_progress("alice", goal.id, "booked the room")
    updated = records.record_progress("alice", goal.id, "first talk given", 35)
    assert [(e.note, e.percent) for e in updated.progress] == [
        ("booked the room", None),
        ("first talk given", 35),
    ]
    assert all(e.at.tzinfo is UTC for e in updated.progress)
    assert updated.updated_at == updated.progress[-1].at > goal.updated_at


def test_each_listed_goal_carries_its_own_history_and_nobody_elses(records: Records) -> None:
    first = records.save_goal("alice", draft("first", target_date=date(2027, 1, 1)))
    second = records.save_goal("alice", draft("second", target_date=date(2027, 2, 1)))
    theirs = records.save_goal("bob", draft("bob's"))
    records.record_progress("alice", first.id, "one")
    records.record_progress("bob", theirs.id, "bob's note")
    records.record_progress("alice", second.id, "two")
    records.record_progress("alice", first.id, "three")
    listed = records.list_goals("alice")
    assert [[e.note for e in g.progress] for g in listed] == [["one", "three"], ["two"]]


def test_an_invalid_progress_entry_is_refused_and_nothing_is_written(records: Records) -> None:
    goal = records.save_goal("alice", draft())
    with pytest.raises(ValidationError):
        records.record_progress("alice", goal.id, "too much", 140)
    with pytest.raises(ValidationError):
        records.record_progress("alice", goal.id, "x" * 2001)
    assert records.get_goal("alice", goal.id) == goal


def test_status_changes_join_the_progress_history(records: Records) -> None:
    goal = records.save_goal("alice", draft())
    records.record_progress("alice", goal.id, "halfway", 50)
    records.set_status("alice", goal.id, GoalStatus.DROPPED, "changed teams")
    reopened = records.set_status("alice", goal.id, GoalStatus.ACTIVE)
    assert reopened.status is GoalStatus.ACTIVE
    assert [(e.status, e.note, e.percent) for e in reopened.progress] == [
        (None, "halfway", 50),
        (GoalStatus.DROPPED, "changed teams", None),
        (GoalStatus.ACTIVE, "", None),
    ]


def test_setting_the_same_status_without_a_note_changes_nothing(records: Records) -> None:
    goal = records.save_goal("alice", draft())
    assert records.set_status("alice", goal.id, GoalStatus.ACTIVE) == goal
    noted = records.set_status("alice", goal.id, GoalStatus.ACTIVE, "still on it")
    assert [e.note for e in noted.progress] == ["still on it"]


def test_deleting_a_goal_removes_it_and_its_history(records: Records) -> None:
    goal = records.save_goal("alice", draft())
    other = records.save_goal("alice", draft("another"))
    records.record_progress("alice", goal.id, "note")
    records.delete_goal("alice", goal.id)
    with pytest.raises(GoalNotFound):
        records.get_goal("alice", goal.id)
    assert records.list_goals("alice") == [other]
    assert records.export_user("alice")["goals"] == [other.model_dump(mode="json")]


def test_calls_from_many_threads_are_all_recorded(records: Records) -> None:
    goal = records.save_goal("alice", draft())

    def write(worker: int) -> None:
        for step in range(10):
            records.record_progress("alice", goal.id, f"worker {worker} step {step}")

    threads = [threading.Thread(target=write, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(records.get_goal("alice", goal.id).progress) == 80


# -- users, export and erasure --------------------------------------------------------------


@pytest.mark.parametrize("owner", ["", "x" * 129, "line\nbreak", "nul\x00", "zero\u200bwidth"])
def test_user_ids_must_be_short_and_printable(records: Records, owner: str) -> None:
    with pytest.raises(ValueError, match="user id") as caught:
        records.ensure_user(owner)
    assert owner not in str(caught.value) or not owner
    with pytest.raises(ValueError, match="user id"):
        records.list_goals(owner)


@pytest.mark.parametrize("owner", ["alice@example.org", "x" * 128, "名前 with spaces", "🙂"])
def test_any_printable_opaque_id_is_a_valid_user(records: Records, owner: str) -> None:
    goal = records.save_goal(owner, draft())
    assert records.list_goals(owner) == [goal]


def test_export_holds_all_of_a_users_data_and_nothing_of_anyone_else(records: Records) -> None:
    active = records.save_goal("alice", draft("Lead a project", target_date=date(2027, 6, 30)))
    records.record_progress("alice", active.id, "kick-off done", 10)
    archived = records.save_goal("alice", draft("Old aim"))
    records.set_status("alice", archived.id, GoalStatus.ARCHIVED, "no longer relevant")
    records.save_goal("bob", draft("Bob's secret plan"))

    export = records.export_user("alice")
    assert export["schema_version"] == SCHEMA_VERSION
    assert export["user"] == {"id": "alice", "created_at": "2026-03-02T09:01:00.000000+00:00"}
    by_id = {g["id"]: g for g in export["goals"]}
    assert set(by_id) == {active.id, archived.id}
    assert by_id[active.id]["progress"][0]["note"] == "kick-off done"
    assert by_id[archived.id]["status"] == "archived"
    text = json.dumps(export)
    assert "Bob" not in text and "bob" not in text
    assert Goal.model_validate(by_id[active.id]) == records.get_goal("alice", active.id)


def test_export_of_an_unknown_user_is_empty(records: Records) -> None:
    export = records.export_user("nobody")
    assert export["user"] == {"id": "nobody", "created_at": None}
    assert export["goals"] == []


def test_erasing_a_user_leaves_no_trace_in_the_file_while_others_survive(
    settings: Settings, records: Records
) -> None:
    secret = "Quit-before-Zanzibar-merger"
    goal = records.save_goal(
        "carol-7f3e",
        draft(f"{secret} quietly", relevance="Mes inquiétudes confidentielles", obstacles=["fear"]),
    )
    records.record_progress("carol-7f3e", goal.id, "Spoke-to-Xerxes-privately", 40)
    records.set_status("carol-7f3e", goal.id, GoalStatus.DROPPED, "Abandon-Ypsilanti")
    records.save_goal("carol-7f3e", draft("second goal"))
    survivor = records.save_goal("dave", draft("Dave-keeps-his-goal"))

    assert records.erase_user("carol-7f3e") == 1 + 2 + 2  # the user, two goals, two entries

    export = records.export_user("carol-7f3e")
    assert (export["user"]["created_at"], export["goals"]) == (None, [])
    assert records.list_goals("carol-7f3e", list(GoalStatus)) == []
    assert records.get_goal("dave", survivor.id) == survivor
    raw = file_bytes(settings.records_path)
    for trace in [secret, "inquiétudes", "Xerxes", "Ypsilanti", "carol-7f3e"]:
        assert trace.encode() not in raw, trace
    assert b"Dave-keeps-his-goal" in raw
    assert records.erase_user("carol-7f3e") == 0


def test_edited_and_deleted_text_is_overwritten_in_the_file(
    settings: Settings, records: Records
) -> None:
    goal = records.save_goal("alice", draft("Original-Wording-Qwerty"))
    records.update_goal("alice", goal.id, draft("New wording"))
    doomed = records.save_goal("alice", draft("Doomed-Goal-Plover"))
    records.record_progress("alice", doomed.id, "Doomed-Note-Kestrel")
    records.delete_goal("alice", doomed.id)
    raw = file_bytes(settings.records_path)
    for trace in [b"Original-Wording-Qwerty", b"Doomed-Goal-Plover", b"Doomed-Note-Kestrel"]:
        assert trace not in raw
    assert b"New wording" in raw


# -- the file itself ------------------------------------------------------------------------


def test_the_file_records_its_schema_version_and_enforces_ownership_links(
    settings: Settings, records: Records
) -> None:
    records.save_goal("alice", draft())
    db = sqlite3.connect(settings.records_path)
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        db.execute("PRAGMA foreign_keys = ON")
        with pytest.raises(sqlite3.IntegrityError):
            db.execute(
                "INSERT INTO goals (id, owner, status, payload, created_at, updated_at) "
                "VALUES ('g', 'nobody', 'active', '{}', '', '')"
            )
    finally:
        db.close()


def test_a_garbage_file_is_reported_as_not_a_valid_database(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    path.write_bytes(b"this is not SQLite at all\x00" * 200)
    with pytest.raises(CorruptRecordsError) as caught:
        Records(path)
    assert str(caught.value) == (
        f"the records file {path} is not a valid database: move it aside or restore a backup"
    )
    assert isinstance(caught.value, RecordsError)


def test_a_file_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(RecordsError, match="newer Mentor Assistant"):
        Records(path)


def test_the_store_creates_missing_folders_and_a_naive_clock_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "records.sqlite3"
    with Records(path, clock=lambda: datetime(2026, 1, 1)) as store:
        assert path.exists()
        with pytest.raises(RecordsError, match="timezone-aware"):
            store.ensure_user("alice")
