"""The learned half of the stance classifier: features, the shipped weights, prediction.

A multinomial logistic regression over two blocks of features of a helper's turn:

- the rule cues and form features of :mod:`assistant.skills.stance.cues` (question share, cue
  in the first / last clause, overlap with the mentee's previous turn), which carry over to
  other people's wording;
- hashed word 1-2-grams and character 3-5-grams of the accent-folded text, which learn the
  phrasings the rules miss.

Hashing is ``zlib.crc32`` (stable across runs and machines, unlike ``hash()``), so prediction
needs only numpy: no scikit-learn import at run time, a fast CLI start. The weights, the block
scales and the temperature (fitted on the dev split for calibration) live in
``data/stance-model.npz``, rebuilt by ``python -m evals.train_stance``.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

import numpy as np

from assistant.language.text import fold
from assistant.skills.stance.cues import FEATURE_NAMES, cue_vector

MODEL_PATH = Path(__file__).resolve().parent / "data" / "stance-model.npz"
LABELS = ("coaching", "mentoring", "neutral")
N_HASHED = 2**16
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|\?")


class StanceModelError(RuntimeError):
    """The shipped stance model is missing or unreadable."""


def hashed_features(text: str) -> tuple[np.ndarray, np.ndarray]:
    """(indices, values) of the hashed n-gram block of ``text``: word 1-2-grams (with "?" as a
    word) and character 3-5-grams inside words, binary, each kind L2-normalised."""
    folded = fold(text)
    words = _TOKEN.findall(folded)
    grams = [f"w:{w}" for w in words] + [f"b:{a} {b}" for a, b in pairwise(words)]
    chars: list[str] = []
    for word in words:
        padded = f" {word} "
        for size in (3, 4, 5):
            chars.extend(f"c:{padded[i : i + size]}" for i in range(len(padded) - size + 1))
    indices: list[int] = []
    values: list[float] = []
    for block in (grams, chars):
        unique = {zlib.crc32(gram.encode("utf-8")) % N_HASHED for gram in block}
        if unique:
            weight = 1.0 / np.sqrt(len(unique))
            indices.extend(unique)
            values.extend([weight] * len(unique))
    return np.array(indices, dtype=np.int64), np.array(values, dtype=np.float64)


def feature_matrix(
    texts: Iterable[str], contexts: Iterable[str | None], cue_scale: float, gram_scale: float
) -> object:
    """The sparse ``(n, N_HASHED + len(FEATURE_NAMES))`` matrix used at training time (the same
    features :meth:`StanceModel.probabilities` builds one row at a time)."""
    from scipy.sparse import csr_matrix

    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    n = 0
    for n, (text, context) in enumerate(zip(texts, contexts, strict=True), start=1):
        indices, values = hashed_features(text)
        cues = cue_vector(text, context)
        nonzero = np.flatnonzero(cues)
        rows.extend([n - 1] * (len(indices) + len(nonzero)))
        cols.extend(indices.tolist() + (nonzero + N_HASHED).tolist())
        vals.extend((values * gram_scale).tolist() + (cues[nonzero] * cue_scale).tolist())
    shape = (n, N_HASHED + len(FEATURE_NAMES))
    return csr_matrix((vals, (rows, cols)), shape=shape)


@dataclass(frozen=True)
class StanceModel:
    """Weights of the three-way linear model and how to read its scores."""

    weights: np.ndarray  # (len(LABELS), N_HASHED + len(FEATURE_NAMES))
    bias: np.ndarray  # (len(LABELS),)
    cue_scale: float
    gram_scale: float
    temperature: float  # scores are divided by it before the softmax (fitted on dev)
    about: dict[str, object]  # how it was trained: data, parameters, figures

    def scores(self, text: str, context: str | None = None) -> np.ndarray:
        """Raw (uncalibrated) scores of the labels for one turn."""
        indices, values = hashed_features(text)
        cues = cue_vector(text, context)
        hashed = self.weights[:, indices] @ (values * self.gram_scale)
        cue_part = self.weights[:, N_HASHED:] @ (cues * self.cue_scale)
        result: np.ndarray = hashed + cue_part + self.bias
        return result

    def probabilities(self, text: str, context: str | None = None) -> np.ndarray:
        """Calibrated probabilities of :data:`LABELS` for one turn."""
        return softmax(self.scores(text, context) / self.temperature)

    def save(self, path: Path = MODEL_PATH) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(
            path,
            weights=self.weights.astype(np.float32),
            bias=self.bias,
            scales=np.array([self.cue_scale, self.gram_scale, self.temperature]),
            feature_names=np.array(FEATURE_NAMES),
            about=np.array(json.dumps(self.about, ensure_ascii=False, sort_keys=True)),
        )


def softmax(scores: np.ndarray) -> np.ndarray:
    shifted = np.exp(scores - scores.max(axis=-1, keepdims=True))
    result: np.ndarray = shifted / shifted.sum(axis=-1, keepdims=True)
    return result


@lru_cache(maxsize=2)
def load_model(path: Path = MODEL_PATH) -> StanceModel:
    """The shipped model (read once per process)."""
    if not path.exists():
        raise StanceModelError(
            f"the stance model {path} is missing: rebuild it with `python -m evals.train_stance`"
        )
    with np.load(path) as data:
        if tuple(str(name) for name in data["feature_names"]) != FEATURE_NAMES:
            raise StanceModelError(
                "the stance model was trained on other cue features: "
                "rebuild it with `python -m evals.train_stance`"
            )
        cue_scale, gram_scale, temperature = (float(x) for x in data["scales"])
        return StanceModel(
            weights=data["weights"].astype(np.float64),
            bias=data["bias"].astype(np.float64),
            cue_scale=cue_scale,
            gram_scale=gram_scale,
            temperature=temperature,
            about=json.loads(str(data["about"])),
        )
