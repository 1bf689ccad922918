"""The role-play feedback report: a pure function of the transcript.

:func:`build_report` reads the trainee's own turns (the ``mentor`` lines) and gives, each quoted:

- the stance of the turn (the stance classifier, with the mentee's previous line as context);
- whether it asks an open question; the *open-question share* is open-question turns over all
  the trainee's turns, flagged below :data:`LOW_OPEN_SHARE`;
- *advice without permission*: a turn in the mentoring stance that is not itself a permission
  question, whose trainee turn before was not a permission question ("can I share an idea?") and
  whose mentee line before did not ask for advice (:func:`~assistant.skills.stance.profile.
  asks_for_advice`). Permission asked and advice given in one breath counts as without
  permission: the mentee had no chance to answer;
- the *talking share*: the trainee's words over all words, flagged above :data:`HIGH_TALK_SHARE`;
- whether a *goal* was reached (a goal question answered by the mentee stating an aim) and a
  *next step* (a next-step question answered by a commitment), quoting the mentee's line;
- for the two weakest turns (advice without permission first, then leading, then closed
  questions), a better alternative from the scenario data, or a template.

Nothing here calls a model or reads the clock: the same transcript gives the same report.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from itertools import pairwise

from assistant.language.messages import message
from assistant.language.text import fold
from assistant.skills.stance import classify
from assistant.skills.stance.cues import find_cues
from assistant.skills.stance.profile import asks_for_advice, parse_transcript
from assistant.skills.training.rules import (
    asks_goal,
    asks_next_step,
    asks_permission,
    commits,
    states_aim,
)
from assistant.skills.training.scenarios import Persona

TRAINEE = "mentor"
MENTEE = "mentee"
MIN_TURNS = 6
"""Trainee turns needed before feedback is given."""
LOW_OPEN_SHARE = 1 / 3
"""Below this share of open-question turns, the report flags it."""
HIGH_TALK_SHARE = 0.6
"""Above this share of the words, the report flags that the trainee talked most."""
_WEIGHTS = {"unpermitted_advice": 3, "leading_question": 2, "closed_question": 1}
_SPEAKERS = {
    "mentor": TRAINEE,
    "trainee": TRAINEE,
    "participant": TRAINEE,
    "mentee": MENTEE,
    "mentore": MENTEE,
    "mentoree": MENTEE,
}


@dataclass(frozen=True)
class Line:
    """One line of a role-play: who spoke (``mentor`` or ``mentee``) and what they said."""

    speaker: str
    text: str


@dataclass(frozen=True)
class Transcript:
    """A role-play as played: the scenario, its language and the lines in order."""

    scenario: str
    language: str
    lines: tuple[Line, ...]

    def trainee_turns(self) -> int:
        return sum(line.speaker == TRAINEE for line in self.lines)

    def to_text(self) -> str:
        """``Mentor: ...`` / ``Mentee: ...`` lines (what :meth:`from_text` reads back)."""
        return "\n".join(f"{line.speaker.capitalize()}: {line.text}" for line in self.lines)

    @classmethod
    def from_text(cls, scenario: str, language: str, text: str) -> Transcript:
        """A transcript from ``Speaker: text`` lines; speakers are Mentor (or Trainee) and
        Mentee (or Mentoré·e). Raises ValueError for another speaker."""
        lines = []
        for speaker, said in parse_transcript(text.splitlines()):
            role = _SPEAKERS.get(fold(speaker))
            if role is None:
                raise ValueError(f"unknown speaker '{speaker}': use Mentor or Mentee")
            lines.append(Line(role, said))
        return cls(scenario, language, tuple(lines))


@dataclass(frozen=True)
class TurnFeedback:
    """What the report says about one trainee turn."""

    number: int  # 1 for the trainee's first turn
    text: str
    stance: str
    confidence: float
    cues: list[str]
    open_question: bool
    permission_question: bool
    advice_without_permission: bool
    words: int
    weakness: str | None  # unpermitted_advice | leading_question | closed_question


@dataclass(frozen=True)
class Alternative:
    """A better way to say one of the weakest turns."""

    number: int
    text: str
    weakness: str
    better: str


@dataclass(frozen=True)
class FeedbackReport:
    """The report on the trainee's turns; every figure is computed by code."""

    scenario: str
    language: str
    turns: list[TurnFeedback]
    open_questions: int
    advice_without_permission: int
    trainee_words: int
    mentee_words: int
    goal: str | None  # the mentee's line stating an aim after a goal question
    next_step: str | None  # the mentee's line committing to a step after a next-step question
    alternatives: list[Alternative] = field(default_factory=list)

    @property
    def open_share(self) -> float:
        return round(self.open_questions / len(self.turns), 3) if self.turns else 0.0

    @property
    def talk_share(self) -> float:
        total = self.trainee_words + self.mentee_words
        return round(self.trainee_words / total, 3) if total else 0.0

    @property
    def flags(self) -> list[str]:
        """What to work on: ``advice_without_permission``, ``low_open_questions``,
        ``talked_most``, ``no_goal``, ``no_next_step``."""
        checks = {
            "advice_without_permission": self.advice_without_permission > 0,
            "low_open_questions": self.open_share < LOW_OPEN_SHARE,
            "talked_most": self.talk_share > HIGH_TALK_SHARE,
            "no_goal": self.goal is None,
            "no_next_step": self.next_step is None,
        }
        return [flag for flag, raised in checks.items() if raised]

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data.update(open_share=self.open_share, talk_share=self.talk_share, flags=self.flags)
        return data


