"""Citations to the guides: a :class:`GuideRef` names a guide under ``knowledge/`` and the exact
heading of one of its sections; this module finds the guide's title and the section's opening
paragraph (the words a cited summary quotes), and checks that references resolve."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from assistant.config import BUNDLED_KNOWLEDGE_DIR
from assistant.retrieval.markdown import parse_sections, split_front_matter
from assistant.skills.training.data import TrainingDataError


@dataclass(frozen=True)
class GuideRef:
    """A section of a guide: ``guide`` relative to ``knowledge/`` and the section heading."""

    guide: str
    section: str

    def to_json(self) -> dict[str, str]:
        return {"guide": self.guide, "section": self.section}


@dataclass(frozen=True)
class CitedSection:
    """A resolved reference: the guide's title and the section's opening paragraph."""

    ref: GuideRef
    title: str
    excerpt: str

    def to_json(self) -> dict[str, str]:
        return {**self.ref.to_json(), "title": self.title, "excerpt": self.excerpt}


def guide_ref(value: object, where: str) -> GuideRef:
    """A :class:`GuideRef` from a ``{guide: ..., section: ...}`` mapping of a data file."""
    if not isinstance(value, dict) or not all(
        isinstance(value.get(key), str) and value[key] for key in ("guide", "section")
    ):
        raise TrainingDataError(f"{where}: a source needs 'guide' and 'section'")
    return GuideRef(value["guide"], value["section"])


def cite(ref: GuideRef, knowledge_dir: Path = BUNDLED_KNOWLEDGE_DIR) -> CitedSection:
    """The guide's title and the first paragraph of the section ``ref`` names.

    Raises :class:`TrainingDataError` when the guide or the section does not exist."""
    title, sections = _read_guide(knowledge_dir / ref.guide)
    if ref.section not in sections:
        raise TrainingDataError(f"{ref.guide}: no section headed '{ref.section}'")
    return CitedSection(ref, title, sections[ref.section])


def unresolved(refs: list[GuideRef], knowledge_dir: Path = BUNDLED_KNOWLEDGE_DIR) -> list[str]:
    """One line per reference that does not resolve (empty when all do)."""
    problems: list[str] = []
    for ref in refs:
        try:
            cite(ref, knowledge_dir)
        except TrainingDataError as exc:
            problems.append(str(exc))
    return problems


@lru_cache(maxsize=128)
def _read_guide(path: Path) -> tuple[str, dict[str, str]]:
    """(title, {section heading: opening paragraph}) of a Markdown guide."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise TrainingDataError(f"guide not found: {path}") from exc
    front, body = split_front_matter(text)
    heading, sections = parse_sections(body)
    title = str(front.get("title") or heading or path.stem)
    opening: dict[str, str] = {}
    for section in sections:
        paragraph = " ".join(section.text.split("\n\n", 1)[0].split())
        for name in section.path:  # a heading with only sub-sections: its first paragraph
            opening.setdefault(name, paragraph)
    return title, opening
