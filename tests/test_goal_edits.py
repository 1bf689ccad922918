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


@pytest.mark.parametrize(
    ("statement", "language", "target", "rewritten"),
    [
        ("Give three talks by 30 June 2027.", "en", "15 September 2027", "by 15 September 2027."),
        ("Give three talks by 2027-06-30.", "en", "2027-09-15", "by 2027-09-15."),
        ("Give three talks by June 30, 2027.", "en", "2027-09-15", "by September 15, 2027."),
        ("Give three talks by 30 June.", "en", "15 September", "by 15 September."),
        ("Give three talks by 30 June.", "en", "2028-06-01", "by 1 June 2028."),
        (
            "Donner trois conférences d'ici le 30 juin 2027",
            "fr",
            "1er septembre 2027",
            "d'ici le 1er septembre 2027",
        ),
        ("Donner trois conférences avant le 30/06/2027", "fr", "2027-09-15", "le 15/09/2027"),
        ("Donner trois conférences d'ici le 30 juin", "fr", "15 septembre", "le 15 septembre"),
    ],
)
def test_a_new_target_date_is_written_into_the_statement(
    statement: str, language: str, target: str, rewritten: str
) -> None:
    draft = goal(statement=statement, language=language)
    after = edit(draft, ("target", target))
    assert rewritten in after.statement
    assert "30 June" not in after.statement and "30 juin" not in after.statement


def test_the_statement_is_kept_when_the_same_edits_change_it_or_give_no_old_date() -> None:
    draft = goal(statement="Give three talks by 30 June 2027.")
    after = edit(draft, ("target", "15 September 2027"), ("statement", "Give talks by 30 June"))
    assert after.statement == "Give talks by 30 June"
    assert edit(goal(), ("target", "15 September 2027")).statement == goal().statement
    assert edit(draft, ("target", "")).statement == draft.statement  # cleared: nothing to write
    assert edit(draft, ("why", "to lead")).statement == draft.statement


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("31 February 2027", "the target date '31 February 2027' does not exist"),
        ("30 février", "the target date '30 février' does not exist"),
        ("2027-02-30", "the target date '2027-02-30' does not exist"),
        ("1 March 2026", "the target date 2026-03-01 is in the past: choose today or a later"),
        ("2026-03-01", "the target date 2026-03-01 is in the past"),
    ],
)
def test_impossible_and_past_dates_say_which(text: str, message: str) -> None:
    with pytest.raises(EditError) as caught:
        apply_edits(goal(), [("target", text)], date(2026, 11, 27))
    assert message in str(caught.value)
    assert "cannot read" not in str(caught.value)


def test_edit_errors_carry_a_catalogue_key_and_read_in_the_goals_language() -> None:
    with pytest.raises(EditError) as caught:
        apply_edits(goal(language="fr"), [("target", "30 février 2027")], date(2026, 11, 27))
    error = caught.value
    assert error.key == "goal_edit.impossible_date"
    assert error.variables["text"] == "30 février 2027"
    assert str(error).startswith("the target date '30 février 2027' does not exist")
    assert error.message() == str(error)
    assert error.message("fr") == (
        "la date cible « 30 février 2027 » n'existe pas : ce mois n'a pas ce jour-là ; "
        "vérifiez le jour et le mois"
    )
    with pytest.raises(EditError) as caught:
        edit(goal(), ("review", "2020-01-01"))
    assert caught.value.message("fr").startswith("la date de bilan 2020-01-01 est passée")
    with pytest.raises(EditError) as caught:
        field_name("colour")
    assert caught.value.key == "goal_edit.unknown_field"
    assert caught.value.message("fr").startswith("champ inconnu « colour » : utilisez l'un de")
