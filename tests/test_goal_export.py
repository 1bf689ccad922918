"""Goal exports: the Markdown card (both languages) and the iCalendar file, parsed back."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import icalendar
import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

from assistant.goals.export import (
    draft_markdown,
    escape_markdown,
    format_date,
    goal_ics,
    goal_markdown,
)
from assistant.goals.model import Goal, GoalStatus, ProgressEntry

STAMP = datetime(2026, 3, 2, 12, 30, tzinfo=UTC)


def make_goal(**fields: Any) -> Goal:
    base: dict[str, Any] = {
        "id": "0123456789abcdef0123456789abcdef",
        "owner": "alice",
        "created_at": datetime(2026, 3, 1, tzinfo=UTC),
        "updated_at": datetime(2026, 3, 1, tzinfo=UTC),
        "statement": "Give three talks at team meetings",
    }
    return Goal.model_validate(base | fields)


def full_goal(language: str = "en") -> Goal:
    return make_goal(
        language=language,
        relevance="I want to be seen as a leader.",
        success_measures=["Three talks given", "Feedback of 4/5 or more"],
        target_date=date(2027, 6, 30),
        milestones=[
            {"description": "Second talk", "due": date(2027, 4, 15)},
            {"description": "First talk", "due": date(2027, 2, 1), "done": True},
        ],
        first_step="Ask my manager for a slot",
        first_step_date=date(2027, 1, 10),
        obstacles=["Stage fright"],
        support_needed="Feedback on my slides",
        review_date=date(2027, 3, 1),
        progress=[
            ProgressEntry(
                at=datetime(2027, 2, 2, tzinfo=UTC), note="First talk went well", percent=35
            ),
            ProgressEntry(at=datetime(2027, 7, 1, tzinfo=UTC), status=GoalStatus.ACHIEVED),
        ],
    )


def blocks(markdown: str) -> list[Token]:
    """The block-level tokens of ``markdown`` as a CommonMark renderer sees them."""
    return [t for t in MarkdownIt("commonmark").parse(markdown) if t.type != "inline"]


def headings(markdown: str) -> list[str]:
    """Each heading's text as a reader sees it (escapes resolved)."""
    tokens = MarkdownIt("commonmark").parse(markdown)
    return [
        "".join(child.content for child in tokens[i + 1].children or [])
        for i, token in enumerate(tokens)
        if token.type == "heading_open"
    ]


def parse_events(ics: str) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(ics)
    return [e for e in calendar.walk("VEVENT") if isinstance(e, icalendar.Event)]


# -- Markdown -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "language", "expected"),
    [
        (date(2027, 6, 30), "en", "30 June 2027"),
        (date(2027, 6, 30), "fr", "30 juin 2027"),
        (date(2027, 2, 1), "en", "1 February 2027"),
        (date(2027, 2, 1), "fr", "1er février 2027"),
        (date(2027, 8, 15), "fr", "15 août 2027"),
        (date(2027, 12, 9), "fr", "9 décembre 2027"),
    ],
)
def test_dates_are_written_out_with_month_names_from_code(
    day: date, language: Any, expected: str
) -> None:
    assert format_date(day, language) == expected


def test_the_english_card_has_the_goal_as_title_then_facts_then_a_section_per_part() -> None:
    card = goal_markdown(full_goal("en"))
    assert headings(card) == [
        "Goal: Give three talks at team meetings",
        "Why it matters",
        "Success measures",
        "Milestones",
        "First step",
        "Obstacles",
        "Support from my mentor",
        "Progress",
    ]
    assert (
        "- **Status**: active\n- **Target date**: 30 June 2027\n- **Review date**: 1 March 2027"
        in card
    )
    assert "- [x] 1 February 2027 — First talk\n- [ ] 15 April 2027 — Second talk" in card
    assert "Ask my manager for a slot (by 10 January 2027)" in card
    assert "- 2 February 2027 — 35% — First talk went well" in card
    assert "- 1 July 2027 — Status: achieved" in card
    assert card.endswith("\n") and not card.endswith("\n\n")


def test_the_french_card_uses_french_labels_dates_and_typography() -> None:
    card = goal_markdown(full_goal("fr"))
    assert headings(card) == [
        "Objectif : Give three talks at team meetings",
        "Pourquoi c'est important",
        "Indicateurs de réussite",
        "Étapes",
        "Première action",
        "Obstacles",
        "Soutien attendu du mentor",
        "Suivi",
    ]
    assert "- **Statut** : en cours\n- **Échéance** : 30 juin 2027" in card
    assert "- **Date de bilan** : 1er mars 2027" in card
    assert "- [x] 1er février 2027 — First talk" in card
    assert "(d'ici le 10 janvier 2027)" in card
    assert "- 2 février 2027 — 35\u00a0% — First talk went well" in card
    assert "- 1er juillet 2027 — Statut : atteint" in card
    assert "Goal" not in card and "Status" not in card


