"""`mentor goal ...`: the SMART check, a drafted goal kept per user, exports, tracking."""

from __future__ import annotations

import json
from pathlib import Path

import icalendar
import pytest
from typer.testing import CliRunner

from assistant import cli, cli_goals
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
        cli_goals,
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
