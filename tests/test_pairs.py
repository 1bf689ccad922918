"""Mentoring pairs in the records store: who sees what, erasure, and the version-4 migration."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from assistant.goals.model import GoalDraft
from assistant.records import schema
from assistant.records.pairs import MentorOnly, PairNotFound, Pairs
from assistant.records.store import GoalNotFound

START = date(2025, 1, 6)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "records.sqlite3"


@pytest.fixture
def pairs(path: Path) -> Iterator[Pairs]:
    with Pairs(path, clock=lambda: datetime(2025, 3, 1, tzinfo=UTC)) as store:
        yield store


def one_to_one(pairs: Pairs) -> str:
    return pairs.add_pair("ann", ["sam"], start=START, months=6, focus="tech lead").id


def test_a_pair_is_seen_by_its_mentor_and_mentee_and_by_nobody_else(pairs: Pairs) -> None:
    pair_id = one_to_one(pairs)
    assert [p.role for p in pairs.list_pairs("ann")] == ["mentor"]
    sam = pairs.get_pair("sam", pair_id)
    assert (sam.role, sam.mentor, sam.mentees, sam.focus) == (
        "mentee",
        "ann",
        ("sam",),
        "tech lead",
    )
    assert pairs.list_pairs("eve") == []
    for read in (pairs.get_pair, pairs.sessions, pairs.actions, pairs.shared_goals):
        with pytest.raises(PairNotFound):
            read("eve", pair_id)


def test_a_mentee_reads_shared_notes_never_the_mentors_private_ones(pairs: Pairs) -> None:
    pair_id = one_to_one(pairs)
    pairs.add_session(
        "ann",
        pair_id,
        held_on=date(2025, 1, 10),
        phase="initiation",
        notes="PRIVATE seems anxious about the promotion",
        shared_notes="SHARED read the chapter",
    )
    mentor_view = pairs.sessions("ann", pair_id)[0]
    mentee_view = pairs.sessions("sam", pair_id)[0]
    assert [n.text for n in mentor_view.notes] == [
        "PRIVATE seems anxious about the promotion",
        "SHARED read the chapter",
    ]
    assert [n.text for n in mentee_view.notes] == ["SHARED read the chapter"]


def test_a_mentee_keeps_private_notes_of_their_own(pairs: Pairs) -> None:
    pair_id = one_to_one(pairs)
    session = pairs.add_session("ann", pair_id, held_on=date(2025, 1, 10), phase="initiation")
    pairs.add_note("sam", session.id, "MINE nervous before the talk")
    assert [n.text for n in pairs.sessions("sam", pair_id)[0].notes] == [
        "MINE nervous before the talk"
    ]
    assert pairs.sessions("ann", pair_id)[0].notes == ()
    with pytest.raises(PairNotFound):
        pairs.add_note("eve", session.id, "intruder")


def test_a_mentor_cannot_read_another_pairs_notes_or_actions(pairs: Pairs) -> None:
    pair_id = one_to_one(pairs)
    pairs.add_session("ann", pair_id, held_on=date(2025, 1, 10), phase="initiation", notes="x")
    action = pairs.add_action("ann", pair_id, "Read a book", owner="mentee", due=None)
    pairs.add_pair("bob", ["lea"], start=START)
    with pytest.raises(PairNotFound):
        pairs.sessions("bob", pair_id)
    with pytest.raises(PairNotFound):
        pairs.set_action_status("bob", action.id, "done")


def test_only_the_mentor_records_sessions_and_sets_the_phase(pairs: Pairs) -> None:
    pair_id = one_to_one(pairs)
    with pytest.raises(MentorOnly):
        pairs.add_session("sam", pair_id, held_on=date(2025, 1, 10), phase="initiation")
    with pytest.raises(MentorOnly):
        pairs.set_phase("sam", pair_id, "separation")
    assert pairs.set_phase("ann", pair_id, "separation").phase == "separation"
    assert pairs.set_phase("ann", pair_id, None).phase is None


def test_a_goal_is_private_until_its_owner_shares_it_and_hidden_again_after(
    pairs: Pairs,
) -> None:
    pair_id = one_to_one(pairs)
    goal = pairs.records.save_goal("sam", GoalDraft(statement="Lead the migration project"))
    assert pairs.shared_goals("ann", pair_id) == []
    with pytest.raises(GoalNotFound):
        pairs.share_goal("ann", goal.id, pair_id)  # not the mentor's goal to share
    pairs.share_goal("sam", goal.id, pair_id)
    pairs.share_goal("sam", goal.id, pair_id)  # idempotent
    assert [g.statement for g in pairs.shared_goals("ann", pair_id)] == [goal.statement]
    assert pairs.unshare_goal("sam", goal.id, pair_id)
    assert pairs.shared_goals("ann", pair_id) == []
    assert not pairs.unshare_goal("sam", goal.id, pair_id)


def test_in_a_group_mentees_see_group_actions_but_not_each_others(pairs: Pairs) -> None:
    pair = pairs.add_pair("ann", ["sam", "lea"], format="group", start=START)
    assert pair.mentees == ("lea", "sam")
    goal = pairs.records.save_goal("lea", GoalDraft(statement="Speak at a conference"))
    pairs.share_goal("lea", goal.id, pair.id)
    pairs.add_action("ann", pair.id, "Everyone: bring a case", owner="mentee", due=None)
    pairs.add_action(
        "ann", pair.id, "Lea: send the slides", owner="mentee", due=None, assignee="lea"
    )
    pairs.add_action("ann", pair.id, "Ann: find a speaker", owner="mentor", due=None)
    texts = {user: {a.text for a in pairs.actions(user, pair.id)} for user in ("ann", "sam")}
    assert len(texts["ann"]) == 3
    assert texts["sam"] == {"Everyone: bring a case", "Ann: find a speaker"}
    assert [g.id for g in pairs.shared_goals("ann", pair.id)] == [goal.id]
    assert pairs.shared_goals("sam", pair.id) == []
    with pytest.raises(ValueError, match="group or peer"):
        pairs.add_pair("ann", ["sam", "lea"], format="one-to-one", start=START)


def test_done_and_dropped_actions_leave_the_open_list(pairs: Pairs) -> None:
    pair_id = one_to_one(pairs)
    first = pairs.add_action("ann", pair_id, "Draft the talk", owner="mentee", due=date(2025, 2, 1))
    second = pairs.add_action("sam", pair_id, "Ask for feedback", owner="mentee", due=None)
    assert first.overdue(date(2025, 2, 2)) and not first.overdue(date(2025, 2, 1))
    pairs.set_action_status("sam", first.id, "done")
    pairs.set_action_status("ann", second.id, "dropped")
    assert pairs.actions("ann", pair_id) == []
    assert len(pairs.actions("ann", pair_id, ("open", "done", "dropped"))) == 2


def test_erasing_the_mentee_leaves_the_mentors_own_notes(pairs: Pairs, path: Path) -> None:
    pair_id = one_to_one(pairs)
    session = pairs.add_session(
        "ann",
        pair_id,
        held_on=date(2025, 1, 10),
        phase="initiation",
        notes="ANN-PRIVATE",
        shared_notes="ANN-SHARED",
    )
    pairs.add_note("sam", session.id, "SAMMARKER my own note", shared=True)
    goal = pairs.records.save_goal("sam", GoalDraft(statement="SAMMARKER goal"))
    pairs.share_goal("sam", goal.id, pair_id)
    pairs.add_action("ann", pair_id, "SAMMARKER action", owner="mentee", due=None)
    pairs.records.erase_user("sam")
    pair = pairs.get_pair("ann", pair_id)
    assert pair.mentees == ()
    assert [n.text for n in pairs.sessions("ann", pair_id)[0].notes] == [
        "ANN-PRIVATE",
        "ANN-SHARED",
    ]
    assert pairs.actions("ann", pair_id) == [] and pairs.shared_goals("ann", pair_id) == []
    assert b"SAMMARKER" not in path.read_bytes()


def test_erasing_the_mentor_leaves_the_mentees_notes_then_the_last_member_takes_the_pair(
    pairs: Pairs, path: Path
) -> None:
    pair_id = one_to_one(pairs)
    session = pairs.add_session(
        "ann",
        pair_id,
        held_on=date(2025, 1, 10),
        phase="initiation",
        notes="ANNMARKER private",
        shared_notes="ANNMARKER shared",
    )
    pairs.add_note("sam", session.id, "SAM-OWN")
    pairs.records.erase_user("ann")
    assert pairs.get_pair("sam", pair_id).mentor is None
    assert [n.text for n in pairs.sessions("sam", pair_id)[0].notes] == ["SAM-OWN"]
    assert b"ANNMARKER" not in path.read_bytes()
    pairs.records.erase_user("sam")
    with sqlite3.connect(path) as db:
        for table in ("pairs", "pair_members", "pair_sessions", "session_notes"):
            assert db.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,), table


def test_a_fresh_file_is_created_at_the_latest_version(path: Path) -> None:
    with Pairs(path):
        pass
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone() == (5,) == (schema.SCHEMA_VERSION,)


def test_a_version_3_file_migrates_and_keeps_its_goals(path: Path) -> None:
    db = sqlite3.connect(path, isolation_level=None)
    for step, script in enumerate(schema._MIGRATIONS[:3]):
        db.executescript(f"BEGIN; {script} PRAGMA user_version = {step + 1}; COMMIT;")
    stamp = "2025-01-01T00:00:00.000000+00:00"
    db.execute("INSERT INTO users VALUES ('sam', ?)", (stamp,))
    db.execute(
        "INSERT INTO goals VALUES (?, 'sam', 'active', ?, ?, ?)",
        ("a" * 32, '{"statement": "Old goal"}', stamp, stamp),
    )
    db.close()
    with Pairs(path) as pairs:
        assert [g.statement for g in pairs.records.list_goals("sam")] == ["Old goal"]
        pair_id = one_to_one(pairs)
        pairs.share_goal("sam", "a" * 32, pair_id)
        assert [g.statement for g in pairs.shared_goals("ann", pair_id)] == ["Old goal"]
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone() == (schema.SCHEMA_VERSION,)