class NotEnoughTurns(ValueError):
    """Feedback asked for before the trainee has taken :data:`MIN_TURNS` turns."""


def build_report(transcript: Transcript, persona: Persona | None = None) -> FeedbackReport:
    """The report on ``transcript``; ``persona`` (the scenario in the transcript's language)
    supplies the better alternatives, templates otherwise. Raises :class:`NotEnoughTurns`."""
    if transcript.trainee_turns() < MIN_TURNS:
        raise NotEnoughTurns(
            f"feedback needs {MIN_TURNS} turns of yours; you have taken "
            f"{transcript.trainee_turns()}"
        )
    turns = _turns(transcript.lines)
    alternatives = [_alternative(turn, transcript.language, persona) for turn in _weakest(turns, 2)]
    return FeedbackReport(
        scenario=transcript.scenario,
        language=transcript.language,
        turns=turns,
        open_questions=sum(t.open_question for t in turns),
        advice_without_permission=sum(t.advice_without_permission for t in turns),
        trainee_words=sum(t.words for t in turns),
        mentee_words=sum(_words(x.text) for x in transcript.lines if x.speaker == MENTEE),
        goal=_answered(transcript.lines, asks_goal, states_aim),
        next_step=_answered(transcript.lines, asks_next_step, commits),
        alternatives=alternatives,
    )


def _turns(lines: Sequence[Line]) -> list[TurnFeedback]:
    turns: list[TurnFeedback] = []
    before_trainee: str | None = None  # the trainee's previous turn
    before_mentee: str | None = None  # the mentee's line just before this turn, if any
    for line in lines:
        if line.speaker != TRAINEE:
            before_mentee = line.text
            continue
        result = classify(line.text, before_mentee)
        found = set(find_cues(line.text))
        permission = asks_permission(line.text)
        advice = result.stance == "mentoring" and not permission
        allowed = (before_trainee is not None and asks_permission(before_trainee)) or (
            before_mentee is not None and asks_for_advice(before_mentee)
        )
        unpermitted = advice and not allowed
        weakness = (
            "unpermitted_advice"
            if unpermitted
            else next(
                (cue for cue in ("leading_question", "closed_question") if cue in found), None
            )
        )
        if permission:
            weakness = None  # "can I share an idea?" is closed, and reads as mentoring, on purpose
        turns.append(
            TurnFeedback(
                number=len(turns) + 1,
                text=line.text,
                stance=result.stance,
                confidence=result.confidence,
                cues=result.cues,
                open_question="open_question" in found,
                permission_question=permission,
                advice_without_permission=unpermitted,
                words=_words(line.text),
                weakness=weakness,
            )
        )
        before_trainee, before_mentee = line.text, None
    return turns


