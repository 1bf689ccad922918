"""The Chroma vector store: embedded ``PersistentClient`` by default, ``HttpClient`` for a server.

One Chroma collection per embedding model holds every chunk; our own *collections* (the bundled
guides, a programme's documents...) are a metadata field, so one search can span them.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlparse

import numpy as np

from assistant.config import Settings
from assistant.retrieval.documents import Chunk
from assistant.retrieval.filters import SearchFilter

if TYPE_CHECKING:
    from chromadb.api import ClientAPI

Include = Literal["documents", "embeddings", "metadatas", "distances", "uris", "data"]
"""What Chroma's ``get`` may return besides ids."""

VERSION_KEY = "mentor_version"
_PAGE = 2000


class StoreUnavailableError(RuntimeError):
    """The Chroma server cannot be reached."""


@dataclass(frozen=True)
class DenseHit:
    id: str
    similarity: float
    metadata: dict[str, Any]


def make_client(settings: Settings) -> ClientAPI:
    """A Chroma client for the configured mode, with telemetry off."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_mode == "server":
        url = urlparse(settings.chroma_url)
        try:
            client = chromadb.HttpClient(
                host=url.hostname or "127.0.0.1",
                port=url.port or (443 if url.scheme == "https" else 8000),
                ssl=url.scheme == "https",
                settings=chroma_settings,
            )
        except Exception as exc:  # chromadb raises bare ValueError/ConnectError variants
            raise StoreUnavailableError(
                f"cannot reach the Chroma server at {settings.chroma_url}: start it "
                "(chroma run --path DIR --host 127.0.0.1 --port 8000) or unset MENTOR_CHROMA_URL"
            ) from exc
        _bound_http_timeout(client, settings.chroma_timeout_s)
        return client
    settings.chroma_path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.chroma_path), settings=chroma_settings)


def _http_session(client: Any) -> Any:
    """The httpx session inside a chromadb ``HttpClient`` (``None`` for an embedded client).

    chromadb exposes no setting for its HTTP timeout and never closes this session, so we reach
    it here, in one place.
    """
    import httpx

    session = getattr(getattr(client, "_server", None), "_session", None)
    return session if isinstance(session, httpx.Client) else None


def _bound_http_timeout(client: Any, seconds: float) -> None:
    """chromadb's HTTP session waits forever by default; a hung server must not hang us."""
    import httpx

    session = _http_session(client)
    if session is not None:
        session.timeout = httpx.Timeout(seconds, connect=min(seconds, 5.0))


