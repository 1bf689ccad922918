"""The "My goals" tab's handlers, called as plain functions (no browser)."""

from __future__ import annotations

import stat
from datetime import UTC, date, datetime
from pathlib import Path

import icalendar
import pytest

from assistant.goals.export import file_name
from assistant.goals.model import Goal, GoalDraft, GoalStatus
from assistant.language.messages import message as say
from assistant.records.store import Records
from assistant.ui.goal_handlers import (
    FORM_NAMES,
    ExportFolder,
    change_goal_status,
    export_goal_file,
    format_choices,
    goal_choices,
    goals_markdown,
    record_goal_progress,
    save_goal_form,
    show_goal,
)

TODAY = date(2027, 1, 4)


@pytest.fixture
def goal(records: Records) -> Goal:
    return records.save_goal(
        "amira",
        GoalDraft(
            statement="Give three talks at team meetings",
            relevance="to lead the team",
            success_measures=["three talks", "a 4/5 score"],
            target_date=date(2027, 6, 30),
        ),
    )


def form(**changes: str) -> tuple[str, ...]:
    """The form as the browser sends it: the goal's values, with some fields retyped."""
    values = {
        "statement": "Give three talks at team meetings",
        "why": "to lead the team",
        "measures": "three talks\na 4/5 score",
        "target": "30 June 2027",
        "first-step": "",
        "first-step-date": "",
        "review": "",
        "support": "",
    }
    values |= {name.replace("_", "-"): value for name, value in changes.items()}
    return tuple(values[name] for name in FORM_NAMES)


def test_picking_a_goal_shows_its_card_and_fills_the_form(records: Records, goal: Goal) -> None:
    records.record_progress("amira", goal.id, "first talk given", 30)
    card, values = show_goal(records, "amira", goal.id)
    assert card.startswith("# Goal: Give three talks at team meetings")
    assert "## Progress" in card and "30% — first talk given" in card
    assert values == form()


def test_saving_the_form_changes_the_goal_and_gives_smart_advice(
    records: Records, goal: Goal
) -> None:
    typed = form(target="in 6 weeks", first_step="ask for a slot", first_step_date="next Friday")
    message, card, values = save_goal_form(records, "amira", goal.id, typed, TODAY)
    saved = records.get_goal("amira", goal.id)
    assert (saved.target_date, saved.first_step, saved.first_step_date) == (
        date(2027, 2, 15),
        "ask for a slot",
        date(2027, 1, 8),
    )
    assert message == "**Saved**"  # the target date makes it time-bound
    assert "15 February 2027" in card
    assert values == form(
        target="15 February 2027", first_step="ask for a slot", first_step_date="8 January 2027"
    )


def test_the_review_date_is_on_the_form_and_can_be_changed(records: Records, goal: Goal) -> None:
    save_goal_form(records, "amira", goal.id, form(review="15 March 2027"), TODAY)
    assert records.get_goal("amira", goal.id).review_date == date(2027, 3, 15)
    saved = records.get_goal("amira", goal.id)
    assert (saved.statement, saved.target_date) == (goal.statement, goal.target_date)


def test_the_smart_advice_after_saving_weighs_the_whole_goal_not_only_its_statement(
    records: Records, goal: Goal
) -> None:
    message, _, _ = save_goal_form(
        records, "amira", goal.id, form(statement="Get better at public speaking"), TODAY
    )
    assert "- SMART: not specific:" in message  # the statement alone decides this one
    for answered in ("measurable", "relevant", "time-bound"):  # by measures, why, target date
        assert f"not {answered}:" not in message
    cleared = form(statement="Get better at public speaking", why="-", measures="-", target="-")
    message, _, _ = save_goal_form(records, "amira", goal.id, cleared, TODAY)
    for missing in ("specific", "measurable", "relevant", "time-bound"):
        assert f"- SMART: not {missing}:" in message


def test_an_unchanged_form_saves_even_when_its_dates_have_passed(
    records: Records, goal: Goal
) -> None:
    message, _, _ = save_goal_form(records, "amira", goal.id, form(), date(2027, 9, 1))
    assert message.startswith("**Saved")
    assert records.get_goal("amira", goal.id).draft() == goal.draft()


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"target": "someday"}, "cannot read 'someday' as a target date"),
        ({"first_step_date": "2027-08-01"}, "after the target date 2027-06-30"),
        ({"statement": "  "}, "the statement cannot be empty"),
    ],
)
def test_a_refused_form_keeps_what_was_typed_and_saves_nothing(
    records: Records, goal: Goal, changes: dict[str, str], reason: str
) -> None:
    typed = form(why="a new reason", **changes)
    message, card, values = save_goal_form(records, "amira", goal.id, typed, TODAY)
    assert message.startswith("**Not saved** — ") and reason in message
    assert values == typed
    assert card.startswith("# Goal: Give three talks")
    assert records.get_goal("amira", goal.id) == goal


