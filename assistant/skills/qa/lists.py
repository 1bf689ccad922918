"""A guide's own lists, read back by code: the answer to "what are the phases…".

A small model asked to list a guide's items writes bare markers ("[1] [2] [3]"), section titles
or items of its own. Code finds the list the question asks for among the retrieved sections and
their documents (bullet items, the sub-sections of a section, numbered sections such as
"Level 1: Reaction") and returns its items, each shortened; the answer is composed from them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from assistant.language.text import fold, tokenize
from assistant.reply import leaf_heading
from assistant.retrieval import Hit
from assistant.skills.qa.kinds import same_items

MAX_ITEMS = 8
ITEM_CHARS = 150  # an item's words at most (a plain item); a headed item keeps fewer
MIN_ITEMS = 2
MIN_SCORE = 1.0  # below it, a list is too weakly tied to the question to be the answer
_ITEM = re.compile(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+(.*\S)")
_BOLD_HEAD = re.compile(r"^\*\*(.+?)\*\*\s*[:.—–-]?\s*(.*)$")
_NUMBERED = re.compile(
    r"^(?:level|niveau|step|etape|stage|phase|part|partie)\s*\d{1,2}\s*[:.—–-]", re.I
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")
_COUNT = (
    r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|deux|trois|quatre|cinq|six|sept"
    r"|huit|neuf|dix)"
)
_MARKUP = re.compile(r"\*\*|__|`")
_BRACKETS = re.compile(r"\([^)]*\)")
# headings of what not to do: "Questions to avoid" does not answer "what questions to ask?"
_AVOID = re.compile(r"\b(?:avoid\w*|pitfalls?|mistakes?|traps?|don'?ts?|eviter|pieges?|erreurs?)\b")


class DocumentSource(Protocol):
    """What reading lists needs from the knowledge base."""

    def document(self, hit: Hit) -> list[Hit]: ...


@dataclass(frozen=True)
class Item:
    head: str  # a bold lead or a sub-heading; "" for a plain item
    text: str  # the item's words, shortened


@dataclass(frozen=True)
class GuideList:
    """A list found in a guide: where it lives (for the citation) and its items."""

    hit: Hit
    section: str  # the section path holding the list
    intro: str  # the line that introduces it ("Example questions:"), if any
    items: tuple[Item, ...]
    score: float
    counted: bool = False  # its heading counts its items ("four phases")
    order: int = 0  # its place in the document

    @property
    def text(self) -> str:
        """The list as plain lines, the excerpt the citation shows."""
        lines = [
            f"{i.head}: {i.text}" if i.head and i.text else i.head or i.text for i in self.items
        ]
        return "\n".join(["- " + line for line in lines])


def find_lists(
    question: str, noun: str, hits: Sequence[Hit], kb: DocumentSource, language: str
) -> list[GuideList]:
    """The list that best answers ``question`` among the retrieved sections and the other
    sections of their documents: one whose heading or introduction names ``noun`` (any list of
    the retrieved sections themselves when ``noun`` is empty), preferring better-ranked hits and
    headings that count their items ("Kram's four phases"). None when no list fits well enough
    (the model answers instead, and is checked).

    A second list comes along when the same document counts another one just as well ("Kram's
    four phases" and "Clutterbuck's five phases"): the guide gives two answers to the question.
    """
    asked = set(tokenize(question, language))
    about_avoiding = bool(_AVOID.search(fold(question).lower()))
    nouns = same_items(noun)
    found: list[GuideList] = []
    documents: dict[tuple[str, str], dict[str, str]] = {}
    for rank, hit in enumerate(hits):
        key = (hit.source, hit.collection)
        if key not in documents:
            documents[key] = _sections(kb.document(hit))
        for candidate in _candidates(hit, documents[key], bool(noun)):
            # what a heading says in brackets qualifies it: "Learning questions (Kirkpatrick
            # level 2)" is a list of questions, not of levels
            named = _BRACKETS.sub(
                " ", fold(f"{leaf_heading(candidate.section)} {candidate.intro}").lower()
            )
            if nouns and not any(n in named for n in nouns):
                continue
            heading = fold(leaf_heading(candidate.section)).lower()
            # a set of numbered sections is named by its headings ("Niveau 1 : Réaction", …)
            naming = heading if candidate.section else fold(candidate.intro).lower()
            overlap = len(asked & set(tokenize(naming, language)))
            near = candidate.section in {hit.section, hit.section.rpartition(" > ")[0]}
            score = (1.0 if near else 0.25) / (1 + rank / 2) + 0.6 * overlap + candidate.bonus
            if _AVOID.search(named) and not about_avoiding:
                score -= 1.0  # what not to do, when the question asks what to do
            counted = any(re.search(rf"\b{_COUNT}\s+(?:\w+\s)?{n}", heading) for n in nouns)
            score += 1.5 if counted else 0.0  # "Kram's four phases": the section is the list
            if score >= MIN_SCORE:
                order = (
                    list(documents[key]).index(candidate.section)
                    if candidate.section in documents[key]
                    else -1
                )
                found.append(
                    GuideList(
                        hit,
                        candidate.section,
                        candidate.intro,
                        candidate.items,
                        score,
                        counted,
                        order,
                    )
                )
    found.sort(key=lambda g: -g.score)
    if not found:
        return []
    best = found[0]
    second = next(
        (
            g
            for g in found[1:]
            if best.counted
            and g.counted
            and g.hit.source == best.hit.source
            and g.section != best.section
            and g.score >= best.score - 1.0
        ),
        None,
    )
    return [best] if second is None else sorted([best, second], key=lambda g: g.order)


@dataclass(frozen=True)
class _Candidate:
    section: str
    intro: str
    items: tuple[Item, ...]
    bonus: float = 0.0  # structure that makes a list likely: sub-sections, numbered sections


def _candidates(hit: Hit, sections: dict[str, str], whole_document: bool) -> list[_Candidate]:
    """The lists a hit offers: the bullet lists and sub-sections of its section and of its
    parent, the document's numbered sections ("Level 1: …") and, with ``whole_document``, the
    lists of every other section of the document."""
    names = {hit.section, hit.section.rpartition(" > ")[0]} - {""}
    if whole_document:
        names |= set(sections)
    found: list[_Candidate] = []
    for name in sorted(names, key=list(sections).index if names <= set(sections) else str):
        text = sections.get(name, hit.text if name == hit.section else "")
        found += [_Candidate(name, intro, items) for intro, items in _bullets(text)]
        if children := _children(name, sections):
            found.append(_Candidate(name, "", children, 0.5))
    numbered = tuple(
        _section_item(name, text)
        for name, text in sections.items()
        if _NUMBERED.match(fold(leaf_heading(name)))
    )
    if numbered and whole_document:
        found.append(_Candidate("", " ".join(i.head for i in numbered), numbered, 2.0))
    return [c for c in found if len(c.items) >= MIN_ITEMS]


def _sections(chunks: Sequence[Hit]) -> dict[str, str]:
    """Each section's text in document order, its chunks joined (overlapping lines once)."""
    sections: dict[str, list[str]] = {}
    for chunk in chunks:
        lines = sections.setdefault(chunk.section, [])
        for line in chunk.text.splitlines():
            if line.strip() and line not in lines:
                lines.append(line)
    return {name: "\n".join(lines) for name, lines in sections.items()}


def _bullets(text: str) -> list[tuple[str, tuple[Item, ...]]]:
    """The bullet lists of a section's text, each with the line that introduces it."""
    lists: list[tuple[str, list[Item]]] = []
    intro, previous_was_item = "", False
    for line in text.splitlines():
        match = _ITEM.match(line)
        if match:
            if not previous_was_item:
                lists.append((intro, []))
            lists[-1][1].append(_item(match.group(1)))
        elif line.strip():
            intro = _SENTENCE_END.split(line.strip())[-1]  # the sentence leading into a list
        previous_was_item = bool(match)
    return [(intro, tuple(items[:MAX_ITEMS])) for intro, items in lists]


def _children(parent: str, sections: dict[str, str]) -> tuple[Item, ...]:
    prefix = parent + " > "
    return tuple(
        _section_item(name, text)
        for name, text in sections.items()
        if name.startswith(prefix) and " > " not in name[len(prefix) :]
    )[:MAX_ITEMS]


def _section_item(name: str, text: str) -> Item:
    """A section as an item: its heading and its first sentence."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    return Item(leaf_heading(name), shorten(_MARKUP.sub("", first), ITEM_CHARS - 30))


def _item(text: str) -> Item:
    """A bullet's head (a bold lead) and its words, shortened."""
    match = _BOLD_HEAD.match(text)
    if match:
        head, rest = match.group(1).strip(" :."), match.group(2)
        return Item(_MARKUP.sub("", head), shorten(_MARKUP.sub("", rest), ITEM_CHARS - 30))
    return Item("", shorten(_MARKUP.sub("", text), ITEM_CHARS))


def shorten(text: str, limit: int) -> str:
    """``text`` up to its first sentence end within ``limit``, else cut at a word with "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    ends = [m.start() for m in _SENTENCE_END.finditer(text, 0, limit)]
    if ends and ends[-1] >= limit // 3:
        return text[: ends[-1]]
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:—–-") + "…"
