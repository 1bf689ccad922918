"""The crisis screen's learned backstop: a linear model over hashed character and word n-grams
(English and French), for the distress the rules' phrasings miss.

It is deterministic code like the rules: fixed weights in a small file shipped with the package
(``safety/data/crisis-model.npz``), rebuilt from the training rows of the safety datasets by
``python -m evals.train_crisis`` (a fixed seed; the held-out test split is never used). The rules
run first; this model is asked only when they found nothing, and its threshold was chosen on
cross-validation to keep false alarms on hard negatives (idioms, mentors' guidance questions)
low. It needs no embedding model, so the screen runs before anything is loaded.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from assistant.safety.patterns import folded

MODEL_PATH = Path(__file__).resolve().parent / "data" / "crisis-model.npz"
CATEGORIES = ("suicide", "self_harm", "abuse", "harassment", "danger")
N_FEATURES = 2**16


def features(texts: list[str]) -> object:
    """The sparse feature matrix of ``texts``: hashed character 3-5-grams within words and word
    1-2-grams of the accent-folded text (the same at training and at run time)."""
    from scipy.sparse import hstack

    return hstack([vectorizer.transform(texts) for vectorizer in _vectorizers()]).tocsr()


@lru_cache(maxsize=1)
def _vectorizers() -> tuple[Any, Any]:
    """The two hashing vectorizers, built once (they hold no state: hashing needs no fitting)."""
    from sklearn.feature_extraction.text import HashingVectorizer

    common = {"n_features": N_FEATURES, "alternate_sign": False, "preprocessor": folded}
    chars = HashingVectorizer(analyzer="char_wb", ngram_range=(3, 5), **common)
    words = HashingVectorizer(analyzer="word", ngram_range=(1, 2), **common)
    return chars, words


@dataclass(frozen=True)
class CrisisModel:
    """Weights of the two linear models: crisis or not, then which category."""

    weights: np.ndarray  # (n_features,)
    bias: float
    threshold: float  # probability from which a message counts as a crisis
    category_weights: np.ndarray  # (len(CATEGORIES), n_features)
    category_bias: np.ndarray  # (len(CATEGORIES),)
    about: dict[str, object]  # how it was trained (data, counts, cross-validated figures)

    def category(self, text: str) -> str | None:
        """The crisis category of ``text`` when the model finds one, else None."""
        row = features([text])
        score = float((row @ self.weights)[0]) + self.bias
        if 1.0 / (1.0 + np.exp(-score)) < self.threshold:
            return None
        scores = (row @ self.category_weights.T)[0] + self.category_bias
        return CATEGORIES[int(np.argmax(scores))]

    def save(self, path: Path = MODEL_PATH) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(
            path,
            weights=self.weights.astype(np.float32),
            bias=np.array([self.bias]),
            threshold=np.array([self.threshold]),
            category_weights=self.category_weights.astype(np.float32),
            category_bias=self.category_bias,
            about=np.array(json.dumps(self.about, ensure_ascii=False)),
        )


@lru_cache(maxsize=2)
def load_crisis_model(path: Path = MODEL_PATH) -> CrisisModel | None:
    """The shipped model, or None when there is none (the rules then work alone)."""
    if not path.exists():
        return None
    with np.load(path) as data:
        return CrisisModel(
            weights=data["weights"].astype(np.float64),
            bias=float(data["bias"][0]),
            threshold=float(data["threshold"][0]),
            category_weights=data["category_weights"].astype(np.float64),
            category_bias=data["category_bias"].astype(np.float64),
            about=json.loads(str(data["about"])),
        )