def _words(text: str) -> int:
    return len(text.split())


def _answered(
    lines: Sequence[Line], question: Callable[[str], bool], answer: Callable[[str], bool]
) -> str | None:
    """The first mentee line that satisfies ``answer`` right after a trainee line that
    satisfies ``question``."""
    for asked, replied in pairwise(lines):
        if (asked.speaker, replied.speaker) == (TRAINEE, MENTEE) and (
            question(asked.text) and answer(replied.text)
        ):
            return replied.text
    return None


def _weakest(turns: Sequence[TurnFeedback], n: int) -> list[TurnFeedback]:
    """The ``n`` weakest turns (heaviest weakness first, earlier first), in turn order."""
    weak = [t for t in turns if t.weakness]
    weak.sort(key=lambda t: (-_WEIGHTS[t.weakness or ""], t.number))
    return sorted(weak[:n], key=lambda t: t.number)


def _alternative(turn: TurnFeedback, language: str, persona: Persona | None) -> Alternative:
    kind = (
        "permission"
        if turn.weakness == "unpermitted_advice" and "leading_question" not in turn.cues
        else "open_question"
    )
    better = persona.better[kind] if persona else message(language, f"training.better.{kind}")
    return Alternative(turn.number, turn.text, turn.weakness or "", better)


def describe(report: FeedbackReport, title: str) -> str:
    """The report as text for a person, in the transcript's language, each turn quoted."""
    lang = report.language
    total = report.trainee_words + report.mentee_words
    lines = [message(lang, "training.feedback.heading", turns=len(report.turns), title=title)]
    for turn in report.turns:
        marks = "".join(
            message(lang, f"training.feedback.mark.{name}")
            for name, on in (
                ("open", turn.open_question),
                ("permission", turn.permission_question),
                ("unpermitted", turn.advice_without_permission),
            )
            if on
        )
        stance = message(lang, f"stance.label.{turn.stance}")
        lines.append(
            message(
                lang,
                "training.feedback.turn",
                number=turn.number,
                text=turn.text,
                stance=stance,
                marks=marks,
            )
        )
    count = len(report.turns)
    lines += [
        message(
            lang,
            "training.feedback.open_share",
            open=report.open_questions,
            turns=count,
            share=f"{report.open_share:.0%}",
        ),
        message(
            lang,
            "training.feedback.unpermitted",
            count=report.advice_without_permission,
            turns=count,
        ),
        message(
            lang,
            "training.feedback.talk_share",
            share=f"{report.talk_share:.0%}",
            trainee=report.trainee_words,
            total=total,
        ),
        _reached(lang, "goal", report.goal),
        _reached(lang, "next_step", report.next_step),
    ]
    flags = report.flags
    lines += [message(lang, f"training.feedback.flag.{flag}") for flag in flags]
    if not flags:
        lines.append(message(lang, "training.feedback.no_flags"))
    if report.alternatives:
        lines.append(message(lang, "training.feedback.alternatives"))
    for alt in report.alternatives:
        why = message(lang, f"training.feedback.why.{alt.weakness}")
        lines.append(
            message(
                lang,
                "training.feedback.alternative",
                number=alt.number,
                text=alt.text,
                why=why,
                better=alt.better,
            )
        )
    return "\n".join(lines)


def _reached(lang: str, what: str, quote: str | None) -> str:
    if quote is None:
        return message(lang, f"training.feedback.{what}_missing")
    return message(lang, f"training.feedback.{what}_reached", text=quote)
