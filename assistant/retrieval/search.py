"""Hybrid search over the knowledge base: dense (Chroma) + lexical (BM25), fused by reciprocal rank.

:class:`KnowledgeBase` is the one object callers need: it owns the embedder, the vector store and
the lexical index, and hands out :class:`Hit` objects that carry their citation.

Another process may write to the same store while this one runs (``mentor ingest`` beside the
web app). The store's version token tells: every search re-checks it (under a millisecond on an
embedded store), reloads the derived index (BM25 and the stored vectors, which the dense side
scores exactly), and reopens an embedded Chroma, whose in-memory state does not see the other
process's writes (a query then fails with "Error finding id"). A store query that fails anyway
reopens the store and is retried once.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from pydantic import BaseModel, Field, computed_field

from assistant.config import Settings
from assistant.language.text import detect_language
from assistant.retrieval.chunking import embed_text
from assistant.retrieval.embeddings import profile_for
from assistant.retrieval.filters import SearchFilter
from assistant.retrieval.ingest import IngestReport, ingest_paths
from assistant.retrieval.lexical import LexicalIndex
from assistant.retrieval.onnx_encoder import make_embedder
from assistant.retrieval.seams import Embedder, VectorStore
from assistant.retrieval.store import ChromaStore, DenseHit, make_client

if TYPE_CHECKING:
    from chromadb.api import ClientAPI

log = logging.getLogger(__name__)
MAX_QUERY_CHARS = 4000
_VERSION_TTL_S = 2.0  # how long other readers of the derived index trust it before re-checking


ENTRIES_PER_SECTION = 4  # index entries read per distinct section wanted (chunk + questions)
OWN_MARGIN = 0.05  # a programme's own passage this close to the best match goes first
MIN_OVERLAP = 20  # characters from which a chunk's opening counts as its neighbour's ending


class QueryError(ValueError):
    """A search query that cannot be run (empty or too long)."""


class Hit(BaseModel):
    """One search result with everything needed to cite it."""

    text: str = Field(description="The chunk's text.")
    title: str = Field(description="Title of the document it comes from.")
    section: str = Field(description="Heading path inside the document ('' for its preamble).")
    source: str = Field(description="Where the document lives (knowledge/... or a file path).")
    score: float = Field(description="Fused reciprocal-rank score (higher is better).")
    language: str
    collection: str
    id: str
    similarity: float | None = Field(
        None,
        description="Best cosine similarity of the chunk or one of its anticipated questions, "
        "when dense search found it (the chunk is its section's best: one hit per section).",
    )

    @computed_field  # type: ignore[prop-decorator]
    @property
    def citation(self) -> str:
        """``Title — Section (source)``, ready to show under an answer."""
        where = f"{self.title} — {self.section}" if self.section else self.title
        return f"{where} ({self.source})"


def reciprocal_rank_fusion(
    rankings: Sequence[Sequence[str]], k: int, weights: Sequence[float] | None = None
) -> list[tuple[str, float]]:
    """Fuse ranked id lists: ``score(id) = Σ weight / (k + rank)`` (each ranking's weight, 1 by
    default); ties broken by id for stability."""
    scores: dict[str, float] = {}
    for n, ranking in enumerate(rankings):
        weight = 1.0 if weights is None else weights[n]
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + weight / (k + rank)
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))


def check_query(query: str) -> str:
    query = query.strip()
    if not query:
        raise QueryError("the query is empty: type a question or some keywords")
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"the query is {len(query)} characters; keep it under {MAX_QUERY_CHARS}")
    return query


class KnowledgeBase:
    """Ingest documents and search them; one instance per process (one writer)."""

    def __init__(
        self,
        settings: Settings,
        embedder: Embedder | None = None,
        client: ClientAPI | None = None,
    ) -> None:
        self.settings = settings
        self.embedder: Embedder = embedder or make_embedder(settings)
        chroma = client or make_client(settings)
        self.store: VectorStore = ChromaStore(chroma, self.embedder.slug)
        self._reopenable = client is None and settings.chroma_mode == "embedded"
        self._store_lock = threading.RLock()  # reads, and swapping in a reopened store
        self._writing = 0  # this instance's writes in progress: version changes are its own
        self.profile = profile_for(self.embedder.slug)
        self._lexical: LexicalIndex | None = None
        self._lexical_version = ""
        self._checked_at = 0.0
        self._lexical_lock = threading.RLock()  # one thread loads or rebuilds it at a time

    def close(self) -> None:
        """Release the vector store's connections and file handles."""
        self.store.close()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def lexical_dir(self) -> Path:
        return self.settings.index_dir / self.store.name

    def lexical(self, fresh: bool = False) -> LexicalIndex:
        """The derived index (BM25 and the stored vectors) matching the store's current
        contents, loaded or rebuilt as needed. ``fresh``: check the store's version token now
        (every search does: the dense side reads the vectors from here, so another process's
        writes must show at once), not only every :data:`_VERSION_TTL_S` seconds."""
        with self._lexical_lock:
            now = time.monotonic()
            recent = now - self._checked_at < _VERSION_TTL_S
            if self._lexical is not None and recent and not fresh:
                return self._lexical
            version = self.store.version()
            self._checked_at = now
            if self._lexical is None or version != self._lexical_version:
                if self._lexical is not None:
                    self._reopen_store()  # written by someone else: see the module docstring
                index = LexicalIndex.load(self.lexical_dir, version)
                if index is None:
                    index = self.rebuild_lexical(version)
                self._lexical, self._lexical_version = index, version
            return self._lexical

    def rebuild_lexical(self, version: str | None = None) -> LexicalIndex:
        """Rebuild the BM25 index from the vector store and save it."""
        with self._lexical_lock:
            with self._store_lock:
                version = version or self.store.version()
                ids, texts, metas, vectors = self.store.all_entries()
            index = LexicalIndex.build(ids, texts, metas, vectors)
            try:
                index.save(self.lexical_dir, version)
            except OSError as exc:  # another process saving it at the same time: it is a cache
                log.warning("lexical index not saved (%s); kept in memory", type(exc).__name__)
            self._lexical, self._lexical_version = index, version
            self._checked_at = time.monotonic()
            return index

    def warm_up(self) -> None:
        """Load the embedding model and the lexical index now, so the first search does not
        wait for them (the app and the chat commands run this in the background)."""
        self.embedder.embed_query("warm up")
        self.lexical()

    def warm_up_in_background(self) -> threading.Thread:
        """:meth:`warm_up` in a daemon thread. A failure there is left for the first search to
        meet and report; the thread ends either way (join it to wait)."""

        def run() -> None:
            with contextlib.suppress(Exception):
                self.warm_up()

        thread = threading.Thread(target=run, name="kb-warm-up", daemon=True)
        thread.start()
        return thread

    def search(
        self, query: str, k: int | None = None, where: SearchFilter | None = None
    ) -> list[Hit]:
        """The ``k`` best chunks for ``query`` by hybrid search, best first."""
        query = check_query(query)
        k = k or self.settings.search_k
        where = where or SearchFilter()
        pool = max(6 * k, 40)
        # Several anticipated questions may stand for one section: read enough entries that
        # each ranking holds ``pool`` distinct sections.
        entries = ENTRIES_PER_SECTION * pool
        lexical = self.lexical(fresh=True)  # first: it notices another process's writes
        vector = self.embedder.embed_query(query)
        dense = self._dense(vector, entries, where, lexical)
        language = where.language or detect_language(query)
        lex_hits = lexical.search(query, language, entries, where)
        chosen: dict[tuple[str, str, str], str] = {}  # a section's chunk: dense's best first
        dense_ranking = _sections(((h.id, h.metadata) for h in dense), chosen)
        fused = reciprocal_rank_fusion(
            [
                dense_ranking[:pool],
                _sections(
                    ((lexical.ids[h.index], lexical.metadatas[h.index]) for h in lex_hits), chosen
                )[:pool],
            ],
            self.settings.rrf_k,
            [self.profile.dense_weight_for(language), 1.0],
        )
        similarity: dict[str, float] = {}
        sources: dict[str, str] = {}
        for h in dense:
            target = chosen[_section_key(h.metadata)]
            similarity.setdefault(target, h.similarity)
            sources.setdefault(target, str(h.metadata.get("source", "")))
        best_text = max(
            (h.similarity for h in dense if h.metadata.get("role") != "question"), default=1.0
        )
        fused = own_material_first(fused, similarity, sources, best_text - OWN_MARGIN)[:k]
        texts = self._get([i for i, _ in fused])
        found = {i: texts[i] for i, _ in fused if i in texts}
        similarity |= self._similarity_of(
            vector, {i: t for i, t in found.items() if i not in similarity}, lexical
        )
        return [_to_hit(i, score, *found[i], similarity.get(i)) for i, score in fused if i in found]

    def _similarity_of(
        self,
        vector: Any,
        entries: dict[str, tuple[str, dict[str, Any]]],
        lexical: LexicalIndex,
    ) -> dict[str, float]:
        """Cosine similarity to the query of chunks only the lexical side found (the dense
        ranking did not reach them, or another process wrote them and this one's vector index
        has not caught up): whether a hit covers the question must not depend on which side
        found it. Read from the index's stored vectors where it has them, else embedded."""
        known: dict[str, float] = {}
        for entry_id in entries:
            value = lexical.similarity(entry_id, vector)
            if value is not None:
                known[entry_id] = round(value, 4)
        entries = {i: e for i, e in entries.items() if i not in known}
        if not entries:
            return known
        texts = [embed_text(text, meta) for text, meta in entries.values()]
        vectors = np.asarray(self.embedder.embed(texts), dtype=np.float64)
        query = np.asarray(vector, dtype=np.float64)
        norms = np.linalg.norm(vectors, axis=1) * (np.linalg.norm(query) or 1.0)
        cosines = vectors @ query / np.where(norms == 0, 1.0, norms)
        return known | {i: round(float(c), 4) for i, c in zip(entries, cosines, strict=True)}

    def subsections(self, hit: Hit, limit: int = 4) -> list[Hit]:
        """The opening chunk of each direct sub-section of ``hit``'s section, in document order.

        A short section that only introduces its sub-sections ("the differences show up in three
        places") answers nothing by itself; its sub-sections' openings do.
        """
        prefix = f"{hit.section} > " if hit.section else ""

        def direct_subsection(meta: dict[str, Any]) -> bool:
            section = str(meta.get("section", ""))
            return (
                meta.get("source") == hit.source
                and meta.get("collection") == hit.collection
                and section.startswith(prefix)
                and section != hit.section
                and " > " not in section[len(prefix) :]
            )

        ordered = sorted(self._openings(direct_subsection).values())[:limit]
        texts = self._get([chunk_id for _, chunk_id in ordered])
        return [_to_hit(i, 0.0, *texts[i], None) for _, i in ordered if i in texts]

    def sections_headed(
        self, accepts: Callable[[str, str], bool], where: SearchFilter | None = None
    ) -> list[Hit]:
        """The opening chunk of each section ``where`` allows whose heading ``accepts`` (given
        the section path and its language), in index order: a question that names a section in
        full finds it even when many sections on the same topic rank above it."""
        where = where or SearchFilter()
        verdicts: dict[tuple[str, str], bool] = {}

        def headed_so(meta: dict[str, Any]) -> bool:
            if not where.matches(meta):
                return False
            heading = (str(meta.get("section", "")), str(meta.get("language", "")))
            if heading not in verdicts:  # once per section, not per chunk
                verdicts[heading] = accepts(*heading)
            return verdicts[heading]

        ids = [chunk_id for _, chunk_id in self._openings(headed_so).values()]
        texts = self._get(ids)
        return [_to_hit(i, 0.0, *texts[i], None) for i in ids if i in texts]

    def _openings(
        self, keep: Callable[[dict[str, Any]], bool]
    ) -> dict[tuple[str, str, str], tuple[int, str]]:
        """The opening chunk (index within its document, id) of each section whose chunks
        ``keep`` accepts, anticipated questions aside, in index order."""
        lexical = self.lexical()
        first: dict[tuple[str, str, str], tuple[int, str]] = {}
        for chunk_id, meta in zip(lexical.ids, lexical.metadatas, strict=True):
            if meta.get("role") == "question" or not keep(meta):
                continue
            key = _section_key(meta)
            index = int(meta.get("chunk_index", 0))
            if key not in first or index < first[key][0]:
                first[key] = (index, chunk_id)
        return first

    def document(self, hit: Hit) -> list[Hit]:
        """Every chunk of the document ``hit`` comes from, in document order (questions aside):
        code reads a guide's lists and numbered sections back from it."""
        lexical = self.lexical()
        ordered = sorted(
            (int(meta.get("chunk_index", 0)), chunk_id)
            for chunk_id, meta in zip(lexical.ids, lexical.metadatas, strict=True)
            if meta.get("role") != "question"
            and meta.get("source") == hit.source
            and meta.get("collection") == hit.collection
        )
        texts = self._get([chunk_id for _, chunk_id in ordered])
        return [_to_hit(i, 0.0, *texts[i], None) for _, i in ordered if i in texts]

    def section_text(self, hit: Hit) -> str:
        """The whole text of ``hit``'s section (every chunk of it, in order, their shared
        sentences once): a quotation picks its sentences from the section, not only from the
        chunk retrieval chose, which may be its tail."""
        chunks = [h.text for h in self.document(hit) if h.section == hit.section]
        text = ""
        for chunk in chunks or [hit.text]:
            text = joined_without_overlap(text, chunk)
        return text

    def is_empty(self) -> bool:
        """Whether nothing at all is indexed (a fresh data directory)."""
        return self.store.count() == 0

    def index_bundled_if_empty(
        self, on_file: Callable[[str], None] | None = None
    ) -> IngestReport | None:
        """Index ``settings.knowledge_dir`` when nothing at all is indexed yet, so that the first
        question on a fresh machine is answered from the bundled guides instead of finding
        nothing. None (and nothing written) when something is already indexed."""
        if not self.is_empty() or not self.settings.knowledge_dir.is_dir():
            return None
        return self.ingest([self.settings.knowledge_dir], on_file=on_file)

    def ingest(
        self,
        paths: Sequence[Path],
        collection: str | None = None,
        on_file: Callable[[str], None] | None = None,
    ) -> IngestReport:
        """Ingest files and folders into ``collection``; see :func:`ingest.ingest_paths`."""
        chosen = collection or self.settings.default_collection
        with self._own_writes() as store:
            report = ingest_paths(self.settings, self.embedder, store, paths, chosen, on_file)
            if report.wrote:
                self.rebuild_lexical()
        return report

    def remove_source(self, source: str, collection: str) -> int:
        """Delete every entry of ``source`` (as ingested: its source id) from ``collection``;
        returns how many went (0: it had none). The version changes, as after an ingest."""
        with self._own_writes() as store:
            ids = list(store.content_hashes(collection).get(source, {}))
            if not ids:
                return 0
            store.bump_version()  # before the write, as ingest does
            store.delete(ids)
            self.rebuild_lexical(store.bump_version())
        return len(ids)

    @contextlib.contextmanager
    def _own_writes(self) -> Iterator[VectorStore]:
        """The store, not reopened while this instance writes to it (the version changes it
        makes are its own)."""
        with self._store_lock:
            self._writing += 1
            store = self.store
        try:
            yield store
        finally:
            with self._store_lock:
                self._writing -= 1

    def _reopen_store(self) -> bool:
        """Open an embedded Chroma afresh, so its vector index holds what another process
        wrote; False when that does not apply (a server, a client given by the caller) or this
        instance is writing."""
        with self._store_lock:
            if not self._reopenable or self._writing:
                return False
            self.store.close()
            self.store = ChromaStore(make_client(self.settings), self.embedder.slug)
            return True

    def _dense(
        self, vector: Any, n: int, where: SearchFilter, lexical: LexicalIndex
    ) -> list[DenseHit]:
        """The ``n`` nearest entries: exact, from the vectors the derived index holds; else the
        store's (approximate) query, once more on a reopened store if it fails (chromadb's
        errors share no base class)."""
        if lexical.vectors is not None:
            rows = lexical.nearest(vector, n, where)
            if rows or not lexical.ids:
                return [DenseHit(lexical.ids[r], sim, lexical.metadatas[r]) for r, sim in rows]
        try:
            with self._store_lock:
                return self.store.query(vector, n, where)
        except Exception as exc:
            if not self._reopen_store():
                raise
            log.warning("vector store reopened after %s", type(exc).__name__)
            with self._store_lock:
                return self.store.query(vector, n, where)

    def _get(self, ids: list[str]) -> dict[str, tuple[str, dict[str, Any]]]:
        with self._store_lock:
            return self.store.get(ids)


