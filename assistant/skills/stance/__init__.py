"""The coaching-vs-mentoring stance of one helper's turn, decided in code (issue 12).

``classify("What options do you see?")`` → ``StanceResult(stance="coaching", ...)``: the label
(``coaching``, ``mentoring`` or ``neutral``), a calibrated confidence, the cues that support it
(names from ``evals/datasets/stance/GUIDELINES.md``) and the language of the turn. Deterministic
and independent of the chat model: rules for the sharp cues (:mod:`.cues`) feed a small linear
model shipped as ``data/stance-model.npz`` (:mod:`.classifier`). :mod:`.profile` profiles a
whole transcript.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field

from assistant.language.text import detect_language
from assistant.skills.stance.classifier import LABELS, StanceModelError, load_model
from assistant.skills.stance.cues import CUES, FAMILY, find_cues

STANCES = LABELS
"""The labels: ``coaching``, ``mentoring``, ``neutral``."""


@dataclass(frozen=True)
class StanceResult:
    """The stance of one turn and why."""

    stance: str  # one of STANCES
    confidence: float  # calibrated probability of ``stance``, in [0, 1]
    cues: list[str] = field(default_factory=list)  # cue names, those supporting ``stance`` first
    language: str = "en"  # en | fr
    probabilities: dict[str, float] = field(default_factory=dict)  # every label's probability

    def to_json(self) -> dict[str, object]:
        """The public fields (``stance``, ``confidence``, ``cues``, ``language``)."""
        data = asdict(self)
        del data["probabilities"]
        return data


def classify(text: str, context: str | None = None) -> StanceResult:
    """The stance of the helper's turn ``text``; ``context`` is the other person's previous
    turn when known (it helps to tell a paraphrase from new content).

    Raises ValueError for an empty turn and :class:`StanceModelError` when the shipped model
    is missing.
    """
    if not text or not text.strip():
        raise ValueError("the utterance is empty")
    probabilities = load_model().probabilities(text, context or None)
    best = int(probabilities.argmax())
    stance = LABELS[best]
    return StanceResult(
        stance=stance,
        confidence=round(float(probabilities[best]), 4),
        cues=explaining_cues(text, stance),
        language=detect_language(text),
        probabilities={
            label: round(float(p), 4) for label, p in zip(LABELS, probabilities, strict=True)
        },
    )


def explaining_cues(text: str, stance: str) -> list[str]:
    """The rule cues of ``text``, those of ``stance``'s family first (a closed question counts
    for coaching or mentoring), then the others. Only cues the rules found are named: when none
    supports the label, the learned model decided it from the wording, and the list starts with
    the other cues, or is empty."""
    found = find_cues(text)
    own = [cue for cue in found if FAMILY[cue] == stance]
    if not own and "closed_question" in found and stance != "neutral":
        own = ["closed_question"]
    rest = [cue for cue in found if cue not in own]
    rest.sort(key=lambda cue: FAMILY[cue] != "any")
    return own + rest


def classify_lines(lines: Iterable[str]) -> Iterator[dict[str, object]]:
    """One JSON-ready record per non-blank line: the input under ``text``, then the fields of
    :meth:`StanceResult.to_json` (what ``mentor stance --file`` prints, one line each)."""
    for line in lines:
        text = line.strip()
        if text:
            yield {"text": text, **classify(text).to_json()}


__all__ = [
    "CUES",
    "STANCES",
    "StanceModelError",
    "StanceResult",
    "classify",
    "classify_lines",
    "explaining_cues",
]
