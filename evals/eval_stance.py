"""Evaluate the stance classifier: quality on a split, calibration, and throughput.

    python -m evals.eval_stance                     # dev split (tuning happens here)
    python -m evals.eval_stance --split test        # the held-out figure: run once per release
    python -m evals.eval_stance --external          # other people's speech (measurement only)
    python -m evals.eval_stance --split test --external --bench

Prints accuracy, macro-F1 over the three labels and over coaching vs mentoring (rows whose gold
label is coaching or mentoring; a "neutral" answer on them counts as a miss), F1 per language,
the confusion matrix, a calibration table (confidence bins against accuracy) with the expected
calibration error, per-source figures for the external set, and with ``--bench`` the
utterances per second of the ``mentor stance --file`` path.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import yaml

from evals.datasets import DATASETS

STANCE = DATASETS / "stance"
LABELS = ("coaching", "mentoring", "neutral")
PAIR = ("coaching", "mentoring")
TARGETS = {"test": 0.90, "external": 0.85}
BINS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)


@dataclass(frozen=True)
class Row:
    text: str
    context: str | None
    label: str
    lang: str
    source: str


def load_split(name: str) -> list[Row]:
    """The rows of ``train``, ``dev``, ``test`` or ``external`` (evals/datasets/stance)."""
    data = yaml.safe_load((STANCE / f"{name}.yaml").read_text(encoding="utf-8"))
    return [
        Row(r["text"], r.get("context"), r["label"], r["lang"], r.get("source", "")) for r in data
    ]


def macro_f1(gold: Sequence[str], predicted: Sequence[str], labels: Sequence[str]) -> float:
    """Mean F1 over ``labels``, counted on the rows whose gold label is among ``labels``
    (other predictions on those rows count as misses)."""
    pairs = [(g, p) for g, p in zip(gold, predicted, strict=True) if g in labels]
    scores = []
    for label in labels:
        tp = sum(g == label and p == label for g, p in pairs)
        fp = sum(g != label and p == label for g, p in pairs)
        fn = sum(g == label and p != label for g, p in pairs)
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)


def calibration(confidence: Sequence[float], correct: Sequence[bool]) -> tuple[list[str], float]:
    """Lines of a table (bin, rows, mean confidence, accuracy) and the expected calibration
    error (row-weighted mean gap between confidence and accuracy over the bins)."""
    lines = [f"  {'confidence':<12}{'rows':>6}{'mean conf':>11}{'accuracy':>10}"]
    ece = 0.0
    for low, high in pairwise(BINS):
        rows = [
            (c, ok)
            for c, ok in zip(confidence, correct, strict=True)
            if low < c <= high or (low == 0.0 and c == 0.0)
        ]
        if not rows:
            continue
        mean_conf = sum(c for c, _ in rows) / len(rows)
        accuracy = sum(ok for _, ok in rows) / len(rows)
        ece += len(rows) / len(confidence) * abs(mean_conf - accuracy)
        lines.append(f"  ({low:.1f}, {high:.1f}]{len(rows):>8}{mean_conf:>11.3f}{accuracy:>10.3f}")
    return lines, ece


def report(name: str, rows: list[Row]) -> dict[str, float]:
    """Print the figures of one set; return the headline numbers."""
    from assistant.skills.stance import classify

    results = [classify(r.text, r.context) for r in rows]
    gold = [r.label for r in rows]
    predicted = [res.stance for res in results]
    accuracy = sum(g == p for g, p in zip(gold, predicted, strict=True)) / len(rows)
    figures = {
        "accuracy": accuracy,
        "macro_f1": macro_f1(gold, predicted, LABELS),
        "macro_f1_coaching_vs_mentoring": macro_f1(gold, predicted, PAIR),
    }
    print(f"\n== {name}: {len(rows)} rows ==")
    for key, value in figures.items():
        print(f"{key}: {value:.3f}")
    for lang in sorted({r.lang for r in rows}):
        idx = [i for i, r in enumerate(rows) if r.lang == lang]
        g, p = [gold[i] for i in idx], [predicted[i] for i in idx]
        print(
            f"{lang}: rows {len(idx)}  macro-F1 {macro_f1(g, p, LABELS):.3f}  "
            f"coaching-vs-mentoring F1 {macro_f1(g, p, PAIR):.3f}"
        )
    print("confusion (rows: gold, columns: predicted)")
    print("  " + " " * 11 + "".join(f"{label:>11}" for label in LABELS))
    for label in LABELS:
        counts = [
            sum(g == label and p == other for g, p in zip(gold, predicted, strict=True))
            for other in LABELS
        ]
        print(f"  {label:<11}" + "".join(f"{n:>11}" for n in counts))
    lines, ece = calibration(
        [res.confidence for res in results],
        [g == p for g, p in zip(gold, predicted, strict=True)],
    )
    print("calibration")
    print("\n".join(lines))
    print(f"expected calibration error: {ece:.3f}")
    figures["ece"] = ece
    if name == "external":
        print("per source (rows, accuracy)")
        for source in sorted({r.source.split(" — ")[0][:60] for r in rows}):
            idx = [i for i, r in enumerate(rows) if r.source.split(" — ")[0][:60] == source]
            correct = sum(gold[i] == predicted[i] for i in idx)
            print(f"  {source:<62}{len(idx):>4}{correct / len(idx):>8.3f}")
    return figures


def throughput(rows: list[Row], copies: int = 5) -> float:
    """Utterances per second of the ``--file`` path (read lines, classify, one JSON line each),
    after start-up (the model is loaded first)."""
    from assistant.skills.stance import classify, classify_lines

    classify("warm up")
    texts = [r.text.replace("\n", " ") for r in rows] * copies
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "utterances.txt"
        path.write_text("\n".join(texts) + "\n", encoding="utf-8")
        start = time.perf_counter()
        with path.open(encoding="utf-8") as lines:
            written = sum(
                len(json.dumps(record, ensure_ascii=False)) > 0 for record in classify_lines(lines)
            )
        elapsed = time.perf_counter() - start
    return written / elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("dev", "test"), default=None, help="in-house split")
    parser.add_argument("--external", action="store_true", help="the external set (measure only)")
    parser.add_argument("--bench", action="store_true", help="throughput of the --file path")
    args = parser.parse_args(argv)
    split = args.split or (None if args.external else "dev")
    names = ([split] if split else []) + (["external"] if args.external else [])
    for name in names:
        figures = report(name, load_split(name))
        target = TARGETS.get(name)
        if target is not None:
            verdict = "meets" if figures["macro_f1_coaching_vs_mentoring"] >= target else "BELOW"
            print(f"target coaching-vs-mentoring macro-F1 >= {target}: {verdict}")
    if args.bench:
        rows = load_split(split or "dev")
        print(f"\nthroughput (--file path, after start-up): {throughput(rows):.0f} utterances/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
