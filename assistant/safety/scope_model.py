"""The scope screen's learned backstop: a linear model over the crisis backstop's features
(hashed character and word n-grams, word classes and their pairs; English and French) for the
requests of therapy, medical, legal or financial advice that the rules' phrasings miss.

Deterministic code like the rules: fixed weights in a small file shipped with the package
(``safety/data/scope-model.npz``), rebuilt by ``python -m evals.train_scope`` from the training
rows (a fixed seed; the held-out test split is never used). It shares its features with the
crisis backstop (:func:`assistant.safety.learned.feature_row`). The rules run first; the model is
asked only when they found nothing, about the sentences no look-alike frame governs; the screen
(:func:`assistant.safety.scope.backstop_kind`) refers only when the model's probability that the
message asks for one of the four kinds of help reaches a threshold chosen on cross-validation to
keep false referrals very low, and the message names something of that kind's domain.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from assistant.safety.learned import WIDTH, feature_row

MODEL_PATH = Path(__file__).resolve().parent / "data" / "scope-model.npz"
KINDS = ("therapy", "medical", "legal", "financial")
LABELS = ("in_scope", *KINDS)
"""The model's classes, in the order of its weight rows."""


@dataclass(frozen=True)
class ScopeModel:
    """Weights of a multinomial logistic regression over ``LABELS`` and the referral threshold."""

    weights: np.ndarray  # (len(LABELS), n_features)
    bias: np.ndarray  # (len(LABELS),)
    threshold: float  # probability of "one of the four kinds" from which a message is referred
    about: dict[str, object]  # how it was trained (data, counts, cross-validated figures)

    def probabilities(self, texts: list[str]) -> np.ndarray:
        """The probability of each of ``LABELS`` for each of ``texts`` (one row per text)."""
        rows = [feature_row(text) for text in texts]
        scores = np.array([self.weights[:, c] @ v for c, v in rows]).reshape(len(texts), -1)
        scores += self.bias
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return np.asarray(exp / exp.sum(axis=1, keepdims=True))

    def save(self, path: Path = MODEL_PATH) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(
            path,
            weights=self.weights.astype(np.float32),
            bias=self.bias.astype(np.float64),
            threshold=np.array([self.threshold]),
            labels=np.array(LABELS),
            about=np.array(json.dumps(self.about, ensure_ascii=False, sort_keys=True)),
        )


@lru_cache(maxsize=2)
def load_scope_model(path: Path = MODEL_PATH) -> ScopeModel | None:
    """The shipped model, or None when there is none (the rules then work alone)."""
    if not path.exists():
        return None
    with np.load(path) as data:
        if tuple(str(label) for label in data["labels"]) != LABELS:
            raise ValueError(f"{path}: labels {list(data['labels'])}, expected {list(LABELS)}")
        width = WIDTH
        if data["weights"].shape[1] != width:
            raise ValueError(
                f"{path} was trained on {data['weights'].shape[1]} features but "
                f"assistant.safety.learned.features now gives {width}: rebuild it with "
                "python -m evals.train_scope"
            )
        return ScopeModel(
            weights=data["weights"].astype(np.float64),
            bias=data["bias"].astype(np.float64),
            threshold=float(data["threshold"][0]),
            about=json.loads(str(data["about"])),
        )
