"""`mentor quiz`, `mentor roleplay` and `mentor course`, mounted on a Typer app here as
``assistant.cli`` would mount them; the chat model is the scripted fake."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from assistant.cli import training
from assistant.skills.training.quiz import bundled_bank, draw

runner = CliRunner()
app = typer.Typer(add_completion=False, rich_markup_mode="rich")
for command in (training.quiz, training.roleplay, training.course):
    app.command()(command)


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_quiz_json_reads_answers_from_stdin_and_brings_a_miss_back() -> None:
    questions = draw(bundled_bank(), "en", 3, seed=5)
    wrong = next(s for s in ("coaching", "mentoring", "neutral") if s != questions[0].answer)
    answers = [wrong, questions[1].answer, questions[2].answer, questions[0].answer]
    code, out, _ = run("quiz", "--n", "3", "--seed", "5", "--json", stdin="\n".join(answers))
    assert code == 0
    data = json.loads(out)
    assert (data["score"], data["total"]) == (2, 3)
    assert data["second_chances"] == {"right": 1, "of": 1}
    assert [a["id"] for a in data["answers"]] == [q.id for q in questions] + [questions[0].id]
    first = data["answers"][0]
    assert first["comes_back"] and first["cues"] and first["source"]["section"]


def test_interactive_quiz_explains_in_french() -> None:
    code, out, _ = run("quiz", "--lang", "fr", "--n", "2", "--seed", "1", stdin="c\nm\nn\nc\n")
    assert code == 0
    assert "Quiz de posture, 2 questions" in out
    assert "Indices :" in out and "Voir « " in out and "Score : " in out


def test_quiz_errors_are_one_line() -> None:
    code, _, err = run("quiz", "--n", "500")
    assert code == 2 and "Error:" in err and "between 1 and" in err
    code, _, err = run("quiz", "--lang", "de")
    assert code == 2 and "language must be one of en, fr" in err


@pytest.fixture
def fake_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MENTOR_LLM_BACKEND", "fake")


def test_roleplay_script_plays_the_turns_and_prints_the_feedback(
    tmp_path: Path, fake_model: None
) -> None:
    script = tmp_path / "turns.txt"
    script.write_text(
        "Hi Sam.\nfeedback\nWhat would you like to get out of today?\nDo you like your job?\n"
        "You should ask for a transfer.\nWhat do you really enjoy?\nCan I share an idea?\n"
        "What is your first step, and by when?\nfeedback\n",
        encoding="utf-8",
    )
    code, out, _ = run("roleplay", "--scenario", "unclear-goals", "--script", str(script))
    assert code == 0, out
    assert "Sam: Hi. To be honest" in out
    assert "Feedback comes after 6 of your turns; you have taken 1" in out
    assert "what I'd really love is to move into UX design" in out  # asked well at turn 5
    assert "(scripted line: the model's turn was out of character)" in out  # the fake cites [1]
    assert "4. “You should ask for a transfer.”: mentoring · advice without permission" in out
    assert "Open questions: 3 of 7 turns (43%)" in out


def test_roleplay_json_report_and_scenario_list(tmp_path: Path, fake_model: None) -> None:
    code, out, _ = run("roleplay", "--lang", "fr")
    assert code == 0 and "decide-for-me\tUn mentoré qui veut que le mentor décide" in out
    script = tmp_path / "turns.txt"
    script.write_text("\n".join(["Bonjour."] * 6 + ["feedback"]), encoding="utf-8")
    code, out, _ = run(
        "roleplay",
        "--scenario",
        "missed-meeting",
        "--lang",
        "fr",
        "--script",
        str(script),
        "--json",
    )
    assert code == 0
    data = json.loads(out)
    assert len(data["turns"]) == 6 and "no_goal" in data["flags"]
    assert data["replaced"] == {"role_break": 6}
    code, _, err = run("roleplay", "--scenario", "nope", "--script", str(script))
    assert code == 2 and "unknown scenario 'nope'" in err


def test_course_outline_and_a_step_with_citations() -> None:
    code, out, _ = run("course")
    assert (
        code == 0 and "8 steps" in out and "4. The coaching stance and the mentoring stance" in out
    )
    code, out, _ = run("course", "--lang", "fr", "--step", "4")
    assert code == 0
    assert out.startswith("Étape 4 sur 8 : Posture de coach, posture de mentor")
    assert "[1] " in out and "Points clés :" in out and "Étape validée quand :" in out
    code, out, _ = run("course", "--step", "2", "--json")
    data = json.loads(out)
    assert data["practice"]["kind"] == "roleplay" and "Yasmine" not in out  # hidden concern
    code, _, err = run("course", "--step", "12")
    assert code == 2 and "between 1 and 8" in err