class ChromaStore:
    """Chunk vectors with their text and metadata, addressed by deterministic ids."""

    def __init__(self, client: ClientAPI, model_slug: str) -> None:
        self.client = client
        self.name = f"mentor-chunks-{model_slug}"
        self.collection = client.get_or_create_collection(
            name=self.name,
            embedding_function=None,
            configuration={"hnsw": {"space": "cosine"}},
        )

    def close(self) -> None:
        """Release the client's connections and file handles."""
        from chromadb.api.shared_system_client import SharedSystemClient

        client: Any = self.client  # the concrete client: close() and its shared-system id
        clients = [client, getattr(client, "_admin_client", None)]
        sessions = [s for s in map(_http_session, clients) if s is not None]
        client.close()
        # chromadb shares one system (and HTTP sessions) per server; once the last client using
        # it is closed the system is stopped, and its sessions can be closed too.
        if client._identifier not in SharedSystemClient._identifier_to_system:
            for session in sessions:
                session.close()

    def version(self) -> str:
        """A token that changes whenever the store's contents may have changed."""
        fresh = self.client.get_collection(self.name, embedding_function=None)
        return str((fresh.metadata or {}).get(VERSION_KEY, "none"))

    def bump_version(self) -> str:
        """Mark the contents as changed (called before any write, so a crash still invalidates)."""
        version = uuid.uuid4().hex
        self.collection.modify(metadata={VERSION_KEY: version})
        return version

    def count(self) -> int:
        return int(self.collection.count())

    def upsert(self, chunks: Sequence[Chunk], vectors: np.ndarray) -> None:
        limit = max(1, int(self.client.get_max_batch_size()))
        for start in range(0, len(chunks), limit):
            batch = chunks[start : start + limit]
            self.collection.upsert(
                ids=[c.id for c in batch],
                documents=[c.text for c in batch],
                metadatas=[dict(c.metadata) for c in batch],
                embeddings=vectors[start : start + limit],
            )

    def delete(self, ids: Sequence[str]) -> None:
        limit = max(1, int(self.client.get_max_batch_size()))
        for start in range(0, len(ids), limit):
            self.collection.delete(ids=list(ids[start : start + limit]))

    def content_hashes(self, collection: str) -> dict[str, dict[str, str]]:
        """``{source: {chunk_id: content_hash}}`` for every chunk of ``collection``."""
        result: dict[str, dict[str, str]] = {}
        for ids, _, metas, _ in self._pages(SearchFilter(collection=collection), documents=False):
            for chunk_id, meta in zip(ids, metas, strict=True):
                result.setdefault(str(meta["source"]), {})[chunk_id] = str(meta["content_hash"])
        return result

    def collection_counts(self) -> dict[str, int]:
        """Number of chunks in each of our collections."""
        counts: dict[str, int] = {}
        for _, _, metas, _ in self._pages(SearchFilter(), documents=False):
            for meta in metas:
                if meta.get("role") == "question":
                    continue
                name = str(meta.get("collection", "?"))
                counts[name] = counts.get(name, 0) + 1
        return counts

    def all_chunks(self) -> tuple[list[str], list[str], list[dict[str, Any]]]:
        """Every entry's id, text and metadata."""
        ids, texts, metas, _ = self._everything(vectors=False)
        return ids, texts, metas

    def all_entries(self) -> tuple[list[str], list[str], list[dict[str, Any]], np.ndarray]:
        """Every entry's id, text, metadata and stored vector, in one read (to build the derived
        index: BM25, and the vectors for exact dense search)."""
        return self._everything(vectors=True)

    def _everything(
        self, vectors: bool
    ) -> tuple[list[str], list[str], list[dict[str, Any]], np.ndarray]:
        ids: list[str] = []
        texts: list[str] = []
        metas: list[dict[str, Any]] = []
        matrices: list[np.ndarray] = []
        for page in self._pages(SearchFilter(), documents=True, vectors=vectors):
            ids += page[0]
            texts += page[1]
            metas += page[2]
            matrices.append(page[3])
        matrix = np.concatenate(matrices) if vectors and matrices else np.zeros((0, 0), np.float32)
        return ids, texts, metas, matrix

    def _pages(
        self, where: SearchFilter, documents: bool, vectors: bool = False
    ) -> Iterator[tuple[list[str], list[str], list[dict[str, Any]], np.ndarray]]:
        """The entries passing ``where``, a page at a time: ids, texts (when ``documents``),
        metadata, and stored vectors (when ``vectors``; else an empty array)."""
        include: list[Include] = ["metadatas"]
        include += ["documents"] if documents else []
        include += ["embeddings"] if vectors else []
        offset = 0
        while True:
            page = self.collection.get(
                where=where.to_where(), include=include, limit=_PAGE, offset=offset
            )
            ids = list(page["ids"])
            if not ids:
                return
            texts = list(page["documents"] or []) if documents else []
            matrix = (
                np.asarray(page["embeddings"], dtype=np.float32)
                if vectors
                else np.zeros((0, 0), np.float32)
            )
            yield ids, texts, [dict(m or {}) for m in page["metadatas"] or []], matrix
            if len(ids) < _PAGE:
                return
            offset += _PAGE

    def get(self, ids: Sequence[str]) -> dict[str, tuple[str, dict[str, Any]]]:
        """``{id: (text, metadata)}`` for the given ids (unknown ids are left out)."""
        if not ids:
            return {}
        page = self.collection.get(ids=list(ids), include=["documents", "metadatas"])
        return {
            i: (str(t), dict(m or {}))
            for i, t, m in zip(
                page["ids"], page["documents"] or [], page["metadatas"] or [], strict=True
            )
        }

    def query(self, vector: np.ndarray, n: int, where: SearchFilter) -> list[DenseHit]:
        """The ``n`` nearest entries passing the filter, best first (texts: see :meth:`get`)."""
        if n <= 0:
            return []
        result = self.collection.query(
            query_embeddings=[vector],
            n_results=n,
            where=where.to_where(),
            include=["metadatas", "distances"],
        )
        ids = result["ids"][0]
        metas = (result["metadatas"] or [[]])[0]
        dists = (result["distances"] or [[]])[0]
        return [
            DenseHit(i, 1.0 - float(d), dict(m or {}))
            for i, m, d in zip(ids, metas, dists, strict=True)
        ]
