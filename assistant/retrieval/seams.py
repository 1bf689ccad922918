"""The two outside dependencies of retrieval, as types: an :class:`Embedder` (today
sentence-transformers) and a :class:`VectorStore` (today Chroma). Test fakes implement them too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np

from assistant.retrieval.documents import Chunk
from assistant.retrieval.filters import SearchFilter
from assistant.retrieval.store import DenseHit


class Embedder(Protocol):
    """Encodes texts into L2-normalised float32 vectors."""

    @property
    def slug(self) -> str:
        """A short name of the model: vectors of different models never share a collection."""
        ...

    @property
    def model_path(self) -> str:
        """Where the model was loaded from (shown by ``mentor status``)."""
        ...

    def embed(self, texts: list[str]) -> np.ndarray:
        """An ``(n, dim)`` array, in the input order."""
        ...

    def embed_query(self, text: str) -> np.ndarray:
        """A ``(dim,)`` vector for a search query."""
        ...


class VectorStore(Protocol):
    """Chunk vectors with their text and metadata, addressed by deterministic ids."""

    name: str

    def close(self) -> None: ...
    def version(self) -> str: ...
    def bump_version(self) -> str: ...
    def count(self) -> int: ...
    def upsert(self, chunks: Sequence[Chunk], vectors: np.ndarray) -> None: ...
    def delete(self, ids: Sequence[str]) -> None: ...
    def content_hashes(self, collection: str) -> dict[str, dict[str, str]]: ...
    def collection_counts(self) -> dict[str, int]: ...
    def all_chunks(self) -> tuple[list[str], list[str], list[dict[str, Any]]]: ...
    def all_entries(
        self,
    ) -> tuple[list[str], list[str], list[dict[str, Any]], np.ndarray]: ...
    def get(self, ids: Sequence[str]) -> dict[str, tuple[str, dict[str, Any]]]: ...
    def query(self, vector: np.ndarray, n: int, where: SearchFilter) -> list[DenseHit]: ...
