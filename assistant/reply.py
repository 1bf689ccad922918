"""What the assistant says back: a streamed text with its sources, whatever skill produced it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from assistant.model.llm import ModelUnavailableError, unavailable_message

ReplyKind = Literal[
    "answer",  # grounded, cited answer
    "not_covered",  # the guides do not cover the question
    "invalid",  # the message cannot be handled as typed (empty, too long)
    "coach",  # a step of a guided conversation (a question, a reflection)
    "confirm",  # something that would write data, shown for the user to confirm or edit
    "done",  # an action the user confirmed was carried out (or cancelled)
    "safety",  # the fixed reply of the crisis screen, with help resources
    "referral",  # outside the assistant's role (therapy, medical, legal, financial): who can help
    "refused",  # an attempt to change the assistant's instructions or role
]


@dataclass(frozen=True)
class Source:
    """A numbered passage given to the model and listed under the answer."""

    number: int
    title: str
    section: str
    source: str
    excerpt: str

    @property
    def label(self) -> str:
        """``Title — Section > Sub-section``, as listed under an answer."""
        return f"{self.title} — {self.section}" if self.section else self.title

    @property
    def heading(self) -> str:
        """The passage's own heading (its last section, else the title): short, for prompts."""
        return leaf_heading(self.section) or self.title


def leaf_heading(section: str) -> str:
    """The last heading of a section path ("A > B" -> "B")."""
    return section.rsplit(" > ", 1)[-1]


@dataclass
class Reply:
    """Iterate for text pieces as they stream; ``text`` fills in as it goes.

    If the model fails mid-answer, iteration stops, ``failed`` is set and ``text`` becomes the
    fixed "model unavailable" message in the reply's language: callers show ``text`` afterwards.
    """

    kind: ReplyKind
    language: str
    pieces: Iterator[str] = field(default_factory=lambda: iter(()))
    sources: list[Source] = field(default_factory=list)
    card: Any = None  # structured content shown beside the text (e.g. a goal awaiting confirmation)
    text: str = ""
    failed: bool = False

    @classmethod
    def fixed(cls, kind: ReplyKind, language: str, text: str, card: Any = None) -> Reply:
        """A reply whose whole text is known already (no model call)."""
        return cls(kind, language, iter([text]), card=card)

    @classmethod
    def unavailable(cls, language: str) -> Reply:
        """The fixed "model unavailable" reply, for when the model cannot even be reached."""
        return cls("answer", language, text=unavailable_message(language), failed=True)

    @property
    def covered(self) -> bool:
        return self.kind != "not_covered"

    def __iter__(self) -> Iterator[str]:
        try:
            for piece in self.pieces:
                piece = without_blank_runs(self.text, piece)
                self.text += piece
                if piece:
                    yield piece
        except ModelUnavailableError:
            self.failed = True
            self.text = unavailable_message(self.language)

    def complete(self) -> str:
        """Consume the stream; returns the whole text."""
        for _ in self:
            pass
        return self.text

    @property
    def cited(self) -> list[Source]:
        """Sources the text cites as [n]; all of them if it cites none explicitly."""
        numbers = {int(n) for n in re.findall(r"\[(\d+)\]", self.text)}
        chosen = [s for s in self.sources if s.number in numbers]
        return chosen or list(self.sources)


def without_blank_runs(before: str, piece: str) -> str:
    """``piece`` less the line breaks that would leave more than one blank line after
    ``before``, or any before the first word: a sentence the checks drop leaves its line break
    behind, and several dropped in a row left gaps of five lines. Nothing blank opens a reply."""
    words = before.rstrip(" \t\n")
    if not words:
        piece = piece.lstrip(" \t\n")
    run = before[len(words) :].count("\n")
    kept = []
    for char in piece:
        if char == "\n":
            run += 1
            if run > 2:
                continue
        elif char not in " \t":
            run = 0
        kept.append(char)
    return "".join(kept)
