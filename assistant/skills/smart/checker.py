"""SMART check of a goal statement, in English and French, without any model.

    >>> from datetime import date
    >>> report = check_goal("I want to be better at public speaking", today=date(2026, 11, 23))
    >>> report.missing
    ['specific', 'measurable', 'relevant', 'time_bound']

The criteria follow evals/datasets/goals/GUIDELINES.md: label what the text *says*.

- **specific**: a concrete action or outcome and what it applies to. The goal's main clause
  is read by structure (:mod:`assistant.skills.smart.action`): its head verb, unless vague or a
  copula, applied to an object that is not a broad area, with no bare comparative ("repaint
  the spare room", "refondre la page d'accueil"). A small score adds concreteness (such a
  clause or a yes/no outcome +2, a count +1, a listed action verb +1, a named setting, tool,
  language or proper noun +1) and takes away vagueness (a vague verb such as "get better at",
  "improve", "work on", "progresser", "évoluer" -2; a broad area such as "career", "leadership",
  "réseau" with nothing counted -1). Specific from 2 up. A bare wish for something generic
  ("find an internship", "get a job", « je voudrais trouver un stage », "une solution de
  transport") earns nothing: no what, where or how many; meta-talk ("I want to", « je
  voudrais », "help me") is never content.
- **measurable**: a count, score, percentage, amount of money, level (B2), fraction ("by half",
  « d'un tiers »), threshold, frequency with a count, or a verifiable yes/no outcome (pass an
  exam, launch, publish, get promoted, signer un client..., or any concrete main clause whose
  verb is not an open-ended process such as "prepare for" or "réviser"): something done once
  can be checked. An ongoing or directional behaviour ("reduce", "track", "watch", "keep",
  "restart", "be more…", « réduire », « suivre », « reprendre », an uncounted plural such as
  "apply for jobs") is measurable only with a quantity, never by its yes/no outcome; a
  regularity ("every day", "every expense") measures only a behaviour one can count ("walk
  every day", not "be more positive every day"). Numbers of the deadline, ages, years, times of
  day, bill numbers, examples ("(e.g., a 5K)"), today's level ("actuellement 3,0") and a topic
  heading (« Obésité : … ») do not count.
- **achievable**: true unless a red flag: perfection/absolutes, outcomes of luck or of others'
  choices (a prize, going viral), or too much for the time given (fluency in weeks, a book in
  days, a million in a month).
- **relevant**: an explicit reason or purpose ("so that", "in order to", "to prepare for",
  "because", "afin de", "pour pouvoir", "parce que", "car", "ce qui me permettra"); the
  infinitive after "I want to" is not a reason.
- **time_bound**: a deadline or time frame found by :mod:`assistant.dates.deadlines`, read by
  :mod:`~assistant.skills.smart.time_bound` (a past year still counts; a baseline year, a start
  date or a routine of weekdays does not).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from assistant.goals.export import format_date
from assistant.goals.model import GoalDraft
from assistant.language.folded import Folded
from assistant.language.messages import message
from assistant.language.text import detect_language
from assistant.skills.smart.achievable import find_red_flags
from assistant.skills.smart.action import Head, find_action, find_head
from assistant.skills.smart.measurable import (
    REGULAR_KINDS,
    YES_NO_KINDS,
    count_phrase,
    find_measures,
)
from assistant.skills.smart.relevant import find_reason
from assistant.skills.smart.specific import SPECIFIC_FROM, specificity
from assistant.skills.smart.text import Signal, mask
from assistant.skills.smart.time_bound import example_deadline, find_deadline

CRITERIA = ("specific", "measurable", "achievable", "relevant", "time_bound")


@dataclass(frozen=True)
class Verdict:
    criterion: str
    met: bool
    evidence: str  # the words in the text that justify the verdict ("" when none)
    suggestion: str  # concrete, in the goal's language, "" when met


@dataclass(frozen=True)
class SmartReport:
    text: str
    language: str
    verdicts: dict[str, Verdict]
    due: date | None  # the deadline found, if any

    @property
    def passed(self) -> bool:
        """All five criteria met."""
        return all(v.met for v in self.verdicts.values())

    @property
    def missing(self) -> list[str]:
        """The criteria not met, in SMART order."""
        return [c for c in CRITERIA if not self.verdicts[c].met]

    def warnings(self) -> list[str]:
        """One line per criterion missed, with what to add (advice, never a condition)."""
        return [
            f"not {criterion.replace('_', '-')}: {self.verdicts[criterion].suggestion}"
            for criterion in self.missing
        ]

    def to_dict(self) -> dict[str, object]:
        result: dict[str, object] = {"text": self.text, "language": self.language}
        result |= {c: self.verdicts[c].met for c in CRITERIA}
        result["due"] = self.due.isoformat() if self.due else None
        result["evidence"] = {c: self.verdicts[c].evidence for c in CRITERIA}
        result["suggestions"] = {c: self.verdicts[c].suggestion for c in CRITERIA}
        return result


def check_goal(text: str, language: str | None = None, today: date | None = None) -> SmartReport:
    """Check ``text`` against the five SMART criteria (``language``: detected when None)."""
    today = today or date.today()
    lang = language if language in {"en", "fr"} else detect_language(text)
    folded = Folded.of(text)
    deadline, frames = find_deadline(text, lang, today)
    due = deadline.due if deadline else None
    # Deadline words are not measures; the reason clause says why, not what.
    undated = mask(folded.text, [_folded_span(folded, f.span) for f in frames])
    reason = find_reason(undated, lang)
    asides = [m.span() for m in _ASIDE.finditer(undated)]
    goal = _Quoter(folded, mask(undated, asides + ([(reason.start, reason.end)] if reason else [])))
    measures = _measures_of(find_measures(goal.text), find_head(goal.text, lang))
    clause = find_action(goal.text, lang)
    if clause and clause.kind in {"deliverable", "wish"} and not measures:
        measures.append(Signal("outcome", clause.start, clause.end))
    score, concrete = specificity(goal.text, text, lang, measures, clause)
    # A deadline already past says nothing of the pace left.
    flags = find_red_flags(undated, today, due if due and due >= today else None)
    found = {
        "specific": (score >= SPECIFIC_FROM, goal.phrase(concrete) or _vague_words(goal)),
        "measurable": (bool(measures), goal.phrase(_best_measure(measures))),
        "achievable": (not flags, goal.quote(flags[0] if flags else None)),
        "relevant": (reason is not None, goal.quote(reason)),
        "time_bound": (deadline is not None, deadline.evidence if deadline else ""),
    }
    verdicts = {
        criterion: Verdict(
            criterion,
            met,
            evidence,
            "" if met else _suggest(criterion, lang, evidence, flags, today),
        )
        for criterion, (met, evidence) in found.items()
    }
    return SmartReport(text, lang, verdicts, due)


def check_draft(draft: GoalDraft, today: date | None = None) -> SmartReport:
    """The SMART check of a whole goal: its statement, completed by the fields that answer a
    criterion the statement leaves open.

    A statement with no deadline is still time-bound when the goal has a target date; it is
    measurable when one of its success measures is, and relevant when "why it matters" is
    filled in (that field is the reason). Specific and achievable are judged on the statement.
    """
    report = check_goal(draft.statement, draft.language, today)
    verdicts = dict(report.verdicts)
    measurable = (
        verdict.evidence or measure
        for measure in draft.success_measures
        if (verdict := check_goal(measure, draft.language, today).verdicts["measurable"]).met
    )
    completed = {
        "measurable": next(measurable, ""),
        "relevant": draft.relevance.strip(),
        "time_bound": format_date(draft.target_date, draft.language) if draft.target_date else "",
    }
    for criterion, evidence in completed.items():
        if evidence and not verdicts[criterion].met:
            verdicts[criterion] = Verdict(criterion, True, evidence, "")
    return replace(report, verdicts=verdicts, due=report.due or draft.target_date)


@dataclass(frozen=True)
class _Quoter:
    """Turns signals found in the (masked, folded) ``text`` back into the user's own words."""

    folded: Folded
    text: str

    def quote(self, signal: Signal | None) -> str:
        return self.folded.source(signal.start, signal.end).strip() if signal else ""

    def phrase(self, signal: Signal | None) -> str:
        """A count with what it counts; an action or outcome with the words that follow it
        in its clause (seven words at most); any other signal as it is."""
        if signal is None:
            return ""
        if signal.kind == "count":
            return self.folded.source(*count_phrase(self.text, signal)).strip()
        if signal.kind not in {"outcome", "action", "deliverable", "direction"}:
            return self.quote(signal)
        room = max(7 - len(self.text[signal.start : signal.end].split()), 0)
        tail = re.match(rf"(?: [\w'/%€$£-]+){{0,{room}}}", self.text[signal.end :])
        end = signal.end + (tail.end() if tail else 0)
        return self.folded.source(signal.start, end).strip()


