"""What the model reads: retrieved passages cut, in code, to the sentences that matter.

Prompt length is the bulk of the time to first token (the embedded model reads ~64 prompt
tokens a second on 2 cores), so the context is a fixed number of short pieces: a passage is one
piece; a short section that only introduces its sub-sections ("the differences show up in three
places") is expanded into its lead plus one piece per sub-section, because the answer lives there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from assistant.language.text import tokenize
from assistant.reply import Source, leaf_heading
from assistant.retrieval import Hit

PIECES = 4  # pieces of context at most: passages, or an introduction's sub-sections
PIECE_CHARS = 190  # characters per piece: 4 x 190 is ~200 prompt tokens
INTRO_CHARS = 300  # a passage shorter than this, with sub-sections, is only an introduction
_SENTENCE = re.compile(r"(?<=[.!?])(?<!\b\d\.)\s+|\n+")  # not after a list number ("1. ")
_CLAUSE_END = re.compile(r"\s*(?:[,:;]|\s[—–-])\s")
_WORD = re.compile(r"[^\W\d_]{2,}")
MIN_CLAUSE_CHARS = 30  # a shorter opening says too little to be worth its tokens


class SubsectionSource(Protocol):
    """What expanding an introduction needs from the knowledge base."""

    def subsections(self, hit: Hit, limit: int = 4) -> list[Hit]: ...


def excerpt(
    text: str, question: str, language: str, budget: int = PIECE_CHARS, *, fill: bool = False
) -> str:
    """The sentences of ``text`` that best cover the words of ``question``, in their original
    order, within ``budget`` characters; with ``fill``, the room left goes to the whole
    sentences nearest those (what follows a definition usually explains it).

    Sentences are picked greedily: first the one bringing the most question words not yet
    covered (so "coaching ... mentoring" gets a sentence about each), then the one sharing most
    words, the shorter on a tie, while any shares a word. A sentence too long for the room left
    is cut after a clause ("Coaching is usually time-limited and tightly framed…") or skipped.
    """
    # a piece with no word ("7." where a chunk ends) says nothing
    sentences = [s.strip() for s in _SENTENCE.split(text) if _WORD.search(s)]
    if not sentences:
        return ""
    wanted = set(tokenize(question, language))
    shared = [wanted & set(tokenize(s, language)) for s in sentences]
    chosen: dict[int, str] = {}
    covered: set[str] = set()
    room = budget
    while True:
        fitting = {
            i: clipped
            for i, sentence in enumerate(sentences)
            if i not in chosen and (clipped := _clip(sentence, room)) is not None
        }
        if not fitting:
            break
        best = min(
            fitting,
            key=lambda i: (-len(shared[i] - covered), -len(shared[i]), len(fitting[i]), i),
        )
        if chosen and not shared[best]:
            break
        chosen[best] = fitting[best]
        covered |= shared[best]
        room -= len(fitting[best]) + 1
    if fill and chosen:
        for i in sorted(range(len(sentences)), key=lambda i: (min(abs(i - c) for c in chosen), i)):
            if i not in chosen and len(sentences[i]) <= room:
                chosen[i] = sentences[i]
                room -= len(sentences[i]) + 1
    if not chosen:  # not even a clause fits: the best sentence, cut at a word
        first = min(range(len(sentences)), key=lambda i: (-len(shared[i]), i))
        return sentences[first][: budget - 1].rsplit(" ", 1)[0] + "…"
    return " ".join(chosen[i] for i in sorted(chosen))


def _clip(sentence: str, room: int) -> str | None:
    """``sentence`` if it fits in ``room`` characters, else its longest opening that ends at a
    clause (``,``, ``:``, ``;``, a dash) and still says something, marked with "…"."""
    if len(sentence) <= room:
        return sentence
    cuts = [m.start() for m in _CLAUSE_END.finditer(sentence, 0, max(room - 1, 0))]
    cuts = [c for c in cuts if c >= MIN_CLAUSE_CHARS]
    return sentence[: cuts[-1]] + "…" if cuts else None


def numbered_sources(
    hits: Sequence[Hit], question: str, kb: SubsectionSource | None = None
) -> list[Source]:
    """The hits as numbered sources, each cut to the sentences closest to ``question``, at most
    :data:`PIECES` pieces in all; with ``kb``, introductions are expanded into sub-sections."""
    expansions = {h.id: _subsections(kb, h) for h in hits}
    inside = {child.id for children in expansions.values() for child in children}
    sources: list[Source] = []
    room = PIECES
    for hit in hits:
        if hit.id in inside or room <= 0:
            continue
        children = expansions[hit.id][: room - 1]
        room -= 1 + len(children)
        text = excerpt(hit.text, question, hit.language)
        for child in children:
            heading = leaf_heading(child.section)
            body = excerpt(child.text, question, child.language, PIECE_CHARS - len(heading) - 4)
            text += f"\n- {heading}: {body}"
        number = len(sources) + 1
        sources.append(Source(number, hit.title, hit.section, hit.source, text))
    return sources


def _subsections(kb: SubsectionSource | None, hit: Hit) -> list[Hit]:
    if kb is None or len(hit.text) >= INTRO_CHARS:
        return []
    return kb.subsections(hit, PIECES - 1)
