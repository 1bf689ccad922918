"""The onboarding course: the bundled file is valid and every cited section exists, a step is
shown in either language, the pass mark is code, and progress goes through a storage seam."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.skills.training import MemoryProgress, TrainingDataError, load_course
from assistant.skills.training.course import COURSE_PATH, CourseProgress, quiz_passed


def test_every_step_resolves_in_both_languages_with_cited_sections() -> None:
    course = load_course()
    assert len(course.steps) == 8
    for number in range(1, len(course.steps) + 1):
        for language in ("en", "fr"):
            view = course.view(number, language)
            assert view.sections and all(s.title and s.excerpt for s in view.sections)
            assert view.key_points and view.done_when
            if view.kind == "quiz":
                assert view.stance_questions or view.choice_questions
                assert all(q.lang == language for q in view.stance_questions)
            else:
                assert view.roleplay_brief  # for the model, never shown as is


def test_step_four_practises_the_stance_quiz_and_step_two_a_role_play() -> None:
    course = load_course()
    four = course.view(4, "fr")
    assert four.id == "coaching-and-mentoring-stances"
    assert [q.id for q in four.stance_questions] == [
        "fr-001",
        "fr-005",
        "fr-008",
        "fr-038",
        "fr-047",
    ]
    assert course.view(2, "en").kind == "roleplay"
    with pytest.raises(ValueError, match="between 1 and 8"):
        course.view(9, "en")


def test_the_pass_mark_is_eighty_percent_rounded_up() -> None:
    assert quiz_passed(2, 2) and not quiz_passed(1, 2)
    assert quiz_passed(4, 5) and not quiz_passed(3, 5)
    assert not quiz_passed(0, 0)


def test_progress_is_per_user_behind_a_protocol() -> None:
    course = load_course()
    progress: CourseProgress = MemoryProgress()
    assert course.next_step(progress, "ana") == 1
    progress.mark_done("ana", course.steps[0].id)
    assert course.next_step(progress, "ana") == 2
    assert course.next_step(progress, "ben") == 1


def test_an_unknown_quiz_id_is_named(tmp_path: Path) -> None:
    text = COURSE_PATH.read_text(encoding="utf-8").replace("en-046", "en-999")
    path = tmp_path / "course.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(TrainingDataError, match=r"step 4 .*unknown quiz id.*en-999"):
        load_course(path)
