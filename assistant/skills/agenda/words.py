"""Code's own wording for agendas and briefs, from prompts/agenda/<language>.yaml, and the check
that a citation names a real guide section (a path under knowledge/ and one of its headings)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from assistant.config import BUNDLED_KNOWLEDGE_DIR, PROMPTS_DIR
from assistant.language.messages import LANGUAGES

WORDS_DIR = PROMPTS_DIR / "agenda"
_HEADING = re.compile(r"^#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$")
_FENCE = re.compile(r"^[ \t]*(```|~~~)")


@dataclass(frozen=True)
class Citation:
    """A guide section: ``guide`` relative to knowledge/ (``en/grow-model.md``) and a heading."""

    guide: str
    section: str

    def to_dict(self) -> dict[str, str]:
        return {"guide": self.guide, "section": self.section}

    def __str__(self) -> str:
        return f"{self.guide} § {self.section}"


@dataclass(frozen=True)
class ItemWords:
    title: str
    purpose: str
    questions: tuple[str, ...]
    citations: tuple[Citation, ...]


@dataclass(frozen=True)
class Extra:
    """A question and a citation a format adds to an item of one kind."""

    question: str
    citation: Citation


@dataclass(frozen=True)
class Wording:
    items: dict[str, ItemWords]
    formats: dict[str, dict[str, Extra]]
    watch_outs: dict[str, tuple[tuple[str, Citation], ...]]


@cache
def wording(language: str) -> Wording:
    """The wording in ``language`` (en or fr)."""
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
    data: dict[str, Any] = yaml.safe_load((WORDS_DIR / f"{language}.yaml").read_text("utf-8"))
    items = {
        key: ItemWords(
            title=str(item["title"]),
            purpose=str(item["purpose"]),
            questions=tuple(str(q) for q in item["questions"]),
            citations=tuple(Citation(*pair) for pair in item["citations"]),
        )
        for key, item in data["items"].items()
    }
    formats = {
        fmt: {kind: Extra(str(e["question"]), Citation(*e["citation"])) for kind, e in by.items()}
        for fmt, by in data["formats"].items()
    }
    watch_outs = {
        phase: tuple((str(w["text"]), Citation(*w["citation"])) for w in entries)
        for phase, entries in data["watch_outs"].items()
    }
    return Wording(items, formats, watch_outs)


def resolves(citation: Citation, root: Path = BUNDLED_KNOWLEDGE_DIR) -> bool:
    """Whether the guide exists under ``root`` and has a heading with exactly this text."""
    return citation.section in headings(root / citation.guide)


@cache
def headings(path: Path) -> frozenset[str]:
    """The headings of a Markdown file (outside code fences); empty if there is no such file."""
    if not path.is_file():
        return frozenset()
    found, fenced = set(), False
    for line in path.read_text(encoding="utf-8").splitlines():
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced and (match := _HEADING.match(line)):
            found.add(match.group(1))
    return frozenset(found)
