"""The screens' feature hashing, written without scikit-learn so that it need not be imported in
every fresh process, gives exactly what scikit-learn's HashingVectorizer gives with the settings
the models were trained with."""

from __future__ import annotations

import numpy as np
import pytest
import yaml

from assistant.safety.hashing import bucket, murmurhash3_32
from assistant.safety.learned import CUE_FEATURES, N_FEATURES, cue_tokens, features
from assistant.safety.patterns import folded
from evals.datasets import DATASETS

TRICKY = [
    "",
    "a",
    "I want to kill myself",
    "« Je pense à me suicider ce soir »",
    "this   deadline\tis\nkilling me!!",
    "jveux plus être là… vraiment",
    "émoji 🙂 and CJK 漢字 and ß",
    "x" * 300,
]


def sklearn_features(texts: list[str]) -> object:
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import HashingVectorizer

    common = {"n_features": N_FEATURES, "alternate_sign": False, "binary": True}
    blocks = [
        HashingVectorizer(analyzer="char_wb", ngram_range=(3, 5), preprocessor=folded, **common),
        HashingVectorizer(analyzer="word", ngram_range=(1, 2), preprocessor=folded, **common),
        HashingVectorizer(
            analyzer=cue_tokens, n_features=CUE_FEATURES, alternate_sign=False, binary=True
        ),
    ]
    return hstack([b.transform(texts) for b in blocks]).tocsr()


def training_texts(limit: int = 600) -> list[str]:
    rows = yaml.safe_load((DATASETS / "safety" / "train.yaml").read_text(encoding="utf-8"))
    return [row["text"] for row in rows[:: max(1, len(rows) // limit)]]


@pytest.mark.parametrize("text", ["", "a", "ab", "abc", "abcd", "abcde", "été", "🙂x", "x" * 41])
def test_murmurhash_is_scikit_learns(text: str) -> None:
    from sklearn.utils import murmurhash3_32 as reference

    assert murmurhash3_32(text.encode("utf-8")) == reference(text.encode("utf-8"), seed=0)


def test_the_edge_case_of_the_smallest_hash_is_scikit_learns() -> None:
    assert bucket("any", 2**16) == abs(murmurhash3_32(b"any")) % 2**16


def test_the_features_are_scikit_learns_on_tricky_and_training_texts() -> None:
    texts = TRICKY + training_texts()
    ours, theirs = features(texts), sklearn_features(texts)
    assert ours.shape == theirs.shape  # type: ignore[attr-defined]
    difference = abs(ours - theirs).max()  # type: ignore[operator]
    assert difference < 1e-12
    assert np.array_equal(ours.indptr, theirs.indptr)  # type: ignore[attr-defined]


def test_a_fresh_process_screens_without_importing_scikit_learn() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from assistant.safety.crisis.screen import detect_crisis\n"
        "from assistant.safety.scope import out_of_scope\n"
        "detect_crisis('I feel a bit lost about my goals')\n"
        "out_of_scope('Can you help me plan my first session?')\n"
        "print('sklearn' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
