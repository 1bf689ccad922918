"""The skeleton of each session plan, as code: which items, in which order, and how each one's
length scales (knowledge/en/session-plans-by-phase.md gives the reference minutes).

Every plan opens with a check-in and a review of open actions and closes with agreed actions and
the next meeting; between them sit the plan's core items. ``weight`` is the item's minutes in the
guide's plan, ``least``/``most`` bound it at any length, and an item with ``from_minutes`` only
appears in sessions at least that long (a 15-minute session keeps the one central item, marked
``main``). Group and peer circles add a round-robin after the review and a peer exchange before
the actions (knowledge/en/group-and-peer-mentoring.md). Wording lives in prompts/agenda/.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from assistant.skills.agenda.phase import PlanName

Kind = Literal["check_in", "review", "core", "round_robin", "peer_exchange", "actions", "next"]
MIN_MINUTES = 15
MAX_MINUTES = 120


@dataclass(frozen=True)
class Slot:
    """One item of a plan: its wording key, its kind and how its minutes scale."""

    key: str
    kind: Kind
    weight: int
    least: int
    most: int
    from_minutes: int = 0
    main: bool = False


def _open(check_in: str, review: str, weight: int = 5, review_weight: int = 6) -> tuple[Slot, ...]:
    return (
        Slot(check_in, "check_in", weight, 2, 10),
        Slot(review, "review", review_weight, 2, 15),
    )


def _close(actions: str, next_: str, weight: int = 6, next_weight: int = 4) -> tuple[Slot, ...]:
    return (Slot(actions, "actions", weight, 2, 12), Slot(next_, "next", next_weight, 1, 8))


PLAN_SLOTS: dict[PlanName, tuple[Slot, ...]] = {
    "first": (
        *_open("welcome", "review_preparation", review_weight=3),
        Slot("mentee_story", "core", 15, 3, 40, main=True),
        Slot("hopes", "core", 10, 3, 25, from_minutes=30),
        Slot("ways_of_working", "core", 15, 3, 30, from_minutes=30),
        Slot("mentor_story", "core", 10, 3, 20, from_minutes=45),
        *_close("first_steps", "next_meeting_first", weight=3, next_weight=2),
    ),
    "early": (
        *_open("check_in", "review_reflections", review_weight=5),
        Slot("first_goal", "core", 15, 3, 60, main=True),
        Slot("reality", "core", 10, 3, 30, from_minutes=30),
        *_close("agreed_actions", "next_meeting", weight=5, next_weight=5),
    ),
    "middle": (
        *_open("check_in", "review_actions", review_weight=8),
        Slot("agree_focus", "core", 5, 2, 8, from_minutes=30),
        Slot("main_topic", "core", 17, 3, 120, main=True),
        Slot("options_practice", "core", 10, 5, 30, from_minutes=75),
        *_close("agreed_actions", "next_meeting"),
    ),
    "midpoint": (
        *_open("check_in_midpoint", "review_actions", review_weight=5),
        Slot("progress_goals", "core", 12, 3, 60, main=True),
        Slot("relationship_review", "core", 10, 3, 30, from_minutes=30),
        Slot("adjust_goals", "core", 8, 3, 25, from_minutes=45),
        *_close("second_half", "next_meeting"),
    ),
    "closing": (
        *_open("check_in_last", "review_last_actions", review_weight=4),
        Slot("looking_back", "core", 10, 3, 30, from_minutes=30),
        Slot("goals_review", "core", 8, 3, 40, main=True),
        Slot("lessons", "core", 8, 3, 30, from_minutes=45),
        *_close("next_support", "future_contact", weight=7, next_weight=7),
    ),
    "reconnect": (
        *_open("catch_up", "review_actions", weight=8, review_weight=4),
        Slot("peer_news", "core", 15, 3, 80, main=True),
        Slot("support_offer", "core", 8, 3, 25, from_minutes=45),
        *_close("agreed_actions", "next_contact", weight=4),
    ),
}
ROUND_ROBIN = Slot("round_robin", "round_robin", 10, 2, 30)
PEER_EXCHANGE = Slot("peer_exchange", "peer_exchange", 15, 3, 45)


def slots_for(plan: PlanName, minutes: int, *, group: bool) -> list[Slot]:
    """The items of ``plan`` for a session of ``minutes``, in order (group items included)."""
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise ValueError(f"an agenda lasts {MIN_MINUTES} to {MAX_MINUTES} minutes")
    chosen = [slot for slot in PLAN_SLOTS[plan] if minutes >= slot.from_minutes]
    if group:
        chosen.insert(2, ROUND_ROBIN)
        chosen.insert(len(chosen) - 2, PEER_EXCHANGE)
    return chosen
