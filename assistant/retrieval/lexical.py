"""The lexical (BM25) side of hybrid search, built from the vector store's contents, and the
store's vectors beside it for exact dense search.

The index is a derived cache: it is saved under ``<data_dir>/index/`` tagged with the store's
version token and rebuilt from Chroma whenever that token changes (after any ingest, or when a
server's contents were changed from another machine).

Why the vectors too: Chroma's approximate (HNSW) index left out about 1 % of the 160 nearest
entries a search reads, up to 18 % for some questions, and not the same ones from one build to
the next, so the same question could rank differently after a re-index. A knowledge base is a
few thousand entries: scoring all of them exactly takes about a millisecond (3,000 entries on 2
busy cores: 0.9 ms, 1.8 ms with a language filter), and the same contents always give the same
ranking.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import bm25s
import numpy as np

from assistant.language.text import TOKENIZER_VERSION, tokenize
from assistant.retrieval.filters import SearchFilter

_META_FILE = "chunks.json"
_VECTORS_FILE = "vectors.npy"


def lexical_text(text: str, metadata: dict[str, Any]) -> str:
    """What BM25 indexes for a chunk: its title and section path, then its text."""
    return f"{metadata.get('title', '')}\n{metadata.get('section', '')}\n{text}"


@dataclass(frozen=True)
class LexicalHit:
    index: int
    score: float


class LexicalIndex:
    """BM25 over every chunk, each tokenised with the stemmer of its own language; and, when
    given, every entry's vector (unit length, in the same order) for :meth:`nearest`."""

    def __init__(
        self,
        retriever: bm25s.BM25 | None,
        ids: list[str],
        metadatas: list[dict[str, Any]],
        vectors: np.ndarray | None = None,
    ) -> None:
        self.retriever = retriever
        self.ids = ids
        self.metadatas = metadatas
        self.vectors = vectors if vectors is not None and len(vectors) == len(ids) else None
        self._masks: dict[SearchFilter, np.ndarray] = {}
        self._rows: dict[str, int] | None = None

    @classmethod
    def build(
        cls,
        ids: list[str],
        texts: Sequence[str],
        metadatas: list[dict[str, Any]],
        vectors: np.ndarray | None = None,
    ) -> LexicalIndex:
        if not ids:
            return cls(None, [], [])
        corpus = [
            tokenize(lexical_text(t, m), str(m.get("language", "en")))
            for t, m in zip(texts, metadatas, strict=True)
        ]
        retriever = bm25s.BM25(method="lucene")
        retriever.index(corpus, show_progress=False)
        return cls(retriever, ids, metadatas, None if vectors is None else unit_rows(vectors))

    def save(self, folder: Path, version: str) -> None:
        """Write the index atomically (to a sibling folder, then rename)."""
        tmp = folder.with_name(folder.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        if self.retriever is not None:
            self.retriever.save(str(tmp))
        if self.vectors is not None:
            np.save(tmp / _VECTORS_FILE, self.vectors, allow_pickle=False)
        payload = {
            "version": version,
            "tokenizer": TOKENIZER_VERSION,
            "ids": self.ids,
            "metadatas": self.metadatas,
        }
        (tmp / _META_FILE).write_text(json.dumps(payload), encoding="utf-8")
        shutil.rmtree(folder, ignore_errors=True)
        tmp.rename(folder)

    @classmethod
    def load(cls, folder: Path, version: str) -> LexicalIndex | None:
        """The saved index if it matches ``version`` and was tokenised as :func:`tokenize` does
        today; ``None`` when missing, stale or damaged."""
        try:
            payload = json.loads((folder / _META_FILE).read_text(encoding="utf-8"))
            if (payload.get("version"), payload.get("tokenizer")) != (version, TOKENIZER_VERSION):
                return None
            ids, metas = list(payload["ids"]), list(payload["metadatas"])
            retriever = bm25s.BM25.load(str(folder)) if ids else None
        except (OSError, ValueError, KeyError, TypeError):
            return None
        try:  # an index saved without them (or damaged ones): dense search asks the store
            vectors = np.load(folder / _VECTORS_FILE, allow_pickle=False)
        except (OSError, ValueError):
            vectors = None
        if vectors is not None and (vectors.ndim != 2 or vectors.dtype != np.float32):
            vectors = None
        return cls(retriever, ids, metas, vectors)

    def _mask(self, where: SearchFilter) -> np.ndarray | None:
        if where == SearchFilter():
            return None
        if where not in self._masks:
            self._masks[where] = np.array(
                [where.matches(m) for m in self.metadatas], dtype=np.float32
            )
        return self._masks[where]

    def nearest(self, vector: Any, n: int, where: SearchFilter) -> list[tuple[int, float]]:
        """The ``n`` entries most similar to ``vector`` (cosine) that pass the filter, best
        first, as ``(row, similarity)``: exact, so the same contents give the same ranking
        (ties go to the earlier row). Empty when the index holds no vectors."""
        if self.vectors is None or n <= 0 or not len(self.ids):
            return []
        query = np.asarray(vector, dtype=np.float32).reshape(-1)
        if query.shape[0] != self.vectors.shape[1]:
            return []  # another embedding model wrote the store: the caller asks the store
        norm = float(np.linalg.norm(query)) or 1.0
        scores = self.vectors @ (query / norm)
        mask = self._mask(where)
        if mask is not None:
            scores = np.where(mask > 0, scores, -np.inf)
        n = min(n, len(scores))
        top = np.argpartition(-scores, n - 1)[:n]
        top = top[np.lexsort((top, -scores[top]))]
        return [(int(i), float(scores[i])) for i in top if np.isfinite(scores[i])]

    def similarity(self, entry_id: str, vector: Any) -> float | None:
        """Cosine similarity of one stored entry to ``vector``; ``None`` if it is not here."""
        if self.vectors is None:
            return None
        if self._rows is None:
            self._rows = {i: n for n, i in enumerate(self.ids)}
        row = self._rows.get(entry_id)
        query = np.asarray(vector, dtype=np.float32).reshape(-1)
        if row is None or query.shape[0] != self.vectors.shape[1]:
            return None
        return float(self.vectors[row] @ query) / (float(np.linalg.norm(query)) or 1.0)

    def knows(self, token: str) -> bool:
        """Whether ``token`` (a stem, as :func:`tokenize` makes them) occurs anywhere indexed."""
        return self.retriever is not None and token in self.retriever.vocab_dict

    def search(self, query: str, language: str, n: int, where: SearchFilter) -> list[LexicalHit]:
        """The ``n`` best-scoring chunks (score > 0) passing the filter, best first."""
        if self.retriever is None or n <= 0:
            return []
        token_ids = self.retriever.get_tokens_ids(tokenize(query, language))
        if not token_ids:
            return []
        scores = self.retriever.get_scores_from_ids(token_ids, weight_mask=self._mask(where))
        n = min(n, len(scores))
        top = np.argpartition(-scores, n - 1)[:n]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [LexicalHit(int(i), float(scores[i])) for i in top if scores[i] > 0]


def unit_rows(vectors: Any) -> np.ndarray:
    """``vectors`` as a float32 matrix whose rows have unit length (zero rows stay zero)."""
    matrix = np.asarray(vectors, dtype=np.float32)
    if matrix.ndim != 2:
        return np.zeros((0, 0), dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1.0, norms)
