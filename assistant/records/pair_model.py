"""The shapes of mentoring-pair records (:mod:`assistant.records.pairs` stores them): the
formats, phases and statuses allowed, what one member sees of a pair, a session, a note and an
action, the errors, and the checks every text and choice passes before it is stored."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Literal, get_args

from assistant.records.schema import RecordsError

PairFormat = Literal["one-to-one", "group", "peer", "reverse", "e-mentoring"]
Phase = Literal["initiation", "cultivation", "separation", "redefinition"]
MemberRole = Literal["mentor", "mentee"]
ActionStatus = Literal["open", "done", "dropped"]
Cadence = Literal["weekly", "fortnightly", "monthly"]
FORMATS: tuple[PairFormat, ...] = get_args(PairFormat)
PHASES: tuple[Phase, ...] = get_args(Phase)
ACTION_STATUSES: tuple[ActionStatus, ...] = get_args(ActionStatus)
CADENCES: tuple[Cadence, ...] = get_args(Cadence)
GROUP_FORMATS: frozenset[PairFormat] = frozenset({"group", "peer"})
"""Formats run as a circle: several mentees, round-robin and peer-exchange items."""
MAX_NOTE = 5000
MAX_ACTION = 500
MAX_FOCUS = 300


class PairNotFound(RecordsError, LookupError):
    """No such pair, session or action *for this user*: missing and not theirs look alike."""

    def __init__(self, what: str = "pair") -> None:
        super().__init__(f"{what} not found")


class MentorOnly(RecordsError, PermissionError):
    """Something only the pair's mentor may do."""

    def __init__(self, what: str) -> None:
        super().__init__(f"only the pair's mentor can {what}")


@dataclass(frozen=True)
class Pair:
    """A mentoring relationship as one of its members (``role``) sees it."""

    id: str
    mentor: str | None  # None once the mentor has been erased
    mentees: tuple[str, ...]
    format: PairFormat
    start: date
    months: int
    cadence: Cadence
    focus: str
    phase: Phase | None  # set by the mentor; None: derived by code
    role: MemberRole


@dataclass(frozen=True)
class Note:
    author: str
    shared: bool
    text: str


@dataclass(frozen=True)
class Session:
    """A session held, with the notes the caller may read."""

    id: str
    pair_id: str
    number: int
    held_on: date
    minutes: int
    phase: Phase
    notes: tuple[Note, ...]


@dataclass(frozen=True)
class Action:
    id: str
    pair_id: str
    session_id: str | None  # the session it was agreed in
    text: str
    owner: MemberRole
    assignee: str | None  # None: every mentee of a group
    due: date | None
    status: ActionStatus

    def overdue(self, today: date) -> bool:
        """Open and past its due date."""
        return self.status == "open" and self.due is not None and self.due < today


def utc_now() -> datetime:
    return datetime.now(UTC)


def one_of(value: str, allowed: tuple[str, ...], what: str) -> str:
    if value not in allowed:
        raise ValueError(f"{what} must be one of {', '.join(allowed)}")
    return value


def checked_text(value: str, most: int, what: str, *, required: bool = True) -> str:
    value = value.strip()
    if required and not value:
        raise ValueError(f"the {what} is empty")
    if len(value) > most:
        raise ValueError(f"the {what} is longer than {most} characters")
    return value
