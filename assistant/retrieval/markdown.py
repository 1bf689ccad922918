"""Markdown parsing: YAML front matter and heading-aware sections (code fences respected)."""

from __future__ import annotations

import re
from typing import Any

import yaml

from assistant.retrieval.documents import Section

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
HEADING_RE = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$")
FENCE_RE = re.compile(r"^[ \t]*(```|~~~)")


class FrontMatterError(ValueError):
    """The YAML front matter block exists but cannot be read as a mapping."""


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Return ``(front_matter, body)``; a file without front matter gives ``({}, text)``."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError as exc:
        raise FrontMatterError(
            f"front matter is not valid YAML ({exc.__class__.__name__})"
        ) from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise FrontMatterError("front matter must be a YAML mapping (key: value lines)")
    return data, text[match.end() :]


def parse_sections(body: str) -> tuple[str | None, list[Section]]:
    """Split a Markdown body into sections by heading; return ``(first_h1, sections)``.

    The first level-1 heading is taken as the document title and left out of section paths, so
    ``# GROW`` / ``## Reality`` gives the section path ``("Reality",)``.
    """
    title: str | None = None
    stack: list[tuple[int, str]] = []
    sections: list[Section] = []
    lines: list[str] = []
    in_fence = False

    def flush() -> None:
        text = "\n".join(lines).strip()
        if text:
            sections.append(Section(tuple(h for _, h in stack), text))
        lines.clear()

    for line in body.splitlines():
        if FENCE_RE.match(line):
            in_fence = not in_fence
        heading = None if in_fence else HEADING_RE.match(line)
        if heading is None:
            lines.append(line)
            continue
        flush()
        level, name = len(heading.group(1)), clean_heading(heading.group(2))
        if level == 1 and title is None and not stack:
            title = name
            continue
        while stack and stack[-1][0] >= level:
            stack.pop()
        stack.append((level, name))
    flush()
    return title, sections


def clean_heading(text: str) -> str:
    """Heading text without emphasis/code markup and with single spaces."""
    text = re.sub(r"[*_`]+", "", text)
    return re.sub(r"\s+", " ", text).strip()
