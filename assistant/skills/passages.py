"""What the model reads: retrieved passages cut, in code, to the sentences that matter.

Prompt length is the bulk of the time to first token (the embedded model reads ~64 prompt
tokens a second on 2 cores), so the context is a fixed number of short pieces: a passage is one
piece; a short section that only introduces its sub-sections ("the differences show up in three
places") is expanded into its lead plus one piece per sub-section, because the answer lives there.

What the user is shown of a passage (:func:`quote`) is cut here too, with other rules: quoting
costs no model time, so it is longer, and it is one unbroken run of the section that keeps a list
whole, because a quotation with sentences or items silently missing misleads.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Protocol

from assistant.language.text import tokenize
from assistant.reply import Source, leaf_heading
from assistant.retrieval import Hit

PIECES = 4  # pieces of context at most: passages, or an introduction's sub-sections
PIECE_CHARS = 190  # characters per piece: 4 x 190 is ~200 prompt tokens
INTRO_CHARS = 300  # a passage shorter than this, with sub-sections, is only an introduction
# a sentence ends after . ! ? (not a list number, "1. "), or after the quotation mark that
# closes a quoted sentence when a capital follows (« Quoi ? » Le mentor…); and at a new line
_SENTENCE = re.compile(
    r"(?<=[.!?])(?<!\b\d\.)\s+(?![»”])"
    r"|(?:(?<=[.!?]\s»)|(?<=[.!?]»)|(?<=[.!?]”))\s+(?=[A-ZÀ-ÖØ-Ý«“])"
    r"|\n+"
)
_ITEM = re.compile(r"\s*(?:[-*•]|\d+[.)])\s")  # a line that opens a list item
_CLAUSE_END = re.compile(r"\s*(?:[,:;]|\s[—–-])\s")
_WORD = re.compile(r"[^\W\d_]{2,}")
MIN_CLAUSE_CHARS = 30  # a shorter opening says too little to be worth its tokens


class SubsectionSource(Protocol):
    """What expanding an introduction needs from the knowledge base."""

    def subsections(self, hit: Hit, limit: int = 4) -> list[Hit]: ...


@dataclass(frozen=True)
class _Unit:
    """One sentence of a passage and where it stands: its line, and whether it opens a list
    item (then the block of consecutive items it belongs to) or follows an item's opening on
    its line (an example, which a quotation may leave out)."""

    text: str
    line: int
    item_block: int | None = None
    example: bool = False


def _units(text: str) -> list[_Unit]:
    """The passage's sentences in order (a piece with no word, "7." where a chunk ends, says
    nothing and is left out)."""
    units: list[_Unit] = []
    block, previous_item = 0, False
    for line_no, line in enumerate(text.splitlines()):
        if not line.strip():
            continue
        item = bool(_ITEM.match(line))
        block += item and not previous_item
        previous_item = item
        pieces = [p.strip() for p in _SENTENCE.split(line) if _WORD.search(p)]
        for n, piece in enumerate(pieces):
            units.append(_Unit(piece, line_no, block if item and n == 0 else None, item and n > 0))
    return units


def excerpt(text: str, question: str, language: str, budget: int = PIECE_CHARS) -> str:
    """The sentences of ``text`` that best cover the words of ``question``, in their original
    order, within ``budget`` characters (what the model reads of a passage).

    Sentences are picked greedily: first the one bringing the most question words not yet
    covered (so "coaching ... mentoring" gets a sentence about each), then the one sharing most
    words, the shorter on a tie, while any shares a word. A sentence too long for the room left
    is cut after a clause ("Coaching is usually time-limited and tightly framed…") or skipped.
    """
    units = _units(text)
    if not units:
        return ""
    sentences = [u.text for u in units]
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
    if not chosen:  # not even a clause fits: the best sentence, cut at a word
        first = min(range(len(sentences)), key=lambda i: (-len(shared[i]), i))
        return sentences[first][: budget - 1].rsplit(" ", 1)[0] + "…"
    return _joined(units, chosen)


def quote(text: str, words: set[str], language: str, budget: int) -> str:
    """What a quotation shows of ``text``: one unbroken run of its sentences, within ``budget``
    characters, holding the most of ``words`` (stems of what the question is about), the
    earliest run on a tie (a section opens with what it is about). A list the run reaches is
    quoted whole, item by item, even past ``budget`` (up to twice it): a list with items
    missing misleads; an item's further sentences (its examples) come in only where room is
    left once the items are in. Empty when no sentence fits."""
    units = _units(text)
    stems = [set(tokenize(u.text, language)) & words for u in units]
    best, best_run = -1, {}
    for start, unit in enumerate(units):
        if unit.example:
            continue
        run = _run(units, start, budget)
        held = len(set().union(*(stems[i] for i in run))) if run else -1
        if held > best:
            best, best_run = held, run
    return _joined(units, best_run) if best_run else ""


def _run(units: Sequence[_Unit], start: int, budget: int) -> dict[int, str]:
    """The sentences from ``start`` on that fit ``budget``, an item's further sentences aside,
    in order until one does not fit (the first may be cut after a clause; a list gets the room
    of a second ``budget`` once, for its items only, then an item may be cut too; a cut ends
    the run); then those further sentences within the run, in the room left."""
    run: dict[int, str] = {}
    room, extra, extended = budget, 0, False
    for i in range(start, len(units)):
        if units[i].example:
            continue
        item = units[i].item_block is not None
        if item and len(units[i].text) > room and not extended:
            room, extra, extended = room + budget, budget, True  # the list's own room
        elif not item and extra:
            room, extra = room - extra, 0  # past the list: its room is gone
        clipped = _clip(units[i].text, room)
        cut = clipped is not None and clipped != units[i].text
        if clipped is None or (cut and i > start and not item):
            break
        run[i] = clipped
        room -= len(clipped) + 1
        if cut:
            break
    room -= extra
    for i in range(start, max(run, default=start) + 1):
        if units[i].example and len(units[i].text) < room:
            run[i] = units[i].text
            room -= len(units[i].text) + 1
    return run


def _joined(units: Sequence[_Unit], chosen: dict[int, str]) -> str:
    """The chosen sentences in order: a new line where the passage had one (list items stay
    items), a space within a line."""
    order = sorted(chosen)
    out = chosen[order[0]]
    for before, i in pairwise(order):
        out += (" " if units[i].line == units[before].line else "\n") + chosen[i]
    return out


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
