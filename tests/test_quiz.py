"""The stance quiz: the bundled bank is valid and large enough, draws are reproducible, answers
are marked and explained, and a missed question comes back later in the session."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.skills.training import QuizSession, TrainingDataError, draw, load_bank
from assistant.skills.training.guides import unresolved
from assistant.skills.training.quiz import MIN_PER_LANGUAGE, bank_sizes, read_answer

ENTRY = """\
- id: en-900
  lang: en
  level: 1
  situation: "A mentee is stuck."
  utterance: "What options do you see?"
  answer: coaching
  cues: [open_question]
  explanation: "An open question."
  source: {guide: en/grow-model.md, section: "Options"}
"""


def test_the_bundled_bank_has_enough_questions_per_language_and_cites_real_sections() -> None:
    bank = load_bank()
    sizes = bank_sizes(bank)
    assert all(size >= MIN_PER_LANGUAGE for size in sizes.values()), sizes
    assert unresolved([q.source for q in bank]) == []


def test_a_trainer_can_add_a_question_and_a_bad_one_is_named(tmp_path: Path) -> None:
    path = tmp_path / "bank.yaml"
    path.write_text(ENTRY, encoding="utf-8")
    assert [q.id for q in load_bank(path)] == ["en-900"]
    path.write_text(ENTRY + ENTRY, encoding="utf-8")
    with pytest.raises(TrainingDataError, match=r"question 2.*duplicate id 'en-900'"):
        load_bank(path)
    path.write_text(ENTRY.replace("answer: coaching", "answer: coach"), encoding="utf-8")
    with pytest.raises(TrainingDataError, match=r"en-900.*answer must be one of"):
        load_bank(path)
    path.write_text(ENTRY.replace("[open_question]", "[open]"), encoding="utf-8")
    with pytest.raises(TrainingDataError, match="unknown cue"):
        load_bank(path)
    path.write_text(ENTRY.replace('  source: {guide: en/grow-model.md, section: "Options"}\n', ""))
    with pytest.raises(TrainingDataError, match="source"):
        load_bank(path)


def test_draws_are_reproducible_by_seed_in_one_language_easiest_first() -> None:
    bank = load_bank()
    first, again = draw(bank, "fr", 10, seed=7), draw(bank, "fr", 10, seed=7)
    assert first == again and len({q.id for q in first}) == 10
    assert {q.lang for q in first} == {"fr"}
    assert [q.level for q in first] == sorted(q.level for q in first)
    with pytest.raises(ValueError, match="between 1 and"):
        draw(bank, "en", 0)
    with pytest.raises(ValueError, match="language"):
        draw(bank, "de", 3)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("c", "coaching"),
        ("Mentorat", "mentoring"),
        ("neutre", "neutral"),
        ("2", "mentoring"),
        ("maybe", None),
    ],
)
def test_answers_are_read_in_english_and_french(text: str, stance: str | None) -> None:
    assert read_answer(text) == stance


def test_a_wrong_answer_comes_back_after_two_questions_once_and_the_score_counts_first_tries() -> (
    None
):
    questions = draw(load_bank(), "en", 4, seed=3)
    session = QuizSession(questions)
    first = questions[0]
    wrong = next(s for s in ("coaching", "mentoring", "neutral") if s != first.answer)
    marking = session.answer(wrong)
    assert (marking.correct, marking.comes_back) == (False, True)
    assert marking.question.explanation and marking.question.cues and marking.question.source
    order = [first.id]
    while session.current is not None:
        question = session.current
        order.append(question.id)
        again = session.answer(wrong if question.id == first.id else question.answer)
        assert not again.comes_back  # a second miss does not loop
    assert order == [first.id, questions[1].id, questions[2].id, first.id, questions[3].id]
    assert session.score() == (3, 4)
    assert session.second_chances() == (0, 1)
    with pytest.raises(RuntimeError):
        session.answer("c")