def _folded_span(folded: Folded, span: tuple[int, int]) -> tuple[int, int]:
    """Folded offsets of original characters ``span``."""
    inside = [i for i, origin in enumerate(folded.origins) if span[0] <= origin < span[1]]
    return (inside[0], inside[-1] + 1) if inside else (0, 0)


# What the goal is not: a topic heading (« Obésité : réduire… »), an example ("(e.g., a 5K)"),
# the current level ("(actuellement 3,0 pour 100 000)", "currently 40 %").
_ASIDE = re.compile(
    r"^[^:!?]{3,160}?\s:\s+(?=\S)"
    r"|\((?:e\.?\s?g\.?|i\.?\s?e\.?|par\s+ex(?:emple|\.)?|for\s+example|such\s+as|comme"
    r"|actuellement|currently|aujourd'hui)(?![a-z])[^)]*\)?"
    r"|\b(?:actuellement|currently|at\s+present)\b[^.;:()]*"
)


def _measures_of(measures: list[Signal], head: Head | None) -> list[Signal]:
    """The measures that measure the goal's behaviour: not a yes/no outcome inside an ongoing or
    directional clause ("continue to apply for jobs"), not a regularity of a state or a vague
    wish ("be more positive every day")."""
    if head is None:
        return measures
    return [
        m
        for m in measures
        if not (m.kind in YES_NO_KINDS and head.directional and head.start <= m.start < head.end)
        and not (m.kind in REGULAR_KINDS and not head.countable)
    ]


def _best_measure(measures: list[Signal]) -> Signal | None:
    """The first quantity in the text; a yes/no outcome only when nothing is counted."""
    quantities = sorted((m for m in measures if m.kind != "outcome"), key=lambda m: m.start)
    outcomes = sorted((m for m in measures if m.kind == "outcome"), key=lambda m: m.start)
    ranked = quantities or outcomes
    return ranked[0] if ranked else None


_VAGUE_HINT = re.compile(
    r"\b(?:(?:get|be|become)\s+better\s+at|improve|work\s+on|develop|progresser|m'ameliorer|"
    r"ameliorer|evoluer(?:\s+vers)?|developper)\b"
)


def _vague_words(goal: _Quoter) -> str:
    match = _VAGUE_HINT.search(goal.text)
    return goal.folded.source(match.start(), match.end()) if match else ""


def _suggest(criterion: str, language: str, evidence: str, flags: list[Signal], today: date) -> str:
    key = flags[0].kind if criterion == "achievable" and flags else criterion
    example = example_deadline(language, today)
    return message(language, f"smart.suggestion.{key}", evidence=evidence, example=example)