def test_parts_left_empty_are_left_out_of_the_card() -> None:
    card = goal_markdown(make_goal(status="dropped"))
    assert headings(card) == ["Goal: Give three talks at team meetings"]
    assert card == "# Goal: Give three talks at team meetings\n\n- **Status**: dropped\n"


def test_a_draft_card_is_the_goal_card_without_status_or_history() -> None:
    goal = full_goal("fr")
    card = draft_markdown(goal.draft())
    assert card == goal_markdown(goal.model_copy(update={"progress": []})).replace(
        "- **Statut** : en cours\n", ""
    )
    assert "Statut" not in card and "Suivi" not in card
    bare = draft_markdown(make_goal().draft())
    assert bare == "# Goal: Give three talks at team meetings\n"


def test_an_undated_first_step_is_shown_without_a_date() -> None:
    card = goal_markdown(make_goal(first_step="Write to Sam"))
    assert "## First step\n\nWrite to Sam\n" in card


def test_user_text_cannot_break_the_structure_of_the_card() -> None:
    hostile = make_goal(
        statement="# Be #1 at C #",
        relevance="## Not a heading\n- not a list\n1. not numbered\n> not a quote\n===\n\n"
        "```\nnot code\n```\n<script>alert(1)</script> [a link](http://x) ![img](y) *bold* `c`",
        success_measures=["- nested?", "2027. a year", "| a | b |"],
        obstacles=["---", "    indented code?"],
        support_needed="Line one\nLine two  \n\n\nLast",
        progress=[ProgressEntry(at=STAMP, note="note\n\n# injected heading")],
    )
    card = goal_markdown(hostile)
    assert headings(card) == [
        "Goal: # Be #1 at C #",
        "Why it matters",
        "Success measures",
        "Obstacles",
        "Support from my mentor",
        "Progress",
    ]
    kinds = {t.type for t in blocks(card)}
    assert kinds <= {
        "heading_open",
        "heading_close",
        "paragraph_open",
        "paragraph_close",
        "bullet_list_open",
        "bullet_list_close",
        "list_item_open",
        "list_item_close",
    }
    inline = [
        child.type for t in MarkdownIt("commonmark").parse(card) for child in t.children or []
    ]
    assert not {"link_open", "image", "html_inline", "em_open", "code_inline"} & set(inline)
    lists = [t for t in blocks(card) if t.type == "bullet_list_open"]
    assert len(lists) == 4  # facts, success measures, obstacles, progress: nothing nested
    rendered = MarkdownIt("commonmark").render(card)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered
    assert "2027. a year" in rendered and "- nested?" in rendered


def test_escaping_leaves_ordinary_text_alone() -> None:
    assert escape_markdown("Give 3 talks, then rest (maybe).") == "Give 3 talks, then rest (maybe)."
    assert escape_markdown("  spread \n over\tlines ") == "spread over lines"
    assert escape_markdown("Learn C#") == "Learn C\\#"


# -- iCalendar ------------------------------------------------------------------------------


def test_each_dated_item_becomes_an_all_day_event_with_a_stable_uid() -> None:
    goal = full_goal("en")
    events = parse_events(goal_ics(goal, STAMP))
    found = {
        str(e["UID"]): (e.decoded("DTSTART"), e.decoded("DTEND"), str(e["SUMMARY"])) for e in events
    }
    prefix = goal.id
    assert found == {
        f"{prefix}-target@mentor-assistant": (
            date(2027, 6, 30),
            date(2027, 7, 1),
            "Goal due: Give three talks at team meetings",
        ),
        f"{prefix}-milestone-1@mentor-assistant": (
            date(2027, 2, 1),
            date(2027, 2, 2),
            "Milestone: First talk",
        ),
        f"{prefix}-milestone-2@mentor-assistant": (
            date(2027, 4, 15),
            date(2027, 4, 16),
            "Milestone: Second talk",
        ),
        f"{prefix}-first-step@mentor-assistant": (
            date(2027, 1, 10),
            date(2027, 1, 11),
            "First step: Ask my manager for a slot",
        ),
        f"{prefix}-review@mentor-assistant": (
            date(2027, 3, 1),
            date(2027, 3, 2),
            "Goal review: Give three talks at team meetings",
        ),
    }
    for event in events:
        assert type(event.decoded("DTSTART")) is date  # all-day, not a datetime
        assert event.decoded("DTSTAMP") == STAMP
    target = next(e for e in events if "target" in str(e["UID"]))
    assert str(target["DESCRIPTION"]) == (
        "Goal: Give three talks at team meetings\n- Three talks given\n- Feedback of 4/5 or more"
    )


def test_the_calendar_header_follows_rfc_5545_and_lines_end_in_crlf() -> None:
    ics = goal_ics(full_goal(), STAMP)
    calendar = icalendar.Calendar.from_ical(ics)
    assert str(calendar["PRODID"]) == "-//Mentor Assistant//EN"
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    assert ics.startswith("BEGIN:VCALENDAR\r\n") and ics.endswith("END:VCALENDAR\r\n")
    assert "\n" not in ics.replace("\r\n", "")
    assert "DTSTART;VALUE=DATE:20270630\r\nDTEND;VALUE=DATE:20270701\r\n" in ics


