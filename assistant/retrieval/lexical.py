"""The lexical (BM25) side of hybrid search, built from the vector store's contents.

The index is a derived cache: it is saved under ``<data_dir>/index/`` tagged with the store's
version token and rebuilt from Chroma whenever that token changes (after any ingest, or when a
server's contents were changed from another machine).
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

from assistant.language.text import tokenize
from assistant.retrieval.filters import SearchFilter

_META_FILE = "chunks.json"


def lexical_text(text: str, metadata: dict[str, Any]) -> str:
    """What BM25 indexes for a chunk: its title and section path, then its text."""
    return f"{metadata.get('title', '')}\n{metadata.get('section', '')}\n{text}"


@dataclass(frozen=True)
class LexicalHit:
    index: int
    score: float


class LexicalIndex:
    """BM25 over every chunk, each tokenised with the stemmer of its own language."""

    def __init__(
        self, retriever: bm25s.BM25 | None, ids: list[str], metadatas: list[dict[str, Any]]
    ) -> None:
        self.retriever = retriever
        self.ids = ids
        self.metadatas = metadatas
        self._masks: dict[SearchFilter, np.ndarray] = {}

    @classmethod
    def build(
        cls, ids: list[str], texts: Sequence[str], metadatas: list[dict[str, Any]]
    ) -> LexicalIndex:
        if not ids:
            return cls(None, [], [])
        corpus = [
            tokenize(lexical_text(t, m), str(m.get("language", "en")))
            for t, m in zip(texts, metadatas, strict=True)
        ]
        retriever = bm25s.BM25(method="lucene")
        retriever.index(corpus, show_progress=False)
        return cls(retriever, ids, metadatas)

    def save(self, folder: Path, version: str) -> None:
        """Write the index atomically (to a sibling folder, then rename)."""
        tmp = folder.with_name(folder.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        if self.retriever is not None:
            self.retriever.save(str(tmp))
        payload = {"version": version, "ids": self.ids, "metadatas": self.metadatas}
        (tmp / _META_FILE).write_text(json.dumps(payload), encoding="utf-8")
        shutil.rmtree(folder, ignore_errors=True)
        tmp.rename(folder)

    @classmethod
    def load(cls, folder: Path, version: str) -> LexicalIndex | None:
        """The saved index if it matches ``version``; ``None`` when missing, stale or damaged."""
        try:
            payload = json.loads((folder / _META_FILE).read_text(encoding="utf-8"))
            if payload.get("version") != version:
                return None
            ids, metas = list(payload["ids"]), list(payload["metadatas"])
            retriever = bm25s.BM25.load(str(folder)) if ids else None
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return cls(retriever, ids, metas)

    def _mask(self, where: SearchFilter) -> np.ndarray | None:
        if where == SearchFilter():
            return None
        if where not in self._masks:
            self._masks[where] = np.array(
                [where.matches(m) for m in self.metadatas], dtype=np.float32
            )
        return self._masks[where]

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
