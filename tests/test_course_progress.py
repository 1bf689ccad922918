"""Course progress is kept per user in the records file: the records store is a
:class:`CourseProgress`, `mentor course --done N` marks a step, and erasure removes it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from assistant.cli import training
from assistant.records.course_progress import StoredProgress
from assistant.records.store import Records
from assistant.skills.training.course import CourseProgress, load_course

runner = CliRunner()
app = typer.Typer(add_completion=False)
app.command()(training.course)
app.command()(training.quiz)  # two commands: Typer then expects the command's name


def test_the_records_store_keeps_each_users_steps(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    course = load_course()
    first, second = course.steps[0].id, course.steps[1].id
    with StoredProgress(path) as progress:
        stored: CourseProgress = progress  # the protocol the course reads progress through
        assert course.next_step(stored, "amira") == 1
        stored.mark_done("amira", first)
        stored.mark_done("amira", first)  # again: no error, no second row
        stored.mark_done("bruno", second)
    with StoredProgress(path) as reopened:  # kept in the file, not in memory
        assert reopened.completed("amira") == {first}
        assert reopened.completed("bruno") == {second}
        assert reopened.completed("nobody") == set()
        assert course.next_step(reopened, "amira") == 2
        with pytest.raises(ValueError, match="step id"):
            reopened.mark_done("amira", "")


def test_erasure_removes_it_and_the_export_shows_it(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    with StoredProgress(path) as progress:
        progress.mark_done("amira", "what-mentoring-is")
        progress.mark_done("bruno", "what-mentoring-is")
    with Records(path) as records:
        exported = records.export_user("amira")["course_progress"]
        assert [entry["step"] for entry in exported] == ["what-mentoring-is"]
        assert records.erase_user("amira") >= 2  # the user and their step
    with StoredProgress(path) as progress:
        assert progress.completed("amira") == set()
        assert progress.completed("bruno") == {"what-mentoring-is"}, "others keep theirs"


def test_mentor_course_done_marks_the_step_for_the_command_lines_user(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("MENTOR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("MENTOR_USER", "amira")
    result = runner.invoke(app, ["course", "--done", "1", "--json"])
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [row["done"] for row in rows[:3]] == [True, False, False]
    outline = runner.invoke(app, ["course"]).stdout.splitlines()
    assert sum("(done)" in line for line in outline) == 1
    monkeypatch.setenv("MENTOR_USER", "bruno")
    rows = json.loads(runner.invoke(app, ["course", "--json"]).stdout)
    assert not any(row["done"] for row in rows), "progress is per user"
    result = runner.invoke(app, ["course", "--done", "99"])
    assert result.exit_code == 2 and "between 1 and 8" in result.stderr
