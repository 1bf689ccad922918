"""The phase of a mentoring relationship (Kram: initiation, cultivation, separation,
redefinition) and the session plan that serves it, decided by code.

The mentor's choice wins. Otherwise, in this order (knowledge/en/relationship-phases.md,
"Signs of moving to the next phase"): past the expected end, separation until a closing session
has been held, redefinition after; the first three sessions are initiation; near the end (80 %
of the expected length) or with every shared goal settled and one achieved, separation; else
cultivation. Without a pair only the session number is known: 1-3 initiation, then cultivation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal, get_args

from assistant.goals.model import Goal, GoalStatus
from assistant.records.pairs import PHASES, Pair, Phase, Session

PlanName = Literal["first", "early", "middle", "midpoint", "closing", "reconnect"]
PLANS: tuple[PlanName, ...] = get_args(PlanName)
Reason = Literal["set", "session", "ended", "closed", "near_end", "goals", "middle", "given"]
INITIATION_SESSIONS = 3
NEAR_END = 0.8
DAYS_PER_MONTH = 30.44


@dataclass(frozen=True)
class PhaseReading:
    """A phase, why code chose it (``agenda.why.<reason>`` in the messages) and the plan."""

    phase: Phase
    reason: Reason
    plan: PlanName
    session_number: int | None


def months_between(start: date, day: date) -> float:
    """Months from ``start`` to ``day`` (average month length; negative before the start)."""
    return (day - start).days / DAYS_PER_MONTH


def derive_phase(
    session_number: int,
    *,
    months_elapsed: float | None = None,
    expected_months: int | None = None,
    goal_statuses: Sequence[GoalStatus] = (),
    closing_held: bool = False,
    set_by_mentor: Phase | None = None,
) -> tuple[Phase, Reason]:
    """The phase of the session ``session_number`` (1 = the first) and the rule that chose it."""
    if session_number < 1:
        raise ValueError("session numbers start at 1")
    if set_by_mentor is not None:
        return _known(set_by_mentor), "set"
    done = (
        None if months_elapsed is None or not expected_months else months_elapsed / expected_months
    )
    if done is not None and done >= 1:
        return ("redefinition", "closed") if closing_held else ("separation", "ended")
    if session_number <= INITIATION_SESSIONS:
        return "initiation", "session"
    if done is not None and done >= NEAR_END:
        return "separation", "near_end"
    settled = {GoalStatus.ACHIEVED, GoalStatus.DROPPED, GoalStatus.ARCHIVED}
    if goal_statuses and set(goal_statuses) <= settled and GoalStatus.ACHIEVED in goal_statuses:
        return "separation", "goals"
    return "cultivation", "middle"


def plan_for(
    phase: Phase, session_number: int | None = None, *, midpoint: bool = False
) -> PlanName:
    """The guide's session plan for this phase (knowledge/en/session-plans-by-phase.md)."""
    phase = _known(phase)
    if phase == "initiation":
        return "first" if session_number == 1 else "early"
    if phase == "cultivation":
        return "midpoint" if midpoint else "middle"
    return "closing" if phase == "separation" else "reconnect"


def is_midpoint(start: date, months: int, earlier_sessions: Sequence[date], day: date) -> bool:
    """Whether a session on ``day`` is the first at or after the relationship's halfway date."""
    halfway = start + timedelta(days=round(months * DAYS_PER_MONTH / 2))
    return day >= halfway and all(held < halfway for held in earlier_sessions)


def reading_for(*, session_number: int | None = None, phase: Phase | None = None) -> PhaseReading:
    """Without a pair: from a session number, or from the phase given."""
    if phase is not None:
        return PhaseReading(_known(phase), "given", plan_for(phase, session_number), session_number)
    if session_number is None:
        raise ValueError("give a session number or a phase")
    chosen, reason = derive_phase(session_number)
    return PhaseReading(chosen, reason, plan_for(chosen, session_number), session_number)


def pair_reading(
    pair: Pair,
    sessions: Sequence[Session],
    goals: Sequence[Goal],
    day: date,
    session_number: int | None = None,
) -> PhaseReading:
    """The phase of a pair's session on ``day`` (by default the next one after ``sessions``)
    from its sessions so far, the months elapsed, its shared goals, or the mentor's choice."""
    number = session_number or len(sessions) + 1
    earlier = [s for s in sessions if s.number < number]
    phase, reason = derive_phase(
        number,
        months_elapsed=months_between(pair.start, day),
        expected_months=pair.months,
        goal_statuses=[goal.status for goal in goals],
        closing_held=any(s.phase == "separation" for s in earlier),
        set_by_mentor=pair.phase,
    )
    held = [s.held_on for s in earlier]
    midpoint = phase == "cultivation" and is_midpoint(pair.start, pair.months, held, day)
    return PhaseReading(phase, reason, plan_for(phase, number, midpoint=midpoint), number)


def _known(phase: str) -> Phase:
    for known in PHASES:
        if phase == known:
            return known
    raise ValueError(f"phase must be one of {', '.join(PHASES)}")
