"""Profile a whole conversation: who coaches, who mentors, who asks open questions, and who
gives advice nobody asked for.

A transcript is plain text, one turn per line as ``Speaker: text``; a line without a speaker
continues the turn before it; blank lines are skipped. Every turn is classified with the
previous turn of another speaker as its context.

"Asked" is defined here, in code: a mentoring turn was *asked for* when the previous turn by
another speaker requested advice or an opinion (:data:`ASKING` — "what should I do?", "what
would you do?", "any advice?", « tu ferais quoi ? », « qu'en penses-tu ? », « tu me
conseilles quoi ? »…). Any other mentoring turn is advice given without being asked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from assistant.language.text import fold
from assistant.skills.stance import STANCES, StanceResult, classify
from assistant.skills.stance.cues import find_cues

_SPEAKER = re.compile(r"^\s*([^:\n]{1,40}?)\s*:\s*(.*)$")
ASKING = re.compile(
    r"\b(?:what (?:should|would|do|can|could) (?:i|you)|should i|shall i|do you think i"
    r"|what do you (?:think|suggest|recommend|advise)|what would you do|how (?:do|should|can|would)"
    r" i|any (?:advice|tips|ideas|suggestions)|(?:your|an) (?:advice|opinion|view|take)"
    r"|can you (?:tell|help|advise|recommend|suggest)|could you (?:tell|help|advise|recommend)"
    r"|tell me what|in your experience|have you ever|what did you do|is it better|which is better"
    r"|what's best|would you recommend|do you know (?:anyone|someone|how|if)"
    r"|tu ferais quoi|vous feriez quoi|que ferais-tu|que feriez-vous|qu'est-ce que tu ferais"
    r"|qu'est-ce que vous feriez|qu'en penses-tu|qu'en pensez-vous|tu en penses quoi"
    r"|vous en pensez quoi|ton avis|votre avis|un conseil|des conseils|tu me conseilles"
    r"|vous me conseillez|tu conseilles|je dois|je devrais|est-ce que je|comment je fais"
    r"|je fais comment|comment faire|tu connais quelqu'un|vous connaissez quelqu'un"
    r"|tu as deja|vous avez deja|t'as deja|c'est mieux|tu recommandes|vous recommandez)\b"
)
_QUESTION_CUES = ("open_question", "closed_question", "leading_question")


@dataclass(frozen=True)
class Turn:
    """One turn of a transcript and its stance."""

    speaker: str
    text: str
    result: StanceResult
    asked: bool  # the previous other-speaker turn asked for advice or an opinion


@dataclass
class SpeakerProfile:
    """What one speaker did across the conversation."""

    speaker: str
    turns: int = 0
    stances: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STANCES, 0))
    open_questions: int = 0  # question-asking turns with an open question
    questions: int = 0  # turns that ask any question (open, closed or leading)
    unsolicited_advice: int = 0  # mentoring turns nobody asked for

    def shares(self) -> dict[str, float]:
        """Share of the speaker's turns in each stance."""
        return {s: round(n / self.turns, 3) if self.turns else 0.0 for s, n in self.stances.items()}

    def open_question_ratio(self) -> float:
        """Open-question turns over question-asking turns (0 when the speaker asks nothing)."""
        return round(self.open_questions / self.questions, 3) if self.questions else 0.0

    def to_json(self) -> dict[str, object]:
        return {
            "speaker": self.speaker,
            "turns": self.turns,
            "stance_counts": dict(self.stances),
            "stance_shares": self.shares(),
            "open_question_ratio": self.open_question_ratio(),
            "questions": self.questions,
            "open_questions": self.open_questions,
            "unsolicited_advice": self.unsolicited_advice,
        }


def parse_transcript(lines: Iterable[str]) -> list[tuple[str, str]]:
    """``(speaker, text)`` turns of a transcript. Raises ValueError when the first non-blank
    line names no speaker or when there is no turn."""
    turns: list[tuple[str, str]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        match = _SPEAKER.match(line)
        if match and match.group(2).strip():
            turns.append((match.group(1).strip(), match.group(2).strip()))
        elif turns:
            speaker, text = turns[-1]
            turns[-1] = (speaker, f"{text} {line.strip()}")
        else:
            raise ValueError(f"line {number} is not a 'Speaker: text' turn")
    if not turns:
        raise ValueError("the transcript has no 'Speaker: text' turn")
    return turns


def asks_for_advice(text: str) -> bool:
    """Whether a turn asks for advice or an opinion (see :data:`ASKING`)."""
    return bool(ASKING.search(fold(text)))


def classify_turns(turns: list[tuple[str, str]]) -> list[Turn]:
    """Each turn classified with the previous other speaker's turn as context."""
    classified: list[Turn] = []
    for index, (speaker, text) in enumerate(turns):
        previous = next((t for s, t in reversed(turns[:index]) if s != speaker), None)
        asked = previous is not None and asks_for_advice(previous)
        classified.append(Turn(speaker, text, classify(text, previous), asked))
    return classified


def profile(turns: list[Turn]) -> list[SpeakerProfile]:
    """One profile per speaker, in order of first appearance."""
    profiles: dict[str, SpeakerProfile] = {}
    for turn in turns:
        person = profiles.setdefault(turn.speaker, SpeakerProfile(turn.speaker))
        person.turns += 1
        person.stances[turn.result.stance] += 1
        cues = set(find_cues(turn.text))  # the rules' own findings, without fallbacks
        if cues & set(_QUESTION_CUES):
            person.questions += 1
            person.open_questions += "open_question" in cues
        if turn.result.stance == "mentoring" and not turn.asked:
            person.unsolicited_advice += 1
    return list(profiles.values())


def profile_transcript(lines: Iterable[str]) -> tuple[list[Turn], list[SpeakerProfile]]:
    """Parse, classify and profile a transcript in one call."""
    turns = classify_turns(parse_transcript(lines))
    return turns, profile(turns)
