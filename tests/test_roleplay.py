"""Role-play: scenarios as data, the character guard around the model, and the feedback report
(its figures on a small transcript, and that it is a pure function of the transcript)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.model.fake import ScriptedChatModel
from assistant.skills.training import (
    NotEnoughTurns,
    RolePlay,
    TrainingDataError,
    Transcript,
    build_report,
    load_scenarios,
    persona,
)
from assistant.skills.training.roleplay import check_turn
from assistant.skills.training.scenarios import SCENARIOS_PATH

KINDS = {
    "unclear-goals",
    "missed-meeting",
    "career-change",
    "manager-conflict",
    "low-confidence",
    "decide-for-me",
    "reverse-mentoring",
    "quiet-group-member",
}
SAM = persona("unclear-goals", "en")


def test_eight_scenarios_in_each_language_cover_the_issue_s_situations() -> None:
    scenarios = load_scenarios()
    assert set(scenarios) >= KINDS
    for personas in scenarios.values():
        assert set(personas) == {"en", "fr"}


def test_a_scripted_line_that_gives_the_goal_away_is_refused(tmp_path: Path) -> None:
    text = SCENARIOS_PATH.read_text(encoding="utf-8").replace(
        '"Maybe. It\'s hard to say."', '"Maybe UX design?"'
    )
    path = tmp_path / "scenarios.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(TrainingDataError, match=r"unclear-goals.*gives the goal away"):
        load_scenarios(path)


@pytest.mark.parametrize(
    ("draft", "reason"),
    [
        ("You should ask your manager for a transfer.", "advice"),
        ("As an AI language model, I can't have goals.", "role_break"),
        ("According to the guides [1], this is a scripted answer.", "role_break"),
        ("Mentor: What do you want?\nSam: I don't know.", "role_break"),
        ("I've been doing a UX course at night.", "reveal"),
        ("Honestly. " * 5 + "I don't know.", "too_long"),
        ("", "empty"),
        ("I don't know. Maybe something with people.", None),
        ("I'm sorry, but I can't help with that.", "refusal"),
        ("Je suis désolé, mais je ne peux pas aider avec ça.", "refusal"),
    ],
)
def test_the_guard_names_why_a_draft_cannot_be_shown(draft: str, reason: str | None) -> None:
    assert check_turn(draft, SAM, revealed=False) == reason


def test_a_draft_that_hands_the_trainees_question_back_or_repeats_itself_is_replaced() -> None:
    said = "What would make our time together worthwhile for you?"
    echo = "I appreciate your honesty. What would make our time together worthwhile for you?"
    assert check_turn(echo, SAM, revealed=False, said=said) == "echo"
    earlier = ["I'm frustrated and tempted to complain to my manager's boss."]
    assert check_turn(earlier[0], SAM, revealed=False, earlier=earlier) == "repeat"
    fresh = "Not really sure. I like the people, I guess."
    assert check_turn(fresh, SAM, revealed=False, said=said, earlier=earlier) is None


def test_out_of_character_turns_are_replaced_by_scripted_lines_in_turn() -> None:
    model = ScriptedChatModel(script=["You should try a course.", "As an AI, I can't say."])
    play = RolePlay(SAM, model)
    first, second = play.reply("Hi Sam."), play.reply("How was your week?")
    assert (first.text, first.replaced) == (SAM.lines[0], "advice")
    assert (second.text, second.replaced) == (SAM.lines[1], "role_break")
    assert play.replaced == {"advice": 1, "role_break": 1}


def test_the_goal_is_revealed_only_to_an_open_question_on_topic_from_turn_three() -> None:
    model = ScriptedChatModel(script=["I'm not sure."])
    play = RolePlay(SAM, model)
    assert not play.reply("What do you enjoy about your work?").revealed  # turn 1: too early
    assert not play.reply("Do you enjoy your work?").revealed
    assert not play.reply("What did you do this weekend?").revealed  # open, off topic
    turn = play.reply("What would you really love to do?")
    assert turn.revealed and turn.text == SAM.reveal
    prompts = [" ".join(str(m.content) for m in messages) for messages, _ in model.calls]
    assert all("UX" not in text for text in prompts)  # never told before the reveal
    play.reply("Tell me more.")
    assert "UX design" in model.calls[-1][0][0].content, "the persona now knows its goal"


def test_a_model_that_is_down_leaves_the_mentee_in_character() -> None:
    class Down(ScriptedChatModel):
        def _stream(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            raise OSError("connection refused")
            yield

    play = RolePlay(SAM, Down())
    assert play.reply("Hello Sam.").replaced == "model_unavailable"


SMALL = """\
Mentee: I'm not sure what to work on.
Mentor: What would you like to get out of today?
Mentee: I'd like to know what to do next in my career.
Mentor: Do you like your job?
Mentee: It's fine.
Mentor: You should ask for a transfer.
Mentee: Maybe. What would you do in my place?
Mentor: I'd talk to HR first.
Mentee: Okay.
Mentor: Can I share an idea?
Mentee: Sure.
Mentor: In my experience, a short coffee with someone in the team you like helps a lot.
Mentee: Good idea.
Mentor: What is your first step, and by when?
Mentee: I'll email the UX lead on Monday.
"""


def test_the_report_s_numbers_on_a_small_transcript() -> None:
    transcript = Transcript.from_text("unclear-goals", "en", SMALL)
    report = build_report(transcript, SAM)
    assert [t.number for t in report.turns] == [1, 2, 3, 4, 5, 6, 7]
    assert report.turns[0].text == "What would you like to get out of today?"
    assert [t.open_question for t in report.turns] == [
        True,
        False,
        False,
        False,
        False,
        False,
        True,
    ]
    # turn 3: unasked advice; turn 4: asked for ("what would you do?"); turn 6: after permission
    assert [t.advice_without_permission for t in report.turns] == [
        False,
        False,
        True,
        False,
        False,
        False,
        False,
    ]
    assert report.turns[4].permission_question
    assert (report.open_questions, report.open_share) == (2, 0.286)
    assert report.trainee_words == sum(len(t.text.split()) for t in report.turns)
    assert report.goal == "I'd like to know what to do next in my career."
    assert report.next_step == "I'll email the UX lead on Monday."
    assert report.flags == ["advice_without_permission", "low_open_questions"]
    weakest = [(a.number, a.weakness, a.better) for a in report.alternatives]
    assert weakest == [
        (2, "closed_question", SAM.better["open_question"]),
        (3, "unpermitted_advice", SAM.better["permission"]),
    ]


def test_the_report_is_a_pure_function_of_the_transcript() -> None:
    transcript = Transcript.from_text("unclear-goals", "en", SMALL)
    again = Transcript.from_text("unclear-goals", "en", transcript.to_text())
    assert again == transcript
    assert build_report(transcript, SAM) == build_report(again, SAM)
    assert build_report(transcript).to_json()["flags"] == build_report(transcript, SAM).flags


def test_feedback_waits_for_six_trainee_turns() -> None:
    play = RolePlay(SAM)  # no model: scripted lines only
    for said in ("Hi.", "What brings you here?", "Tell me more."):
        play.reply(said)
    with pytest.raises(NotEnoughTurns, match="6 turns"):
        play.feedback()
    with pytest.raises(ValueError):
        play.reply("   ")


def test_an_unknown_scenario_lists_the_names() -> None:
    with pytest.raises(ValueError, match=r"unknown scenario 'nope'.*unclear-goals"):
        persona("nope", "en")
