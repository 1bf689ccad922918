"""`mentor stance`: one turn, a file of turns, a transcript; JSON for scripts; clear errors.

The command is mounted on a small Typer app here, as ``assistant.cli`` mounts it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from assistant.cli.stance import stance

runner = CliRunner()
app = typer.Typer(add_completion=False, rich_markup_mode="rich")
app.command()(stance)
app.command("noop", hidden=True)(lambda: None)  # two commands: `stance` stays a sub-command


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["stance", *args])
    return result.exit_code, result.stdout, result.stderr


def test_one_utterance_as_json() -> None:
    code, out, _ = run("What options do you see?", "--json")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"stance", "confidence", "cues", "language"}
    assert (data["stance"], data["language"]) == ("coaching", "en")
    assert "open_question" in data["cues"]


def test_context_is_accepted_and_french_is_answered_in_french() -> None:
    code, out, _ = run(
        "T'as pensé à demander à ta cheffe ?", "--context", "Je suis bloquée.", "--json"
    )
    assert code == 0
    assert json.loads(out)["stance"] == "mentoring"
    code, out, _ = run("Quelles options vois-tu ?")
    assert code == 0
    assert out.startswith("coaching (confiance ")
    assert "Indices : question ouverte" in out


def test_a_file_gives_one_json_line_per_utterance_with_its_text(tmp_path: Path) -> None:
    path = tmp_path / "turns.txt"
    path.write_text(
        "What options do you see?\n\nThanks, see you Thursday at 10.\nMerci, à jeudi 10 h.\n",
        encoding="utf-8",
    )
    code, out, _ = run("--file", str(path), "--json")
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["text"] for line in lines] == [
        "What options do you see?",
        "Thanks, see you Thursday at 10.",
        "Merci, à jeudi 10 h.",
    ]
    assert [line["stance"] for line in lines] == ["coaching", "neutral", "neutral"]
    assert all(set(line) == {"text", "stance", "confidence", "cues", "language"} for line in lines)


def test_a_transcript_profile_as_text_and_json(tmp_path: Path) -> None:
    path = tmp_path / "session.txt"
    path.write_text(
        "Mentee: What would you do?\n"
        "Mentor: When I was in your shoes I asked for a stretch project; I'd suggest the same.\n"
        "Mentor: What options do you see?\n",
        encoding="utf-8",
    )
    code, out, _ = run("--transcript", str(path))
    assert code == 0
    assert "Mentor: 2 turns" in out
    assert "advice given without being asked: 0" in out
    code, out, _ = run("--transcript", str(path), "--json")
    data = json.loads(out)
    mentor = next(s for s in data["speakers"] if s["speaker"] == "Mentor")
    assert mentor["stance_counts"] == {"coaching": 1, "mentoring": 1, "neutral": 0}
    assert mentor["open_question_ratio"] == 1.0
    # both Mentor turns follow "What would you do?" (the last turn of another speaker)
    assert [t["asked"] for t in data["turns"]] == [False, True, True]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "exactly one of"),
        (("Hi", "--file", "x.txt"), "exactly one of"),
        (("--file", "missing.txt"), "not found: missing.txt"),
        (("--transcript", "missing.txt"), "not found"),
        (("--context", "hello", "--file", "x.txt"), "--context goes with"),
        (("   ",), "empty"),
    ],
)
def test_errors_are_one_clear_line_and_exit_code_2(args: tuple[str, ...], message: str) -> None:
    code, _, err = run(*args)
    assert code == 2
    assert "Error:" in err
    assert message in err


def test_an_empty_file_and_a_transcript_without_speakers_are_clear_errors(
    tmp_path: Path,
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("\n\n", encoding="utf-8")
    code, _, err = run("--file", str(empty))
    assert (code, "the file is empty" in err) == (2, True)
    loose = tmp_path / "loose.txt"
    loose.write_text("no speaker here\n", encoding="utf-8")
    code, _, err = run("--transcript", str(loose))
    assert (code, "Speaker: text" in err) == (2, True)


def test_help_shows_the_examples() -> None:
    result = runner.invoke(app, ["stance", "--help"])
    assert result.exit_code == 0
    assert "--transcript" in result.stdout
    assert "mentor stance --file turns.txt --json" in result.stdout
