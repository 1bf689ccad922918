"""Editing a goal: the one parser behind `mentor goal edit` and the web form."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.goals.edits import (
    FIELDS,
    EditError,
    apply_edits,
    current_values,
    field_name,
    parse_assignment,
)
from assistant.goals.model import GoalDraft, Milestone
from assistant.skills.smart import check_goal

TODAY = date(2027, 1, 4)


def goal(**fields: object) -> GoalDraft:
    base: dict[str, object] = {
        "statement": "Give three talks at team meetings",
        "success_measures": ["three talks"],
        "target_date": date(2027, 6, 30),
    }
    return GoalDraft.model_validate(base | fields)


def edit(draft: GoalDraft, *edits: tuple[str, str]) -> GoalDraft:
    return apply_edits(draft, edits, TODAY)


@pytest.mark.parametrize(
    ("field", "text", "attribute", "expected"),
    [
        ("statement", "Give four talks", "statement", "Give four talks"),
        ("why", "to lead the team", "relevance", "to lead the team"),
        ("measures", "4 talks; 4/5 score", "success_measures", ["4 talks", "4/5 score"]),
        ("measures", "4 talks\n4/5; score", "success_measures", ["4 talks", "4/5; score"]),
        ("target", "30 June 2028", "target_date", date(2028, 6, 30)),
        ("target", "in 6 weeks", "target_date", date(2027, 2, 15)),
        ("target", "d'ici fin mars", "target_date", date(2027, 3, 31)),
        ("target", "2027-05-01", "target_date", date(2027, 5, 1)),
        ("target", "", "target_date", None),
        ("first-step", "ask my manager", "first_step", "ask my manager"),
        ("first-step-date", "next Friday", "first_step_date", date(2027, 1, 8)),
        ("review", "1 March", "review_date", date(2027, 3, 1)),
        ("obstacles", "time; stage fright", "obstacles", ["time", "stage fright"]),
        ("support", "feedback on slides", "support_needed", "feedback on slides"),
        ("why", "-", "relevance", ""),
        ("measures", "-", "success_measures", []),
    ],
)
def test_each_field_takes_the_text_a_person_types(
    field: str, text: str, attribute: str, expected: object
) -> None:
    assert getattr(edit(goal(relevance="x"), (field, text)), attribute) == expected


def test_fields_not_named_are_kept() -> None:
    before = goal(relevance="to lead", obstacles=["time"])
    after = edit(before, ("statement", "Give four talks"))
    assert after.model_dump(exclude={"statement"}) == before.model_dump(exclude={"statement"})


def test_a_list_given_twice_collects_both_a_scalar_given_twice_is_refused() -> None:
    assert edit(goal(), ("measures", "a"), ("measures", "b")).success_measures == ["a", "b"]
    with pytest.raises(EditError, match="why is given twice: give it once"):
        edit(goal(), ("why", "a"), ("why", "b"))


def test_values_given_back_as_shown_keep_the_field_even_a_past_date() -> None:
    old = goal(target_date=date(2026, 6, 30), first_step_date=date(2026, 5, 1))
    shown = current_values(old)
    assert shown["target"] == "30 June 2026" and shown["measures"] == "three talks"
    assert edit(old, *shown.items()) == old


def test_french_goals_show_french_dates() -> None:
    shown = current_values(goal(language="fr", target_date=date(2027, 6, 1)))
    assert shown["target"] == "1er juin 2027"


def test_milestones_are_added_removed_and_ticked_by_number_in_date_order() -> None:
    draft = goal(
        milestones=[
            Milestone(description="second talk", due=date(2027, 4, 1)),
            Milestone(description="first talk", due=date(2027, 2, 1)),
        ]
    )
    after = edit(
        draft,
        ("milestone-done", "1"),
        ("milestone-remove", "2"),
        ("milestone-add", "third talk @ 1 June"),
    )
    assert [(m.description, m.due, m.done) for m in after.milestones] == [
        ("first talk", date(2027, 2, 1), True),
        ("third talk", date(2027, 6, 1), False),
    ]


@pytest.mark.parametrize(
    ("edits", "message"),
    [
        ([("colour", "red")], "unknown field 'colour': use one of statement, why, measures"),
        ([("target", "someday")], "cannot read 'someday' as a target date: write e.g. '30 June"),
        ([("review", "2020-01-01")], "the review date 2020-01-01 is in the past: choose today"),
        ([("statement", "")], "the statement cannot be empty"),
        ([("statement", "x" * 501)], "statement: String should have at most 500 characters"),
        (
            [("first-step-date", "2027-07-15")],
            "the first step is dated 2027-07-15, after the target date 2027-06-30: move it",
        ),
        (
            [("target", "2027-02-01"), ("milestone-add", "talk @ 2027-03-01")],
            "milestone 1 is due 2027-03-01, after the target date 2027-02-01",
        ),
        ([("milestone-add", "a talk in March")], "a milestone is 'DESCRIPTION @ DATE'"),
        ([("milestone-add", "talk @ whenever")], "cannot read 'whenever' as a milestone date"),
        ([("milestone-remove", "1")], "no milestone '1' on this goal (it has none)"),
        ([("measures", ";".join("m" * 11))], "measures: List should have at most 10 items"),
    ],
)
def test_errors_say_what_to_fix(edits: list[tuple[str, str]], message: str) -> None:
    with pytest.raises(EditError) as caught:
        edit(goal(), *edits)
    assert message in str(caught.value)


def test_field_names_and_assignments() -> None:
    assert field_name(" First_Step ") == "first-step"
    assert parse_assignment("target = 30 June ") == ("target", "30 June")
    assert parse_assignment("why=a=b") == ("why", "a=b")
    with pytest.raises(EditError, match="'target' is not FIELD=VALUE"):
        parse_assignment("target")
    assert set(current_values(goal())) == set(FIELDS) - {
        "milestone-add",
        "milestone-remove",
        "milestone-done",
    }


def test_smart_warnings_name_each_missing_criterion_with_its_suggestion() -> None:
    report = check_goal("Give three talks at team meetings by 30 June", "en", TODAY)
    [warning] = report.warnings()
    assert warning.startswith("not relevant: Say why it matters to you")