def joined_without_overlap(text: str, chunk: str) -> str:
    """``chunk`` after ``text``, less the opening it shares with ``text``'s end (neighbouring
    chunks repeat a few whole sentences)."""
    if not text:
        return chunk
    for size in range(min(len(text), len(chunk)), MIN_OVERLAP - 1, -1):
        if text.endswith(chunk[:size]):
            rest = chunk[size:]
            return text + rest if rest[:1].isspace() else f"{text}\n{rest.lstrip()}"
    return f"{text}\n\n{chunk}"


def own_material_first(
    fused: list[tuple[str, float]],
    similarity: dict[str, float],
    sources: dict[str, str],
    bar: float,
) -> list[tuple[str, float]]:
    """``fused`` with the programme's own passages (anything but the bundled guides, whose
    sources start with ``knowledge/``) moved first when their text is at least ``bar`` close to
    the question (the best passage text's similarity less :data:`OWN_MARGIN`; anticipated
    questions aside, which only the bundled guides have): a programme's handbook has nothing to
    lift it otherwise, and it is what the programme wants used."""
    own = [
        (i, score)
        for i, score in fused
        if not sources.get(i, "knowledge/").startswith("knowledge/")
        and similarity.get(i, 0.0) >= bar
    ]
    chosen = {i for i, _ in own}
    return own + [(i, score) for i, score in fused if i not in chosen]


