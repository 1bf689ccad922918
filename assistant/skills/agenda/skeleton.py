"""The agenda skeleton, built by code: the plan's items for the phase and format, minutes that
add up exactly to the session's length, and each item's title, purpose, questions (1 to 3) and
citations in the guides' own wording (prompts/agenda/).

Minutes: each item's share grows with the session in proportion to its length in the guide's
plan, held between its floor and its ceiling (:mod:`plans`); whole minutes are then handed out
by largest remainder, so the total is always exact. The model may later rewrite purposes and
questions, and only those, through :class:`AgendaFill` (:func:`apply_fill`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, Field

from assistant.goals.model import Goal
from assistant.language.messages import message
from assistant.records.pairs import FORMATS, GROUP_FORMATS, Action, Pair, PairFormat, Phase, Session
from assistant.skills.agenda.phase import PhaseReading, pair_reading, reading_for
from assistant.skills.agenda.plans import Kind, Slot, slots_for
from assistant.skills.agenda.words import Citation, ItemWords, wording

MAX_QUESTIONS = 3
_SEARCH_STEPS = 60


@dataclass(frozen=True)
class AgendaItem:
    key: str
    kind: Kind
    minutes: int
    title: str
    purpose: str
    questions: tuple[str, ...]
    citations: tuple[Citation, ...]
    facts: str = ""  # code's own end of the purpose (open actions): kept under a model's words
    focus_question: str = ""  # code's question on the session's focus: kept after a model's

    @property
    def guide_purpose(self) -> str:
        """The purpose without code's facts."""
        return self.purpose.removesuffix(self.facts).strip() if self.facts else self.purpose

    def to_dict(self) -> dict[str, Any]:
        return {
            "minutes": self.minutes,
            "title": self.title,
            "purpose": self.purpose,
            "questions": list(self.questions),
            "citations": [c.to_dict() for c in self.citations],
        }


@dataclass(frozen=True)
class Agenda:
    """A timed agenda; ``wording`` says who wrote purposes and questions (guides or model)."""

    total_minutes: int
    phase: Phase
    plan: str
    format: PairFormat
    language: str
    focus: str
    items: tuple[AgendaItem, ...]
    wording: Literal["guides", "model"] = "guides"
    session_number: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "total_minutes": self.total_minutes,
            "phase": self.phase,
            "plan": self.plan,
            "format": self.format,
            "session": self.session_number,
            "focus": self.focus,
            "language": self.language,
            "wording": self.wording,
            "items": [item.to_dict() for item in self.items],
        }


def allocate(slots: Sequence[Slot], total: int) -> list[int]:
    """Whole minutes per slot, each within its bounds, adding up exactly to ``total``."""
    low, high = sum(s.least for s in slots), sum(s.most for s in slots)
    if not low <= total <= high:
        raise ValueError(f"these items need {low} to {high} minutes, not {total}")

    def share(scale: float) -> list[float]:
        return [min(max(s.weight * scale, s.least), s.most) for s in slots]

    lo, hi = 0.0, float(total)  # every weight is >= 1, so this scale reaches every ceiling
    for _ in range(_SEARCH_STEPS):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if sum(share(mid)) < total else (lo, mid)
    exact = share(hi)
    minutes = [math.floor(x + 1e-9) for x in exact]
    by_remainder = sorted(range(len(slots)), key=lambda i: (minutes[i] - exact[i], i))
    while sum(minutes) < total:
        i = next(i for i in by_remainder if minutes[i] < slots[i].most)
        minutes[i] += 1
        by_remainder.remove(i)
        by_remainder.append(i)
    while sum(minutes) > total:
        i = next(i for i in reversed(by_remainder) if minutes[i] > slots[i].least)
        minutes[i] -= 1
        by_remainder.remove(i)
    return minutes


def pair_agenda(
    pair: Pair,
    sessions: Sequence[Session],
    goals: Sequence[Goal],
    actions: Sequence[Action],
    minutes: int,
    *,
    today: date,
    language: str = "en",
    session: int | None = None,
    phase: Phase | None = None,
    format: PairFormat | None = None,
    focus: str | None = None,
) -> Agenda:
    """The skeleton of ``pair``'s next session (or session number ``session``) from its records;
    ``phase``, ``format`` and ``focus`` override what the pair's records give."""
    reading = pair_reading(pair, sessions, goals, today, session)
    if phase is not None:
        reading = reading_for(session_number=reading.session_number, phase=phase)
    return build_agenda(
        minutes,
        reading,
        format=format or pair.format,
        focus=pair.focus if focus is None else focus,
        language=language,
        open_actions=actions,
        today=today,
    )


