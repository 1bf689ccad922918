"""The agenda skeleton, the phase and the prep brief: policy owned by code, read as specs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from assistant.goals.model import GoalDraft, GoalStatus
from assistant.records.pairs import FORMATS, PHASES, Pairs
from assistant.skills.agenda.brief import brief_markdown, compose_brief
from assistant.skills.agenda.export import agenda_ics, agenda_markdown
from assistant.skills.agenda.phase import (
    PLANS,
    PhaseReading,
    derive_phase,
    pair_reading,
    plan_for,
    reading_for,
)
from assistant.skills.agenda.skeleton import AgendaFill, ItemFill, apply_fill, build_agenda
from assistant.skills.agenda.words import resolves, wording

GRID = (15, 30, 45, 60, 90, 120)


def reading(plan: str, phase: str = "cultivation") -> PhaseReading:
    return PhaseReading(phase, "given", plan, None)  # type: ignore[arg-type]


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("plan", PLANS)
def test_every_length_from_15_to_120_adds_up_exactly_in_the_right_order(
    plan: str, fmt: str, language: str
) -> None:
    for minutes in range(15, 121):
        agenda = build_agenda(minutes, reading(plan), format=fmt, language=language)  # type: ignore[arg-type]
        kinds = [item.kind for item in agenda.items]
        assert sum(item.minutes for item in agenda.items) == minutes == agenda.total_minutes
        assert kinds[:2] == ["check_in", "review"] and kinds[-2:] == ["actions", "next"]
        assert all(item.minutes >= 1 for item in agenda.items)
        assert ("round_robin" in kinds and "peer_exchange" in kinds) == (fmt in {"group", "peer"})
        for item in agenda.items:
            assert item.title and item.purpose and 1 <= len(item.questions) <= 3
            assert item.citations and all(resolves(c) for c in item.citations)
            assert all(c.guide.startswith(f"{language}/") for c in item.citations)


@pytest.mark.parametrize("plan", PLANS)
def test_lengths_scale_sensibly(plan: str) -> None:
    """Openings and closings stay short; the central item is the longest from 30 minutes on;
    while the items stay the same, none shrinks as the session grows."""
    previous: dict[str, int] = {}
    for minutes in range(15, 121):
        agenda = build_agenda(minutes, reading(plan))
        by_key = {item.key: item.minutes for item in agenda.items}
        for item in agenda.items:
            if item.kind in {"check_in", "next"}:
                assert item.minutes <= 10
            if by_key.keys() == previous.keys():
                assert item.minutes >= previous[item.key] - 1  # rounding may move one minute
        if minutes >= 30:
            longest = max(agenda.items, key=lambda item: item.minutes)
            assert longest.kind == "core", (minutes, by_key)
        previous = by_key


def test_lengths_outside_15_to_120_minutes_are_refused() -> None:
    for minutes in (14, 121):
        with pytest.raises(ValueError, match="15 to 120"):
            build_agenda(minutes, reading("middle"))


def test_every_citation_of_the_wording_resolves_and_both_languages_match() -> None:
    english, french = wording("en"), wording("fr")
    assert set(english.items) == set(french.items)
    assert english.formats.keys() == french.formats.keys()
    assert english.watch_outs.keys() == french.watch_outs.keys() == set(PHASES)
    for words in (english, french):
        citations = [c for item in words.items.values() for c in item.citations]
        citations += [e.citation for by in words.formats.values() for e in by.values()]
        citations += [c for entries in words.watch_outs.values() for _, c in entries]
        assert [str(c) for c in citations if not resolves(c)] == []


def test_the_focus_goes_into_the_central_item_and_french_is_french() -> None:
    agenda = build_agenda(
        45, reading_for(session_number=3), focus="devenir tech lead", language="fr"
    )
    assert agenda.phase == "initiation" and agenda.plan == "early"
    central = next(item for item in agenda.items if item.key == "first_goal")
    assert "Sujet du jour : devenir tech lead." in central.purpose
    assert agenda.items[0].title == "Accueil et nouvelles"


def test_formats_add_their_own_questions_and_sources() -> None:
    remote = build_agenda(45, reading("middle"), format="e-mentoring")
    assert "connection" in remote.items[0].questions[-1]
    assert any("reverse-and-e-mentoring" in c.guide for c in remote.items[-1].citations)
    reverse = build_agenda(45, reading("middle"), format="reverse")
    central = next(item for item in reverse.items if item.key == "main_topic")
    assert len(central.questions) == 3 and "miss" in central.questions[-1]


def test_the_phase_follows_sessions_months_goals_or_the_mentor() -> None:
    assert derive_phase(1) == ("initiation", "session")
    assert derive_phase(4) == ("cultivation", "middle")
    assert derive_phase(5, months_elapsed=5.0, expected_months=6) == ("separation", "near_end")
    assert derive_phase(6, months_elapsed=7.0, expected_months=6) == ("separation", "ended")
    assert derive_phase(7, months_elapsed=7.0, expected_months=6, closing_held=True) == (
        "redefinition",
        "closed",
    )
    done = [GoalStatus.ACHIEVED, GoalStatus.DROPPED]
    assert derive_phase(5, months_elapsed=2.0, expected_months=6, goal_statuses=done)[0] == (
        "separation"
    )
    assert derive_phase(2, set_by_mentor="cultivation") == ("cultivation", "set")
    assert [plan_for("initiation", 1), plan_for("initiation", 2), plan_for("cultivation")] == [
        "first",
        "early",
        "middle",
    ]
    assert plan_for("cultivation", midpoint=True) == "midpoint"
    assert (plan_for("separation"), plan_for("redefinition")) == ("closing", "reconnect")


def test_the_model_may_rewrite_words_only_never_minutes_titles_or_sources() -> None:
    agenda = build_agenda(30, reading("middle"))
    fill = AgendaFill(
        items=[ItemFill(purpose=f"p{i}", questions=["q?"]) for i in range(len(agenda.items))]
    )
    filled = apply_fill(agenda, fill)
    assert filled.wording == "model" and filled.items[0].purpose == "p0"
    assert [(i.minutes, i.title, i.citations) for i in filled.items] == [
        (i.minutes, i.title, i.citations) for i in agenda.items
    ]
    with pytest.raises(ValueError, match="expected"):
        apply_fill(agenda, AgendaFill(items=fill.items[:-1]))


def test_the_ics_event_lasts_the_agenda_in_an_explicit_time_zone() -> None:
    agenda = build_agenda(45, reading_for(session_number=3), focus="becoming a tech lead")
    start = datetime(2025, 3, 10, 14, 0, tzinfo=ZoneInfo("Europe/Paris"))
    calendar = icalendar.Calendar.from_ical(agenda_ics(agenda, start))
    event = next(iter(calendar.walk("VEVENT")))
    assert event.decoded("dtend") - event.decoded("dtstart") == timedelta(minutes=45)
    assert event["dtstart"].params["TZID"] == "Europe/Paris"
    assert calendar.walk("VTIMEZONE")
    assert "becoming a tech lead" in str(event["description"])
    markdown = agenda_markdown(agenda)
    assert markdown.count("\n## ") == len(agenda.items) and "(5 min, 0-5)" in markdown


# -- the brief: actions recorded after session 2 reach session 3 -------------------------------


@pytest.fixture
def pairs(tmp_path: Path) -> Iterator[Pairs]:
    with Pairs(tmp_path / "records.sqlite3", clock=lambda: datetime(2025, 3, 1, tzinfo=UTC)) as p:
        yield p


def test_the_brief_for_session_3_carries_actions_from_session_2(pairs: Pairs) -> None:
    pair = pairs.add_pair("ann", ["sam"], start=date(2025, 1, 6), months=8, focus="tech lead")
    pairs.add_session("ann", pair.id, held_on=date(2025, 1, 10), phase="initiation", notes="one")
    pairs.add_session(
        "ann",
        pair.id,
        held_on=date(2025, 2, 7),
        phase="initiation",
        notes="Sam doubts he is ready",
        shared_notes="Goal drafted: lead the migration",
    )
    late = pairs.add_action(
        "ann", pair.id, "Draft the team charter", owner="mentee", due=date(2025, 2, 20)
    )
    done = pairs.add_action(
        "ann", pair.id, "Read the GROW guide", owner="mentee", due=date(2025, 2, 14)
    )
    pairs.add_action("ann", pair.id, "Introduce Sam to Lea", owner="mentor", due=date(2025, 3, 20))
    pairs.set_action_status("sam", done.id, "done")
    goal = pairs.records.save_goal(
        "sam", GoalDraft(statement="Lead the migration project", target_date=date(2025, 6, 30))
    )
    pairs.share_goal("sam", goal.id, pair.id)
    today = date(2025, 3, 7)

    def brief_for(user: str) -> dict:
        seen = pairs.get_pair(user, pair.id)
        sessions, goals = pairs.sessions(user, pair.id), pairs.shared_goals(user, pair.id)
        found = pair_reading(seen, sessions, goals, today)
        agenda = build_agenda(45, found, language="en", open_actions=pairs.actions(user, pair.id))
        brief = compose_brief(
            seen, sessions, pairs.actions(user, pair.id), goals, found, agenda, today=today
        )
        assert brief_markdown(brief).startswith("# Prep brief: session 3, initiation phase")
        return brief.to_dict()

    mentor = brief_for("ann")
    assert mentor["session"] == 3 and mentor["phase"] == "initiation"
    assert [p["text"] for p in mentor["since_last"]] == [
        "Sam doubts he is ready",
        "Goal drafted: lead the migration",
    ]
    assert mentor["since_last"][0]["source"] == "session 2 (2025-02-07)"
    actions = {p["text"].split(" (")[0]: p for p in mentor["actions"]}
    assert set(actions) == {"Draft the team charter", "Introduce Sam to Lea"}  # done one gone
    assert actions["Draft the team charter"]["flag"] == "overdue"
    assert "[OVERDUE]" in actions["Draft the team charter"]["text"]
    assert actions["Introduce Sam to Lea"]["flag"] == ""
    assert actions["Draft the team charter"]["source"] == f"action {late.id[:8]}"
    assert "2025-06-30" in mentor["goals"][0]["text"]
    assert len(mentor["questions"]) == 3 and all(" § " in q["source"] for q in mentor["questions"])
    assert all(" § " in w["source"] for w in mentor["watch_outs"])
    mentee = brief_for("sam")
    assert [p["text"] for p in mentee["since_last"]] == ["Goal drafted: lead the migration"]


def test_the_agenda_for_a_pair_lists_its_open_actions_in_the_review(pairs: Pairs) -> None:
    pair = pairs.add_pair("ann", ["sam"], start=date(2025, 1, 6))
    pairs.add_action("ann", pair.id, "Draft the team charter", owner="mentee", due=date(2025, 2, 1))
    found = reading_for(session_number=3)
    agenda = build_agenda(
        45, found, open_actions=pairs.actions("ann", pair.id), today=date(2025, 3, 1)
    )
    review = agenda.items[1]
    assert "Draft the team charter (mentee, due 2025-02-01) [OVERDUE]" in review.purpose