def _section_key(meta: dict[str, Any]) -> tuple[str, str, str]:
    return (
        str(meta.get("collection", "")),
        str(meta.get("source", "")),
        str(meta.get("section", "")),
    )


def _sections(
    entries: Iterable[tuple[str, dict[str, Any]]], chosen: dict[tuple[str, str, str], str]
) -> list[str]:
    """Ranked sections, each as one chunk id: the first entry of a section (a chunk, or a
    question standing for the chunk it targets) ranks it, and later ones are dropped, so that
    one long section does not fill the results with its neighbouring chunks. ``chosen`` maps a
    section to its chunk across rankings: the first ranking to meet a section picks it."""
    ranking: list[str] = []
    seen: set[tuple[str, str, str]] = set()
    for entry_id, meta in entries:
        key = _section_key(meta)
        if key not in seen:
            seen.add(key)
            ranking.append(chosen.setdefault(key, str(meta.get("target") or entry_id)))
    return ranking


def _to_hit(
    chunk_id: str, score: float, text: str, meta: dict[str, Any], similarity: float | None
) -> Hit:
    return Hit(
        text=text,
        title=str(meta.get("title", "")),
        section=str(meta.get("section", "")),
        source=str(meta.get("source", "")),
        score=round(score, 6),
        language=str(meta.get("language", "")),
        collection=str(meta.get("collection", "")),
        id=chunk_id,
        similarity=None if similarity is None else round(similarity, 4),
    )
