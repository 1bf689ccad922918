"""Ingestion: files -> documents -> chunks -> vectors, idempotent and incremental.

* Unchanged chunks (same id and content hash) are neither re-embedded nor rewritten.
* Chunks a file no longer produces are deleted; files gone from an ingested folder lose theirs.
* A file that cannot be read is reported with its reason and the rest carry on; its previously
  ingested chunks are kept (nothing is lost because of one bad file).
* The store's version token is bumped before the first write, so even a crash half-way leaves the
  lexical index marked stale and the next search rebuilds it; re-running ingest repairs the rest.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from assistant.config import Settings
from assistant.retrieval.chunking import GENERATED, chunk_document
from assistant.retrieval.documents import Chunk
from assistant.retrieval.loaders import SUPPORTED_SUFFIXES, LoadError, load_document
from assistant.retrieval.seams import Embedder, VectorStore

Status = Literal["added", "updated", "unchanged", "removed", "skipped"]
FLUSH_CHUNKS = 256


@dataclass
class FileOutcome:
    source: str
    status: Status
    chunks: int = 0
    reason: str = ""


@dataclass
class IngestReport:
    collection: str
    files: list[FileOutcome] = field(default_factory=list)
    chunks_written: int = 0
    questions_written: int = 0
    chunks_deleted: int = 0
    chunks_unchanged: int = 0
    seconds: float = 0.0
    wrote: bool = False  # anything written or deleted: derived indexes must be rebuilt

    def count(self, status: Status) -> int:
        return sum(1 for f in self.files if f.status == status)

    @property
    def changed(self) -> bool:
        return bool(self.chunks_written or self.chunks_deleted)

    def summary(self) -> str:
        parts = [f"{self.count(s)} {s}" for s in ("added", "updated", "unchanged", "removed")]
        parts.append(f"{self.count('skipped')} skipped")
        return (
            f"{', '.join(parts)} file(s); chunks: {self.chunks_written} written "
            f"(+{self.questions_written} question entries), "
            f"{self.chunks_deleted} deleted, {self.chunks_unchanged} unchanged "
            f"({self.seconds:.1f} s)"
        )


def source_id(path: Path, knowledge_dir: Path) -> str:
    """Stable id of a file: ``knowledge/<rel>`` for the bundled guides, else its absolute path."""
    resolved = path.resolve()
    try:
        return (Path("knowledge") / resolved.relative_to(knowledge_dir.resolve())).as_posix()
    except ValueError:
        return resolved.as_posix()


def discover(paths: Sequence[Path]) -> Iterator[Path]:
    """Yield the files to ingest: explicit files as given; in folders, supported types only
    (hidden files and folders are skipped)."""
    for path in paths:
        if path.is_dir():
            for file in sorted(path.rglob("*")):
                rel = file.relative_to(path).parts
                if any(p.startswith(".") for p in rel) or not file.is_file():
                    continue
                if file.suffix.lower() in SUPPORTED_SUFFIXES:
                    yield file
        else:
            yield path


class _Writer:
    """Buffers changed chunks and stale ids; embeds and writes in batches."""

    def __init__(self, embedder: Embedder, store: VectorStore, report: IngestReport) -> None:
        self.embedder, self.store, self.report = embedder, store, report
        self.pending: list[Chunk] = []
        self.stale: list[str] = []
        self.bumped = False

    def add(self, chunks: list[Chunk], stale: list[str]) -> None:
        self.pending += chunks
        self.stale += stale
        if len(self.pending) >= FLUSH_CHUNKS:
            self.flush()

    def flush(self) -> None:
        if not (self.pending or self.stale):
            return
        if not self.bumped:
            self.store.bump_version()
            self.bumped = True
        if self.pending:
            vectors = self.embedder.embed([c.embed_text for c in self.pending])
            self.store.upsert(self.pending, vectors)
            asked = sum(1 for c in self.pending if c.metadata["role"] == "question")
            self.report.questions_written += asked
            self.report.chunks_written += len(self.pending) - asked
        if self.stale:
            self.store.delete(self.stale)
            self.report.chunks_deleted += len(self.stale)
        self.pending, self.stale = [], []


def ingest_paths(
    settings: Settings,
    embedder: Embedder,
    store: VectorStore,
    paths: Sequence[Path],
    collection: str,
    on_file: Callable[[str], None] | None = None,
) -> IngestReport:
    """Bring ``collection`` in line with the files under ``paths``; see the module docstring.
    When anything was written the store's version changes (readers rebuild derived indexes)."""
    started = time.perf_counter()
    report = IngestReport(collection)
    existing = store.content_hashes(collection)
    writer = _Writer(embedder, store, report)
    max_bytes = int(settings.max_file_mb * 1_000_000)
    seen: set[str] = set()
    for file in discover(paths):
        source = source_id(file, settings.knowledge_dir)
        seen.add(source)
        if on_file:
            on_file(source)
        try:
            document = load_document(file, source, max_bytes)
        except LoadError as exc:
            report.files.append(FileOutcome(source, "skipped", reason=str(exc)))
            continue
        chunks = chunk_document(document, collection, settings.chunk_size, settings.chunk_overlap)
        old = existing.get(source, {})
        changed = [c for c in chunks if old.get(c.id) != c.metadata["content_hash"]]
        fresh = {c.id: str(c.metadata["content_hash"]) for c in chunks}
        stale = [i for i, h in old.items() if i not in fresh and not _still_answers(h, fresh)]
        status: Status = "added" if not old else "updated" if changed or stale else "unchanged"
        texts = sum(1 for c in chunks if c.metadata["role"] == "chunk")
        report.files.append(FileOutcome(source, status, texts, "; ".join(document.notes)))
        report.chunks_unchanged += sum(
            1
            for c in chunks
            if c.metadata["role"] == "chunk" and old.get(c.id) == c.metadata["content_hash"]
        )
        writer.add(changed, stale)
    for source, ids in existing.items():
        if source not in seen and _under_any(source, paths, settings.knowledge_dir):
            writer.add([], list(ids))
            report.files.append(FileOutcome(source, "removed", len(ids)))
    writer.flush()
    if writer.bumped:
        # Bumped again after the last write: a reader that rebuilt its lexical cache mid-ingest
        # (another machine, in server mode) tagged it with the first token and will rebuild.
        store.bump_version()
    report.wrote = writer.bumped
    report.seconds = time.perf_counter() - started
    return report


def _still_answers(content_hash: str, fresh: dict[str, str]) -> bool:
    """Whether an anticipated question written at ingest (see :mod:`.anticipated`) points at a
    chunk that is still there, unchanged: then it stays."""
    if not content_hash.startswith(GENERATED):
        return False
    target, _, target_hash = content_hash.removeprefix(GENERATED).partition(":")
    return fresh.get(target) == target_hash


def _under_any(source: str, paths: Sequence[Path], knowledge_dir: Path) -> bool:
    """Whether ``source`` lies inside one of the folders being ingested (so it is ours to prune)."""
    for path in paths:
        if path.is_dir():
            prefix = source_id(path, knowledge_dir).rstrip("/") + "/"
            if source.startswith(prefix):
                return True
    return False