def build_agenda(
    minutes: int,
    reading: PhaseReading,
    *,
    format: PairFormat = "one-to-one",
    focus: str = "",
    language: str = "en",
    open_actions: Sequence[Action] = (),
    today: date | None = None,
) -> Agenda:
    """The skeleton of a session of ``minutes`` (15-120) for ``reading``'s plan, in ``language``.

    ``focus`` joins the central item's purpose and gives it a last question of code's own on the
    focus; the ``open_actions`` (of a pair) join the review's, each with its owner and due date,
    overdue ones flagged."""
    if format not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    slots = slots_for(reading.plan, minutes, group=format in GROUP_FORMATS)
    words = wording(language)
    extras = words.formats.get(format, {})
    items = []
    for slot, length in zip(slots, allocate(slots, minutes), strict=True):
        item = words.items[slot.key]
        extra = extras.get("main" if slot.main else slot.kind)
        purpose, facts, asked = item.purpose, "", ""
        if slot.main and focus.strip():
            purpose += " " + message(language, "agenda.focus", focus=focus.strip())
            asked = message(language, "agenda.focus_question", focus=focus.strip())
        if slot.kind == "review" and open_actions:
            facts = _open_actions_line(open_actions, language, today)
            purpose += " " + facts
        built = _item(slot, length, item, purpose, extra)
        questions = (*built.questions[: MAX_QUESTIONS - 1], asked) if asked else built.questions
        items.append(replace(built, questions=questions, facts=facts, focus_question=asked))
    return Agenda(
        total_minutes=minutes,
        phase=reading.phase,
        plan=reading.plan,
        format=format,
        language=language,
        focus=focus.strip(),
        items=tuple(items),
        session_number=reading.session_number,
    )


def _item(slot: Slot, minutes: int, words: ItemWords, purpose: str, extra: Any) -> AgendaItem:
    questions, citations = list(words.questions), list(words.citations)
    if extra is not None:
        questions = [*questions[: MAX_QUESTIONS - 1], extra.question]
        citations.append(extra.citation)
    return AgendaItem(
        slot.key, slot.kind, minutes, words.title, purpose, tuple(questions), tuple(citations)
    )


def action_line(action: Action, language: str, today: date | None) -> str:
    """``text (owner, due date[, overdue])`` in ``language``."""
    owner = message(language, f"agenda.owner.{action.owner}")
    if action.due is None:
        line = message(language, "agenda.action_undated", text=action.text, owner=owner)
    else:
        line = message(language, "agenda.action", text=action.text, owner=owner, due=action.due)
    if today is not None and action.overdue(today):
        line += " " + message(language, "agenda.overdue_flag")
    return line


def _open_actions_line(actions: Sequence[Action], language: str, today: date | None) -> str:
    listed = "; ".join(action_line(a, language, today) for a in actions)
    return message(language, "agenda.open_actions", actions=listed)


# -- the model's seam ------------------------------------------------------------------------


class ItemFill(BaseModel):
    """What the model may write for one item, in the agenda's order; ``title`` echoes the
    item's, so code can tell words written for another item."""

    title: str = Field(default="", max_length=200)
    purpose: str = Field(min_length=1, max_length=400)
    questions: list[str] = Field(min_length=1, max_length=MAX_QUESTIONS)


class AgendaFill(BaseModel):
    """The model's words for a whole agenda: one entry per item, same order."""

    items: list[ItemFill]


def apply_fill(agenda: Agenda, fill: AgendaFill, keep: frozenset[int] = frozenset()) -> Agenda:
    """``agenda`` with the model's purposes and questions, except the items at the indexes in
    ``keep`` (they stay in the guides' wording); minutes, order, titles, citations and code's
    facts (open actions, after the purpose; the focus question, after the questions) stay
    code's. :class:`ValueError` if the fill does not match the items (:mod:`.fill` validates,
    retries once, then keeps the guides' wording)."""
    if len(fill.items) != len(agenda.items):
        raise ValueError(f"expected {len(agenda.items)} items, got {len(fill.items)}")
    items = []
    for n, (item, words) in enumerate(zip(agenda.items, fill.items, strict=True)):
        if n in keep:
            items.append(item)
            continue
        if not words.purpose.strip() or not all(q.strip() for q in words.questions):
            raise ValueError("an item's purpose or a question is empty")
        purpose = " ".join([words.purpose.strip(), item.facts]).strip()
        questions = tuple(q.strip() for q in words.questions)
        if item.focus_question:
            questions = (*questions[: MAX_QUESTIONS - 1], item.focus_question)
        items.append(replace(item, purpose=purpose, questions=questions))
    written = len(keep) < len(agenda.items)
    return replace(agenda, items=tuple(items), wording="model" if written else agenda.wording)
