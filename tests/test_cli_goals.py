"""`mentor goal ...`: the SMART check, a drafted goal kept per user, exports, tracking."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import icalendar
import pytest
from click.testing import Result
from typer.testing import CliRunner

from assistant import cli
from assistant.cli import common as cli_common
from assistant.config import load_settings
from assistant.goals.model import Goal, GoalDraft
from assistant.records.store import Records
from assistant.retrieval import KnowledgeBase
from tests.fakes import HashingEmbedder

runner = CliRunner()


@pytest.fixture(autouse=True)
def offline(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, docs_dir: Path) -> None:
    monkeypatch.setenv("MENTOR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("MENTOR_KNOWLEDGE_DIR", str(docs_dir))
    monkeypatch.setenv("MENTOR_LLM_BACKEND", "fake")
    monkeypatch.setenv("MENTOR_USER", "amira")
    monkeypatch.setattr(
        cli_common,
        "KnowledgeBase",
        lambda settings: KnowledgeBase(settings, embedder=HashingEmbedder()),
    )


def test_a_vague_goal_is_flagged_with_suggestions() -> None:
    result = runner.invoke(
        cli.app, ["goal", "check", "I want to be better at public speaking", "--json"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert not report["specific"] and not report["measurable"] and not report["time_bound"]
    for criterion in ("specific", "measurable", "time_bound"):
        assert len(report["suggestions"][criterion]) > 20


def test_a_smart_goal_passes_with_evidence() -> None:
    goal = (
        "Give three 10-minute talks at team meetings by 30 June and get a 4/5 average "
        "feedback score"
    )
    report = json.loads(runner.invoke(cli.app, ["goal", "check", goal, "--json"]).stdout)
    assert report["specific"] and report["measurable"] and report["time_bound"]
    assert "30 June" in report["evidence"]["time_bound"]


def test_many_goals_in_one_process(tmp_path: Path) -> None:
    goals = tmp_path / "goals.txt"
    goals.write_text("Réussir le TOEIC avec 850 points d'ici fin mars\n\nwrite more\n")
    result = runner.invoke(cli.app, ["goal", "check", "--file", str(goals), "--json"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["text"] for r in rows] == [
        "Réussir le TOEIC avec 850 points d'ici fin mars",
        "write more",
    ]
    assert rows[0]["time_bound"] and rows[0]["language"] == "fr"
    assert not rows[1]["time_bound"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["goal", "check"], "give either a goal TEXT or --file FILE"),
        (["goal", "check", "  "], "the goal is empty"),
        (["goal", "check", "x", "--lang", "de"], "language must be one of en, fr"),
        (["goal", "check", "--file", "missing.txt"], "cannot read missing.txt"),
        (["goal", "show", "abc"], "no goal of yours starts with 'abc'"),
        (["goal", "export", "abc", "--format", "pdf"], "format must be md or ics"),
    ],
)
def test_goal_errors_are_clear(args: list[str], message: str) -> None:
    result = runner.invoke(cli.app, args)
    assert result.exit_code == 2, result.output
    assert message in result.stderr


DRAFT = "\n".join(
    [
        "give three talks at team meetings and get a 4/5 average feedback score",
        "in 8 weeks",
        "so that I can apply for team-lead roles",
        "I rarely present",
        "volunteer for the monthly demo",
        "ask my manager for a slot",
        "tomorrow",
        "none",
        "yes",
        "",
    ]
)


def test_a_drafted_goal_is_kept_for_its_owner_only_and_exports(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    result = runner.invoke(cli.app, ["goal", "draft"], input=DRAFT)
    assert result.exit_code == 0, result.output
    assert "Here is your goal" in result.stdout and "Saved" in result.stdout

    [goal] = json.loads(runner.invoke(cli.app, ["goal", "list", "--json"]).stdout)
    assert goal["owner"] == "amira" and goal["status"] == "active"
    short = goal["id"][:6]

    out = tmp_path / "goal.ics"
    result = runner.invoke(cli.app, ["goal", "export", short, "-f", "ics", "-o", str(out)])
    assert result.exit_code == 0, result.output
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    starts = {str(e.get("DTSTART").dt) for e in calendar.walk("VEVENT")}
    assert goal["target_date"] in starts
    markdown = runner.invoke(cli.app, ["goal", "export", short]).stdout
    assert markdown.startswith("# ") and "Give three talks" in markdown

    runner.invoke(cli.app, ["goal", "progress", short, "gave the first talk", "--percent", "30"])
    runner.invoke(cli.app, ["goal", "status", short, "achieved"])
    [goal] = json.loads(runner.invoke(cli.app, ["goal", "list", "--json"]).stdout)
    assert goal["status"] == "achieved" and goal["progress"][0]["percent"] == 30

    monkeypatch.setenv("MENTOR_USER", "bruno")
    assert json.loads(runner.invoke(cli.app, ["goal", "list", "--json"]).stdout) == []
    result = runner.invoke(cli.app, ["goal", "show", short])
    assert result.exit_code == 2 and "no goal of yours" in result.stderr


# -- mentor goal edit ---------------------------------------------------------------------------


def saved_goal(owner: str = "amira", **fields: object) -> Goal:
    """A goal stored straight in the records file the CLI uses."""
    draft = GoalDraft.model_validate(
        {
            "statement": "Give three talks at team meetings",
            "success_measures": ["three talks"],
            "target_date": date.today() + timedelta(days=200),
            **fields,
        }
    )
    with Records(load_settings().records_path) as records:
        return records.save_goal(owner, draft)


def stored(goal: Goal) -> Goal:
    with Records(load_settings().records_path) as records:
        return records.get_goal(goal.owner, goal.id)


def edit(goal_id: str, *sets: str, stdin: str | None = None) -> Result:
    args = ["goal", "edit", goal_id[:8]]
    for assignment in sets:
        args += ["--set", assignment]
    return runner.invoke(cli.app, args, input=stdin)


IN_SIX_WEEKS = date.today() + timedelta(weeks=6)


@pytest.mark.parametrize(
    ("assignment", "attribute", "expected"),
    [
        ("statement=Give four talks by June", "statement", "Give four talks by June"),
        ("why=so that I can lead the team", "relevance", "so that I can lead the team"),
        ("measures=4 talks; a 4/5 score", "success_measures", ["4 talks", "a 4/5 score"]),
        ("target=in 6 weeks", "target_date", IN_SIX_WEEKS),
        ("target=2099-06-30", "target_date", date(2099, 6, 30)),
        ("first-step=ask my manager for a slot", "first_step", "ask my manager for a slot"),
        ("first-step-date=in 6 weeks", "first_step_date", IN_SIX_WEEKS),
        ("review=in 6 weeks", "review_date", IN_SIX_WEEKS),
        ("obstacles=time; nerves", "obstacles", ["time", "nerves"]),
        ("support=feedback on my slides", "support_needed", "feedback on my slides"),
        ("why=", "relevance", ""),
    ],
)
def test_edit_sets_each_field(assignment: str, attribute: str, expected: object) -> None:
    goal = saved_goal(relevance="to grow")
    result = edit(goal.id, assignment)
    assert result.exit_code == 0, result.output
    assert f"saved goal {goal.id[:8]}" in result.stderr
    after = stored(goal)
    assert getattr(after, attribute) == expected
    assert after.updated_at > goal.updated_at


def test_edit_in_french_dates_and_repeated_measures() -> None:
    goal = saved_goal(language="fr", statement="Réussir le TOEIC avec 850 points")
    result = edit(goal.id, "target=d'ici fin mars", "measures=850 points", "measures=oral B2")
    assert result.exit_code == 0, result.output
    after = stored(goal)
    assert (after.target_date.month, after.target_date.day) == (3, 31)  # type: ignore[union-attr]
    assert after.success_measures == ["850 points", "oral B2"]


def test_edit_adds_removes_and_ticks_milestones() -> None:
    goal = saved_goal()
    assert edit(goal.id, "milestone-add=first talk @ in 6 weeks").exit_code == 0
    assert edit(goal.id, "milestone-add=second talk @ 2099-01-01").exit_code == 2  # after target
    assert edit(goal.id, "milestone-done=1").exit_code == 0
    [milestone] = stored(goal).milestones
    assert (milestone.description, milestone.due, milestone.done) == (
        "first talk",
        IN_SIX_WEEKS,
        True,
    )
    assert edit(goal.id, "milestone-remove=1").exit_code == 0
    assert stored(goal).milestones == []


def test_edit_prints_the_smart_check_of_the_edited_goal_as_advice() -> None:
    goal = saved_goal()
    result = edit(goal.id, "statement=Get better at public speaking")
    assert result.exit_code == 0, result.output
    assert "SMART: not specific:" in result.stderr and "SMART: not relevant:" in result.stderr
    assert "not time-bound" not in result.stderr  # its target date stands
    assert "not measurable" not in result.stderr  # "three talks" is its success measure
    assert stored(goal).statement == "Get better at public speaking"


def test_edit_json_gives_the_saved_goal_and_its_smart_check() -> None:
    goal = saved_goal()
    statement = "statement=Give three talks at team meetings by 30 June so that I can lead"
    result = runner.invoke(cli.app, ["goal", "edit", goal.id, "--set", statement, "--json"])
    body = json.loads(result.stdout)
    assert body["goal"]["statement"] == statement.removeprefix("statement=")
    assert body["goal"]["id"] == goal.id
    assert body["smart"]["time_bound"] and body["smart"]["relevant"]


@pytest.mark.parametrize(
    ("assignments", "message"),
    [
        (["colour=red"], "unknown field 'colour': use one of statement, why, measures"),
        (["target"], "'target' is not FIELD=VALUE"),
        (["target=someday"], "cannot read 'someday' as a target date: write e.g."),
        (["target=2001-01-01"], "the target date 2001-01-01 is in the past"),
        (["statement=-"], "the statement cannot be empty"),
        (["first-step-date=2199-01-01"], "after the target date"),
        (["why=ok", "why=again"], "why is given twice"),
        (["milestone-remove=2"], "no milestone '2' on this goal (it has none)"),
    ],
)
def test_edit_errors_exit_non_zero_say_how_to_fix_and_save_nothing(
    assignments: list[str], message: str
) -> None:
    goal = saved_goal()
    result = edit(goal.id, "support=a change", *assignments)
    assert result.exit_code == 2, result.output
    assert message in " ".join(result.stderr.split())
    assert stored(goal) == goal


def test_edit_of_an_unknown_or_someone_elses_goal_is_not_found() -> None:
    theirs = saved_goal(owner="bruno")
    for goal_id in (theirs.id, "0123abcd"):
        result = edit(goal_id, "statement=Mine now")
        assert result.exit_code == 2
        assert f"no goal of yours starts with '{goal_id[:8]}'" in result.stderr
    assert stored(theirs) == theirs


def test_edit_without_set_asks_each_field_with_the_current_value_as_default() -> None:
    goal = saved_goal(relevance="to grow")
    answers = [
        "Give four talks",  # statement
        "",  # why: kept
        "",  # measures: kept
        "in 6 weeks",  # target
        "ask for a slot",  # first step
        "",  # first-step date: stays empty
        "",  # review
        "-",  # obstacles: cleared
        "",  # options considered: kept
        "",  # support
        "first talk @ in 6 weeks",  # a milestone
        "",  # no more milestones
    ]
    result = edit(goal.id, stdin="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    assert "statement [Give three talks at team meetings]:" in result.stderr
    after = stored(goal)
    assert (after.statement, after.relevance, after.success_measures) == (
        "Give four talks",
        "to grow",
        ["three talks"],
    )
    assert after.target_date == IN_SIX_WEEKS and after.first_step == "ask for a slot"
    assert [m.description for m in after.milestones] == ["first talk"]


def test_an_abandoned_interactive_edit_saves_nothing() -> None:
    goal = saved_goal()
    result = edit(goal.id, stdin="Give four talks\n")  # then end of input
    assert result.exit_code != 0
    assert stored(goal) == goal


# -- one owner for the command line and the local web app -------------------------------------


def test_the_command_lines_default_user_is_the_local_web_apps_user(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from assistant.config import current_user
    from assistant.records.logins import LOCAL_USER
    from assistant.ui.goal_handlers import goal_choices, goals_markdown
    from assistant.ui.handlers import user_of

    monkeypatch.delenv("MENTOR_USER")
    assert current_user(load_settings()) == LOCAL_USER == "local"
    result = runner.invoke(cli.app, ["goal", "draft"], input=DRAFT)
    assert result.exit_code == 0, result.output
    [goal] = json.loads(runner.invoke(cli.app, ["goal", "list", "--json"]).stdout)
    assert goal["owner"] == "local"

    settings = load_settings()
    web_user = user_of(None, settings)  # the web app without logins
    with Records(settings.records_path) as records:
        listed = goals_markdown(records, web_user)
        assert goal["statement"] in listed
        assert goal_choices(records, web_user) == [(goal["statement"][:80], goal["id"])]

    monkeypatch.setenv("MENTOR_USER", "amira")  # still overrides the default
    assert current_user(load_settings()) == "amira"
    assert json.loads(runner.invoke(cli.app, ["goal", "list", "--json"]).stdout) == []


def test_goals_left_under_the_login_name_are_hinted_at_not_moved(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("MENTOR_USER")
    monkeypatch.setattr(cli_common.getpass, "getuser", lambda: "sam")
    older = saved_goal(owner="sam")

    result = runner.invoke(cli.app, ["goal", "list", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == []
    hint = " ".join(result.stderr.split())
    assert "1 goal(s) saved earlier under your login name 'sam'" in hint
    assert "set MENTOR_USER=sam" in hint

    monkeypatch.setenv("MENTOR_USER", "sam")  # the documented way to reach them
    result = runner.invoke(cli.app, ["goal", "list", "--json"])
    assert [g["id"] for g in json.loads(result.stdout)] == [older.id]
    assert "Note:" not in result.stderr
    assert stored(older).owner == "sam", "nothing was moved"

    monkeypatch.delenv("MENTOR_USER")
    saved_goal(owner="local")  # once the local user has goals, the note stops
    assert "Note:" not in runner.invoke(cli.app, ["goal", "list"]).stderr


def test_no_hint_without_a_records_file_or_when_the_login_is_local(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("MENTOR_USER")
    settings = load_settings()
    assert cli_common.former_owner_hint(settings) is None  # no records file yet
    saved_goal(owner="local")
    monkeypatch.setattr(cli_common.getpass, "getuser", lambda: "local")
    assert cli_common.former_owner_hint(settings) is None
