"""Test doubles. The fake embedder is deterministic and fast; it never replaces the real model in
the slow tests, which exercise all-MiniLM-L6-v2 end to end."""

from __future__ import annotations

import hashlib

import numpy as np

from assistant.language.text import tokenize


class HashingEmbedder:
    """Bag-of-stems hashed into a small normalised vector: similar words -> similar vectors.

    Records every batch it was asked to embed, so tests can assert what was (not) re-embedded.
    """

    slug = "fake-hashing"
    model_path = "fake://hashing"

    def __init__(self, dimension: int = 64, fail_after: int | None = None) -> None:
        self.dimension = dimension
        self.calls: list[list[str]] = []
        self.fail_after = fail_after

    def embed(self, texts: list[str]) -> np.ndarray:
        if self.fail_after is not None and len(self.calls) >= self.fail_after:
            raise RuntimeError("simulated crash while embedding")
        self.calls.append(list(texts))
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for token in tokenize(text, "en") + tokenize(text, "fr"):
                bucket = int(hashlib.md5(token.encode()).hexdigest()[:8], 16) % self.dimension
                out[row, bucket] += 1.0
            norm = np.linalg.norm(out[row])
            out[row] = out[row] / norm if norm else 1.0 / np.sqrt(self.dimension)
        return out

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed([text])[0]

    @property
    def embedded_texts(self) -> list[str]:
        return [t for batch in self.calls for t in batch]
