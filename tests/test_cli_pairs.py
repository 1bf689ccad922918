"""`mentor pair|session|action|brief|agenda`, over a Typer app assembled here as the real one
will register them (assistant/cli/__init__.py is not changed by this work)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import icalendar
import pytest
import typer
from typer.testing import CliRunner, Result

from assistant.cli import agenda as agenda_cli
from assistant.cli.pairs import action_app, pair_app, session_app
from assistant.goals.model import GoalDraft
from assistant.records.store import Records

runner = CliRunner()
app = typer.Typer()
app.add_typer(pair_app, name="pair")
app.add_typer(session_app, name="session")
app.add_typer(action_app, name="action")
app.command()(agenda_cli.brief)
app.command()(agenda_cli.agenda)


@pytest.fixture(autouse=True)
def data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("MENTOR_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def run(user: str, *args: str) -> Result:
    return runner.invoke(app, list(args), env={"MENTOR_USER": user})


def ok(user: str, *args: str) -> str:
    result = run(user, *args)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize(("minutes", "lang"), [(45, "en"), (30, "en"), (90, "en"), (45, "fr")])
def test_agenda_without_a_pair_totals_the_minutes_with_the_right_ends(
    minutes: int, lang: str
) -> None:
    out = ok(
        "ann",
        "agenda",
        "--minutes",
        str(minutes),
        "--session",
        "3",
        "--focus",
        "becoming a tech lead",
        "--json",
        "--lang",
        lang,
    )
    agenda = json.loads(out)
    items = agenda["items"]
    assert agenda["total_minutes"] == minutes == sum(item["minutes"] for item in items)
    assert agenda["phase"] == "initiation" and agenda["wording"] == "guides"
    assert set(items[0]) == {"minutes", "title", "purpose", "questions", "citations"}
    first_two = " ".join(item["title"] for item in items[:2]).lower()
    last_two = " ".join(item["title"] for item in items[-2:]).lower()
    if lang == "en":
        assert "check-in" in first_two and "review of open actions" in first_two
        assert "agreed actions" in last_two and "next meeting" in last_two
    else:
        assert "revue des actions" in first_two and "prochaine rencontre" in last_two
    assert all(item["citations"] and item["questions"] for item in items)


def test_a_mentor_records_a_pair_and_the_brief_carries_actions_forward(data_dir: Path) -> None:
    pair_id = ok(
        "ann", "pair", "add", "ann", "sam", "--start", "2025-01-06", "--months", "8"
    ).strip()
    assert len(pair_id) == 32
    ok("ann", "session", "add", pair_id[:6], "--date", "2025-01-10", "--notes", "first")
    ok(
        "ann",
        "session",
        "add",
        pair_id[:6],
        "--date",
        "2025-02-07",
        "--minutes",
        "40",
        "--notes",
        "PRIVATE doubts",
        "--shared-notes",
        "Goal drafted",
    )
    past = (date.today() - timedelta(days=3)).isoformat()
    later = (date.today() + timedelta(days=10)).isoformat()
    late = ok(
        "ann", "action", "add", pair_id[:6], "Draft the charter", "--owner", "mentee", "--due", past
    ).strip()
    done = ok(
        "ann", "action", "add", pair_id[:6], "Read the guide", "--owner", "mentee", "--due", later
    ).strip()
    ok("sam", "action", "done", done[:8])
    with Records(data_dir / "records.sqlite3") as records:
        goal = records.save_goal("sam", GoalDraft(statement="Lead the migration"))
    ok("sam", "pair", "share", goal.id[:8], pair_id[:6])

    brief = json.loads(ok("ann", "brief", pair_id[:6], "--json"))
    assert brief["session"] == 3
    assert [p["text"] for p in brief["since_last"]] == ["PRIVATE doubts", "Goal drafted"]
    assert [(p["source"], p["flag"]) for p in brief["actions"]] == [
        (f"action {late[:8]}", "overdue")
    ]
    assert "Lead the migration" in brief["goals"][0]["text"]
    assert "Read the guide" not in json.dumps(brief)

    mentee_brief = ok("sam", "brief", pair_id[:6])
    assert "Goal drafted" in mentee_brief and "PRIVATE" not in mentee_brief
    agenda = json.loads(ok("ann", "agenda", "--minutes", "45", "--pair", pair_id[:6], "--json"))
    assert "Draft the charter" in agenda["items"][1]["purpose"]
    assert json.loads(ok("ann", "pair", "list", "--json"))[0]["role"] == "mentor"
    shown = json.loads(ok("sam", "pair", "show", pair_id[:6], "--json"))
    assert "PRIVATE" not in json.dumps(shown) and shown["shared_goals"][0]["statement"]
    as_text = ok("sam", "pair", "show", pair_id[:6])
    assert "shared: Goal drafted" in as_text and "PRIVATE" not in as_text and "[OVERDUE]" in as_text
    assert "private: PRIVATE doubts" in ok("ann", "pair", "show", pair_id[:6])


def test_nobody_else_sees_a_pair_and_a_mentee_cannot_record_sessions() -> None:
    pair_id = ok("ann", "pair", "add", "ann", "sam").strip()
    for args in (("brief", pair_id), ("pair", "show", pair_id)):
        result = run("eve", *args)
        assert result.exit_code == 2 and "no pair of yours" in result.stderr
    result = run("sam", "session", "add", pair_id, "--date", "2025-02-01")
    assert result.exit_code == 2 and "only the pair's mentor" in result.stderr
    result = run("eve", "pair", "add", "ann", "sam")
    assert result.exit_code == 2 and "pairs you mentor" in result.stderr


def test_the_agenda_exports_as_an_ics_event_in_its_time_zone(tmp_path: Path) -> None:
    target = tmp_path / "session.ics"
    ok(
        "ann",
        "agenda",
        "--minutes",
        "60",
        "--phase",
        "cultivation",
        "--format",
        "group",
        "--export",
        "ics",
        "-o",
        str(target),
        "--at",
        "2025-04-02T18:30",
        "--tz",
        "Europe/Paris",
    )
    event = next(iter(icalendar.Calendar.from_ical(target.read_text()).walk("VEVENT")))
    assert event.decoded("dtend") - event.decoded("dtstart") == timedelta(minutes=60)
    assert event["dtstart"].params["TZID"] == "Europe/Paris"
    assert "Round-robin" in str(event["description"])
    markdown = ok("ann", "agenda", "--minutes", "30", "--phase", "separation", "--export", "md")
    assert markdown.startswith("# Session agenda: 30 minutes")


def test_bad_options_get_one_clear_line() -> None:
    for args, says in (
        (("agenda", "--minutes", "45"), "give --pair, --session or --phase"),
        (("agenda", "--minutes", "45", "--session", "2", "--phase", "separation"), "not both"),
        (("agenda", "--minutes", "200", "--session", "2"), "15 to 120"),
        (("agenda", "--minutes", "45", "--phase", "growth"), "not one of"),
        (("pair", "add", "ann", "sam", "--format", "trio"), "not one of"),
    ):
        result = run("ann", *args)
        assert result.exit_code == 2 and says in result.stderr, (args, result.output)
