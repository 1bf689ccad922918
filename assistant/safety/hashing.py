"""The feature hashing the screens' learned backstops read, in plain Python and NumPy.

It gives exactly what scikit-learn's ``HashingVectorizer`` gives with the settings the models
were trained with (MurmurHash3, 32 bits, seed 0; binary features; each block normalised to unit
length), without importing scikit-learn, which takes most of a second: the screens run first in
every fresh process, so a person in distress gets the safe reply sooner and every other question
reaches the model sooner. A test
holds it equal to scikit-learn's on the training texts; training keeps scikit-learn.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import numpy as np

_MASK = 0xFFFFFFFF
_WHITE_SPACES = re.compile(r"\s\s+")
_WORD = re.compile(r"(?u)\b\w\w+\b")


def murmurhash3_32(data: bytes, seed: int = 0) -> int:
    """MurmurHash3 (x86, 32 bits) of ``data``, as a signed integer (scikit-learn's)."""
    c1, c2 = 0xCC9E2D51, 0x1B873593
    h = seed & _MASK
    length = len(data)
    end = length - length % 4
    for i in range(0, end, 4):
        k = (int.from_bytes(data[i : i + 4], "little") * c1) & _MASK
        k = (((k << 15) | (k >> 17)) & _MASK) * c2 & _MASK
        h ^= k
        h = ((((h << 13) | (h >> 19)) & _MASK) * 5 + 0xE6546B64) & _MASK
    tail = data[end:]
    if tail:
        k = int.from_bytes(tail, "little")
        k = (k * c1) & _MASK
        k = (((k << 15) | (k >> 17)) & _MASK) * c2 & _MASK
        h ^= k
    h ^= length
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & _MASK
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & _MASK
    h ^= h >> 16
    return h - (1 << 32) if h & 0x80000000 else h


def bucket(feature: str, n_features: int) -> int:
    """The column ``feature`` hashes to (scikit-learn's rule, its edge case included)."""
    h = murmurhash3_32(feature.encode("utf-8"))
    if h == -(1 << 31):
        return ((1 << 31) - 1 - (n_features - 1)) % n_features
    return abs(h) % n_features


def char_wb_ngrams(text: str, low: int, high: int) -> list[str]:
    """Character n-grams inside words padded with a space (``analyzer="char_wb"``)."""
    grams: list[str] = []
    for word in _WHITE_SPACES.sub(" ", text).split():
        padded = f" {word} "
        for n in range(low, high + 1):
            offset = 0
            grams.append(padded[offset : offset + n])
            while offset + n < len(padded):
                offset += 1
                grams.append(padded[offset : offset + n])
            if offset == 0:  # a word shorter than n counts once
                break
    return grams


def word_ngrams(text: str, low: int, high: int) -> list[str]:
    """Word n-grams of the words of two characters or more (``analyzer="word"``)."""
    words = _WORD.findall(text)
    grams = list(words) if low == 1 else []
    for n in range(max(low, 2), min(high, len(words)) + 1):
        grams += [" ".join(words[i : i + n]) for i in range(len(words) - n + 1)]
    return grams


def unit_block(grams: Iterable[str], n_features: int) -> tuple[np.ndarray, np.ndarray]:
    """The columns of ``grams`` (each once: binary) and their value, 1/sqrt(count) (unit length)."""
    columns = np.array(sorted({bucket(g, n_features) for g in grams}), dtype=np.int64)
    values = np.full(len(columns), 1.0 / np.sqrt(len(columns)) if len(columns) else 0.0)
    return columns, values


Analyzer = Callable[[str], list[str]]


def hashed_row(text: str, blocks: Iterable[tuple[Analyzer, int]]) -> tuple[np.ndarray, np.ndarray]:
    """One text's features: each block's grams hashed into its own ``n_features`` columns,
    the blocks side by side (as ``scipy.sparse.hstack`` lays them out)."""
    columns: list[np.ndarray] = []
    values: list[np.ndarray] = []
    offset = 0
    for analyzer, n_features in blocks:
        block_columns, block_values = unit_block(analyzer(text), n_features)
        columns.append(block_columns + offset)
        values.append(block_values)
        offset += n_features
    return np.concatenate(columns), np.concatenate(values)
