"""Heading-aware chunking: each section is split on paragraphs, then sentences, then words.

A chunk never crosses a section boundary, so its section path is exact. Chunk ids are derived from
(collection, source, section path, ordinal), so re-ingesting an unchanged file yields the same ids,
and an edit touches only the chunks of the sections it changed.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from typing import Any

from assistant.retrieval.documents import AUDIENCES, Chunk, Document, Section
from assistant.retrieval.filters import audience_key

GENERATED = "generated:"  # content hash prefix of questions written at ingest (see anticipated)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"(?<=[.!?…:;])\s+")
_LIST_ITEM = re.compile(r"\n(?=\s*(?:[-*+•]|\d{1,2}[.)])\s)")


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def chunk_id(collection: str, source: str, section: str, ordinal: int) -> str:
    """The deterministic id of the ``ordinal``-th chunk of a section."""
    return _digest(collection, source, section, str(ordinal))[:32]


def split_text(text: str, size: int, overlap: int) -> list[str]:
    """Split ``text`` into pieces of at most ``size`` characters, cut at sentence ends (words as a
    last resort), keeping paragraph breaks and list items on lines of their own (code reads a
    guide's lists back from its chunks); neighbours share ~``overlap`` characters of whole
    sentences."""
    units: list[tuple[str, str]] = []  # (separator before it, sentence)
    for paragraph in _PARAGRAPH_BREAK.split(text.strip()):
        for m, line in enumerate(_LIST_ITEM.split(paragraph.strip())):
            for n, sentence in enumerate(_sentences(line.strip(), size)):
                units.append(("\n\n" if m == n == 0 else "\n" if n == 0 else " ", sentence))
    pieces: list[str] = []
    current: list[tuple[str, str]] = []
    for unit in units:
        if current and len(_join([*current, unit])) > size:
            pieces.append(_join(current))
            current = _tail(current, min(overlap, size - len(unit[1]) - 2))
        current.append(unit)
    if current:
        pieces.append(_join(current))
    return pieces


def _join(units: list[tuple[str, str]]) -> str:
    return "".join(sep + sentence for sep, sentence in units).strip()


def _sentences(paragraph: str, size: int) -> list[str]:
    """The sentences of a paragraph, each cut to at most ``size`` characters."""
    out: list[str] = []
    for sentence in _SENTENCE_END.split(paragraph):
        while len(sentence) > size:
            cut = sentence.rfind(" ", 0, size)
            cut = cut if cut > size // 2 else size
            out.append(sentence[:cut].strip())
            sentence = sentence[cut:].strip()
        if sentence:
            out.append(sentence)
    return out


def _tail(units: list[tuple[str, str]], budget: int) -> list[tuple[str, str]]:
    """The last whole sentences of ``units`` fitting in ``budget`` characters."""
    kept: list[tuple[str, str]] = []
    used = 0
    for unit in reversed(units):
        used += len(unit[1]) + 1
        if used > budget:
            break
        kept.insert(0, unit)
    return kept


def embed_text(text: str, metadata: dict[str, Any]) -> str:
    """What is embedded for a chunk: its document title and section, then its text."""
    title, label = str(metadata.get("title", "")), str(metadata.get("section", ""))
    header = f"{title} — {label}" if label else title
    return f"{header}\n\n{text}"


def chunk_document(document: Document, collection: str, size: int, overlap: int) -> list[Chunk]:
    """Cut a document into chunks carrying citation metadata (title, section, source)."""
    chunks: list[Chunk] = []
    questions: list[Chunk] = []
    seen: Counter[str] = Counter()
    for section in document.sections:
        first = len(chunks)
        for piece in split_text(section.text, size, overlap):
            chunks.append(_make_chunk(document, section, piece, collection, seen, len(chunks)))
        asked = document.questions.get(section.label, ())
        if asked and len(chunks) > first:
            questions += question_chunks(chunks[first], asked)
    return chunks + questions


def question_chunks(target: Chunk, asked: tuple[str, ...], generated: bool = False) -> list[Chunk]:
    """Index entries for anticipated questions, pointing at the section's first chunk
    (``generated``: written by the chat model at ingest, not by the document's authors)."""
    out = []
    target_hash = str(target.metadata.get("content_hash", ""))
    for n, question in enumerate(asked):
        metadata = {**target.metadata, "role": "question", "target": target.id, "chunk_index": -1}
        metadata.pop("content_hash", None)
        if generated:  # kept by ingest as long as the chunk it answers is unchanged
            metadata["generated"] = True
            metadata["content_hash"] = f"{GENERATED}{target.id}:{target_hash}"
        else:
            metadata["content_hash"] = _digest(question, json.dumps(metadata, sort_keys=True))[:32]
        out.append(
            Chunk(
                id=_digest(target.id, "generated" if generated else "question", str(n))[:32],
                text=question,
                embed_text=question,
                metadata=metadata,
            )
        )
    return out


def _make_chunk(
    document: Document,
    section: Section,
    text: str,
    collection: str,
    seen: Counter[str],
    index: int,
) -> Chunk:
    label = section.label
    ordinal = seen[label]
    seen[label] += 1
    embedded = embed_text(text, {"title": document.title, "section": label})
    metadata: dict[str, str | int | bool] = {
        "source": document.source,
        "title": document.title,
        "section": label,
        "language": document.language,
        "collection": collection,
        "kind": document.kind,
        "topics": ",".join(document.topics),
        "chunk_index": index,
        "role": "chunk",
    }
    for audience in AUDIENCES:
        metadata[audience_key(audience)] = audience in document.audience
    metadata["content_hash"] = _digest(embedded, json.dumps(metadata, sort_keys=True))[:32]
    return Chunk(
        id=chunk_id(collection, document.source, label, ordinal),
        text=text,
        embed_text=embedded,
        metadata=metadata,
    )