def test_progress_is_recorded_then_the_fields_are_cleared(records: Records, goal: Goal) -> None:
    message, card, note, percent = record_goal_progress(
        records, "amira", goal.id, "gave the first talk", 30
    )
    assert message == "**Progress recorded**"
    assert "30% — gave the first talk" in card and (note, percent) == ("", None)
    assert records.get_goal("amira", goal.id).percent == 30
    assert record_goal_progress(records, "amira", goal.id, "", 45.0)[2:] == ("", None)
    assert records.get_goal("amira", goal.id).percent == 45


@pytest.mark.parametrize(
    ("note", "percent", "reason"),
    [
        ("  ", None, "write a note or a percentage"),
        ("half way", 150, "a whole number from 0 to 100"),
        ("half way", 49.5, "a whole number from 0 to 100"),
        ("x" * 2001, None, "at most 2,000 characters"),
    ],
)
def test_refused_progress_is_kept_as_typed(
    records: Records, goal: Goal, note: str, percent: float | None, reason: str
) -> None:
    message, _, kept_note, kept_percent = record_goal_progress(
        records, "amira", goal.id, note, percent
    )
    assert message.startswith("**Not recorded**") and reason in message
    assert (kept_note, kept_percent) == (note, percent)
    assert records.get_goal("amira", goal.id).progress == []


def test_status_buttons_move_the_goal_and_archived_goals_leave_the_list(
    records: Records, goal: Goal
) -> None:
    message, card = change_goal_status(records, "amira", goal.id, GoalStatus.ACHIEVED)
    assert message == "**Now achieved**" and "Status: achieved" in card
    change_goal_status(records, "amira", goal.id, GoalStatus.ARCHIVED)
    assert "No goals yet" in goals_markdown(records, "amira")
    assert "archived" in goals_markdown(records, "amira", include_archived=True)
    assert goal_choices(records, "amira") == [(goal.statement, goal.id)]
    message, _ = change_goal_status(records, "amira", goal.id, GoalStatus.ACTIVE)
    assert message == "**Now active**"
    history = [entry.status for entry in records.get_goal("amira", goal.id).progress]
    assert history == [GoalStatus.ACHIEVED, GoalStatus.ARCHIVED, GoalStatus.ACTIVE]


def test_the_tabs_messages_follow_the_language_picked(records: Records, goal: Goal) -> None:
    message, _ = change_goal_status(records, "amira", goal.id, GoalStatus.ACHIEVED, "fr")
    assert message == "**Désormais atteint**"
    assert show_goal(records, "amira", None, "fr")[0] == "Choisissez un objectif dans la liste."
    refused = record_goal_progress(records, "amira", goal.id, " ", None, "fr")[0]
    assert refused == "**Non enregistré** — écrivez une note ou un pourcentage"
    assert "Aucun objectif" in goals_markdown(records, "bruno", language="fr")


def test_no_goal_picked_asks_to_pick_one(records: Records) -> None:
    assert show_goal(records, "amira", None) == (
        say("en", "ui.goals.pick"),
        ("",) * len(FORM_NAMES),
    )
    assert save_goal_form(records, "amira", "", form(), TODAY)[0] == say("en", "ui.goals.pick")


def test_one_user_can_neither_see_nor_change_another_users_goal(
    records: Records, goal: Goal, tmp_path: Path
) -> None:
    """Every handler answers bruno as if amira's goal did not exist, and changes nothing."""
    assert goal_choices(records, "bruno") == []
    assert "No goals yet" in goals_markdown(records, "bruno", include_archived=True)
    assert show_goal(records, "bruno", goal.id) == (
        say("en", "ui.goals.not_found"),
        ("",) * len(FORM_NAMES),
    )
    typed = form(statement="Bruno's goal now")
    assert save_goal_form(records, "bruno", goal.id, typed, TODAY) == (
        say("en", "ui.goals.not_found"),
        "",
        typed,
    )
    progress = record_goal_progress(records, "bruno", goal.id, "mine", 10)
    assert progress == (say("en", "ui.goals.not_found"), "", "mine", 10)
    assert change_goal_status(records, "bruno", goal.id, GoalStatus.DROPPED) == (
        say("en", "ui.goals.not_found"),
        "",
    )
    assert (
        export_goal_file(records, "bruno", goal.id, "md", ExportFolder(tmp_path / "x"))[0] is None
    )
    assert records.get_goal("amira", goal.id) == goal
    assert not (tmp_path / "x").exists()


# -- export files -----------------------------------------------------------------------------


def test_exports_are_named_after_the_goal_and_readable(
    records: Records, goal: Goal, tmp_path: Path
) -> None:
    folder = ExportFolder(tmp_path / "exports")
    markdown = Path(export_goal_file(records, "amira", goal.id, "md", folder)[0] or "")
    assert markdown.name == "give-three-talks-at-team-meetings.md"
    assert markdown.read_text(encoding="utf-8").startswith("# Goal: Give three talks")
    stamp = datetime(2027, 1, 4, tzinfo=UTC)
    calendar = Path(export_goal_file(records, "amira", goal.id, "ics", folder, stamp)[0] or "")
    assert calendar.name == "give-three-talks-at-team-meetings.ics"
    [event] = icalendar.Calendar.from_ical(calendar.read_bytes()).walk("VEVENT")
    assert str(event.get("DTSTART").dt) == "2027-06-30"


