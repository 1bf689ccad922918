"""Anticipated questions for documents that come without them, written at ingest time.

The bundled guides carry hand-written question sidecars (``<guide>.questions.yaml``): a
reader's question then meets a question, not only a passage, and the guide ranks high. A
programme's own documents have none, so beside the guides they are crowded out. This module
gives them the same lift: for every section whose document has no question entries it asks a
writer (the chat model, wired by the caller: see :mod:`assistant.model.anticipate`) for a few
questions the section answers and indexes them as question entries pointing at the section's
first chunk, exactly like a sidecar's.

It is optional and resumable: a section that already has question entries is skipped, so an
interrupted run goes on where it stopped and a second run costs nothing. When a file changes,
ingest prunes its question entries with its stale chunks, and the next run writes new ones.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from assistant.retrieval.chunking import question_chunks
from assistant.retrieval.documents import Chunk
from assistant.retrieval.seams import Embedder, VectorStore

QuestionWriter = Callable[[str, str, str, str], list[str]]
"""``(title, section, text, language) -> questions``; may return an empty list."""

BATCH = 16  # sections whose questions are embedded and written together


@dataclass
class AnticipateReport:
    sections: int = 0  # sections without questions, considered
    written: int = 0  # question entries written
    failed: int = 0  # sections the writer returned nothing for


class _Index(Protocol):
    embedder: Embedder
    store: VectorStore

    def rebuild_lexical(self, version: str | None = None) -> Any: ...


def sections_without_questions(
    ids: Sequence[str], texts: Sequence[str], metas: Sequence[dict[str, Any]], bundled: bool
) -> list[Chunk]:
    """The first chunk of every section that no question entry points at, in document order
    (the bundled guides' sections too when ``bundled``)."""
    asked = {str(m.get("target")) for m in metas if m.get("role") == "question"}
    first: dict[tuple[str, str, str], tuple[int, Chunk]] = {}
    for chunk_id, text, meta in zip(ids, texts, metas, strict=True):
        source = str(meta.get("source", ""))
        if meta.get("role") == "question" or (source.startswith("knowledge/") and not bundled):
            continue
        key = (str(meta.get("collection", "")), source, str(meta.get("section", "")))
        index = int(meta.get("chunk_index", 0))
        if key not in first or index < first[key][0]:
            first[key] = (index, Chunk(id=chunk_id, text=text, embed_text=text, metadata=meta))
    chosen = [
        chunk
        for _, chunk in sorted(
            first.values(), key=lambda v: (v[1].metadata.get("source", ""), v[0])
        )
    ]
    return [chunk for chunk in chosen if chunk.id not in asked]


def anticipate(
    kb: _Index,
    write: QuestionWriter,
    bundled: bool = False,
    on_section: Callable[[int, int], None] | None = None,
) -> AnticipateReport:
    """Write and index anticipated questions for every section that has none."""
    ids, texts, metas = kb.store.all_chunks()
    todo = sections_without_questions(ids, texts, metas, bundled)
    report = AnticipateReport(sections=len(todo))
    pending: list[Chunk] = []
    for n, target in enumerate(todo, 1):
        meta = target.metadata
        questions = write(
            str(meta.get("title", "")),
            str(meta.get("section", "")),
            target.text,
            str(meta.get("language", "en")),
        )
        if questions:
            pending += question_chunks(target, tuple(questions), generated=True)
        else:
            report.failed += 1
        if on_section:
            on_section(n, len(todo))
        if len(pending) >= BATCH or (n == len(todo) and pending):
            kb.store.bump_version()
            kb.store.upsert(pending, kb.embedder.embed([c.embed_text for c in pending]))
            report.written += len(pending)
            pending = []
    if report.written:
        kb.store.bump_version()
        kb.rebuild_lexical()
    return report