def test_the_french_calendar_speaks_french() -> None:
    summaries = {str(e["SUMMARY"]) for e in parse_events(goal_ics(full_goal("fr"), STAMP))}
    assert summaries == {
        "Échéance de l'objectif : Give three talks at team meetings",
        "Étape : First talk",
        "Étape : Second talk",
        "Première action : Ask my manager for a slot",
        "Bilan de l'objectif : Give three talks at team meetings",
    }


def test_commas_semicolons_accents_emoji_newlines_and_long_text_survive_a_round_trip() -> None:
    tricky = "Réussir; vite, bien \\ sans stress 🎤🚀 — « oui » " * 8
    tricky = tricky.strip()[:480]
    goal = make_goal(
        statement=tricky,
        target_date=date(2027, 6, 30),
        success_measures=["a, b; c", "naïve café ☕"],
        support_needed="Line one\nLine two\r\nLine three",
        review_date=date(2027, 3, 1),
    )
    ics = goal_ics(goal, STAMP)
    events = {str(e["UID"]).split("-", 1)[1]: e for e in parse_events(ics)}
    assert str(events["target@mentor-assistant"]["SUMMARY"]) == f"Goal due: {tricky}"
    assert str(events["target@mentor-assistant"]["DESCRIPTION"]) == (
        f"Goal: {tricky}\n- a, b; c\n- naïve café ☕"
    )
    assert str(events["review@mentor-assistant"]["DESCRIPTION"]).endswith(
        "Support from my mentor: Line one\nLine two\nLine three"
    )
    assert "\\;" in ics and "\\," in ics and "\\\\" in ics


def test_lines_are_folded_at_75_octets_without_splitting_a_character() -> None:
    goal = make_goal(statement="é🎤" * 160, target_date=date(2027, 6, 30))
    ics = goal_ics(goal, STAMP)
    physical = ics.split("\r\n")
    assert all(len(line.encode("utf-8")) <= 75 for line in physical)
    assert sum(line.startswith(" ") for line in physical) > 10
    unfolded = icalendar.Calendar.from_ical(ics).walk("VEVENT")[0]["SUMMARY"]
    assert str(unfolded).endswith("é🎤" * 160), "no character was split"


def test_an_undated_goal_gives_a_valid_calendar_with_no_events() -> None:
    goal = make_goal(first_step="no date yet", milestones=[])
    ics = goal_ics(goal, STAMP)
    assert parse_events(ics) == []
    assert icalendar.Calendar.from_ical(ics)["VERSION"] == "2.0"
    assert "BEGIN:VEVENT" not in ics


def test_exports_at_different_times_keep_their_uids_and_stamp_in_utc() -> None:
    goal = full_goal()
    paris = timezone(timedelta(hours=2))
    first = parse_events(goal_ics(goal, STAMP))
    later = parse_events(goal_ics(goal, datetime(2026, 5, 1, 14, 0, tzinfo=paris)))
    assert [str(e["UID"]) for e in first] == [str(e["UID"]) for e in later]
    assert {e.decoded("DTSTAMP") for e in later} == {datetime(2026, 5, 1, 12, 0, tzinfo=UTC)}
    with pytest.raises(ValueError, match="timezone-aware"):
        goal_ics(goal, datetime(2026, 5, 1))


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_event_reminds_the_day_before_with_its_summary(language: str) -> None:
    ics = goal_ics(full_goal(language), STAMP)
    events = parse_events(ics)
    keys = {str(e["UID"]).split("-", 1)[1].split("@")[0] for e in events}
    assert {"target", "first-step", "review"} <= keys
    for event in events:
        [alarm] = [c for c in event.subcomponents if c.name == "VALARM"]
        assert str(alarm["ACTION"]) == "DISPLAY"
        assert str(alarm["DESCRIPTION"]) == str(event["SUMMARY"])
        assert alarm.decoded("TRIGGER") == timedelta(days=-1)
    assert ics.count("BEGIN:VALARM\r\nACTION:DISPLAY\r\n") == len(events)
    assert ics.count("TRIGGER:-P1D\r\nEND:VALARM\r\nEND:VEVENT\r\n") == len(events)


def test_a_long_reminder_is_folded_and_reads_back_whole() -> None:
    goal = make_goal(statement="é🎤" * 160, target_date=date(2027, 6, 30))
    ics = goal_ics(goal, STAMP)
    assert all(len(line.encode("utf-8")) <= 75 for line in ics.split("\r\n"))
    [event] = parse_events(ics)
    [alarm] = event.walk("VALARM")
    assert str(alarm["DESCRIPTION"]) == f"Goal due: {'é🎤' * 160}"
