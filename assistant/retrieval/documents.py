"""The plain data that flows through ingestion: loaded documents, their sections, and chunks."""

from __future__ import annotations

from dataclasses import dataclass, field

AUDIENCES = ("mentee", "mentor", "trainer")
SECTION_SEPARATOR = " > "


@dataclass(frozen=True)
class Section:
    """A run of text under one heading path (``("GROW", "Reality")``); empty path = preamble."""

    path: tuple[str, ...]
    text: str

    @property
    def label(self) -> str:
        return SECTION_SEPARATOR.join(self.path)


@dataclass(frozen=True)
class Document:
    """A file turned into titled, heading-aware sections plus its front-matter metadata."""

    source: str
    title: str
    language: str
    sections: list[Section]
    audience: tuple[str, ...] = AUDIENCES
    topics: tuple[str, ...] = ()
    kind: str = "markdown"
    questions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    notes: tuple[str, ...] = ()

    @property
    def text_length(self) -> int:
        return sum(len(s.text) for s in self.sections)


@dataclass(frozen=True)
class Chunk:
    """One retrievable unit: its text, deterministic id and the metadata stored beside it.

    ``metadata["role"]`` is ``"chunk"`` for document text, or ``"question"`` for an anticipated
    reader question whose ``metadata["target"]`` is the id of the chunk that answers it.
    """

    id: str
    text: str
    embed_text: str
    metadata: dict[str, str | int | bool] = field(default_factory=dict)