def test_each_export_replaces_the_users_previous_one_and_no_one_elses(
    records: Records, goal: Goal, tmp_path: Path
) -> None:
    folder = ExportFolder(tmp_path / "exports")
    first = Path(export_goal_file(records, "amira", goal.id, "md", folder)[0] or "")
    other = records.save_goal("bruno", GoalDraft(statement="Réussir le TOEIC"))
    theirs = Path(export_goal_file(records, "bruno", other.id, "md", folder)[0] or "")
    second = Path(export_goal_file(records, "amira", goal.id, "ics", folder)[0] or "")
    assert not first.exists() and second.exists() and theirs.exists()
    assert theirs.name == "reussir-le-toeic.md" and theirs.parent != second.parent
    assert "amira" not in str(second) and "bruno" not in str(theirs)
    assert sorted(p.name for p in (tmp_path / "exports").rglob("*") if p.is_file()) == [
        "give-three-talks-at-team-meetings.ics",
        "reussir-le-toeic.md",
    ]
    folder.remove()
    assert not (tmp_path / "exports").exists()


def test_exports_are_written_where_only_this_account_can_read_them(
    records: Records, goal: Goal, tmp_path: Path
) -> None:
    folder = ExportFolder(tmp_path / "data" / "web" / "exports")  # nothing made yet
    assert not folder.root.exists()
    path = Path(export_goal_file(records, "amira", goal.id, "md", folder)[0] or "")
    assert path.parent.parent == folder.root
    assert stat.S_IMODE(folder.root.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "amira" not in str(path), "folders are named by a hash of the user id"


@pytest.mark.parametrize(
    ("statement", "name"),
    [
        ("Give 3 talks by 30 June!", "give-3-talks-by-30-june.md"),
        ("Réussir l’oral d'anglais", "reussir-l-oral-d-anglais.md"),
        ("?!", "goal.md"),
        ("word " * 30, "word-word-word-word-word-word-word-word-word-word-word-word.md"),
    ],
)
def test_export_file_names_are_portable_slugs_cut_at_a_word(statement: str, name: str) -> None:
    assert file_name(GoalDraft(statement=statement), "md") == name


def test_the_list_writes_dates_statuses_and_percentages_in_the_pages_language(
    records: Records, goal: Goal
) -> None:
    records.record_progress("amira", goal.id, "", 30)
    english = goals_markdown(records, "amira")
    assert "— 30 June 2027 · active · 30% · " in english
    french = goals_markdown(records, "amira", language="fr")
    assert "— 30 juin 2027 · en cours · 30\u00a0% · " in french
    assert "active" not in french and "June" not in french
    change_goal_status(records, "amira", goal.id, GoalStatus.ARCHIVED, "fr")
    assert " · archivé" in goals_markdown(records, "amira", True, "fr")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_exports_say_what_was_written_or_why_nothing_was(
    records: Records, goal: Goal, tmp_path: Path, language: str
) -> None:
    folder = ExportFolder(tmp_path / "exports")
    path, notice = export_goal_file(records, "amira", goal.id, "ics", folder, language=language)
    assert path is not None and path.endswith(".ics")
    assert notice == say(language, "goals_web.exported_ics")
    path, notice = export_goal_file(records, "amira", goal.id, "md", folder, language=language)
    assert path is not None and notice == say(language, "goals_web.exported_md")
    assert export_goal_file(records, "amira", None, "md", folder, language=language) == (
        None,
        say(language, "ui.goals.pick"),
    )
    assert export_goal_file(records, "bruno", goal.id, "md", folder, language=language) == (
        None,
        say(language, "ui.goals.not_found"),
    )


def test_the_export_formats_are_named_in_the_pages_language() -> None:
    assert [value for _, value in format_choices("en")] == ["md", "ics"]
    assert format_choices("fr") == [
        ("Fiche de l'objectif (.md)", "md"),
        ("Agenda avec rappels (.ics)", "ics"),
    ]
    assert format_choices("en")[1][0] == "Calendar with reminders (.ics)"


def test_the_pages_own_words_differ_between_languages() -> None:
    """Every message the tab writes itself exists in French, not as the English text."""
    keys = [
        "ui.goals.none_yet",
        "ui.goals.pick",
        "ui.goals.not_found",
        "goals_web.exported_md",
        "goals_web.exported_ics",
        "goals_web.format_ics",
        "goals_web.empty_query",
    ]
    for key in keys:
        assert say("fr", key) != say("en", key), key


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"target": "un jour"}, "date cible"),
        ({"target": "30 février 2027"}, "n'existe pas"),
        ({"target": "1er mars 2026"}, "est passée"),
    ],
)
def test_a_refused_form_says_why_in_the_pages_language(
    records: Records, goal: Goal, changes: dict[str, str], reason: str
) -> None:
    message, _, values = save_goal_form(
        records, "amira", goal.id, form(**changes), TODAY, language="fr"
    )
    assert message.startswith("**Non enregistré**") and reason in message, message
    assert values == form(**changes), "what was typed comes back"
    assert records.get_goal("amira", goal.id).target_date == goal.target_date
