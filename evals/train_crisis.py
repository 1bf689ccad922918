"""Rebuild the crisis screen's learned backstop (assistant/safety/data/crisis-model.npz).

    python -m evals.train_crisis           # train, choose the threshold, write the model file
    python -m evals.train_crisis --check   # only print the cross-validated figures

Trains on the development rows of evals/datasets/safety (crisis.yaml, not_crisis.yaml,
scope.yaml with ``split: dev``; train.yaml if present) and, as ordinary talk, the training splits
of the stance set (with its register supplements: formal and literary French, older English), of
the goal statements and the lines of the role-play transcripts. The held-out test split is never
read, nor are the texts other evals count the screen's false alarms on (retrieval questions, goal
statements' dev and test, the external stance set, the injection set's benign questions).
Deterministic: fixed folds, a fixed seed, deterministic solvers (liblinear for crisis or not,
faster than lbfgs here for the same figures; lbfgs for the category); under a minute on one core.
The threshold is the lowest that keeps out-of-fold false alarms at or under 2 % on all the
negatives (idioms and sensitive-but-fine questions included) and at or under 0.5 % on ordinary
mentoring talk.
"""

from __future__ import annotations

import argparse
import sys

import numpy as np
import yaml

from assistant.safety.learned import CATEGORIES, MODEL_PATH, CrisisModel, features
from evals.datasets import DATASETS, load_goal_statements

SAFETY = DATASETS / "safety"
SEED = 7
MAX_FALSE_ALARMS = 0.02  # on all the negatives, idioms and guidance questions included
MAX_ORDINARY_FALSE_ALARMS = 0.005  # on ordinary mentoring talk: a false alarm there costs trust
C = 8.0


def training_rows() -> tuple[list[str], list[str], list[bool]]:
    """(texts, category or "", is a hard negative) of every training row."""
    texts: list[str] = []
    labels: list[str] = []
    hard: list[bool] = []

    def rows(name: str) -> list[dict[str, str]]:
        path = SAFETY / name
        if not path.exists():
            return []
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return [row for row in data if row.get("split") in {"dev", "train"}]

    for row in rows("crisis.yaml") + [r for r in rows("train.yaml") if "category" in r]:
        texts.append(row["text"])
        labels.append(row["category"])
        hard.append(False)
    negatives = rows("not_crisis.yaml") + [r for r in rows("train.yaml") if "group" in r]
    for row in negatives:
        texts.append(row["text"])
        labels.append("")
        hard.append(row["group"] in {"idiom", "sensitive_ok"})
    for row in rows("scope.yaml"):
        texts.append(row["text"])
        labels.append("")
        hard.append(False)
    ordinary = ordinary_talk()
    texts += ordinary
    labels += [""] * len(ordinary)
    hard += [False] * len(ordinary)
    return texts, labels, hard


def ordinary_talk() -> list[str]:
    """Texts written for other evals' training data, none about a crisis: helper turns (and the
    mentee's words they answer) of the stance set's training files, goal statements and the lines
    of the role-play transcripts (not the injection set's benign questions: the red-team eval
    counts the crisis screen's false refusals on them)."""

    def load(path: str) -> list[dict[str, str]]:
        data = yaml.safe_load((DATASETS / path).read_text(encoding="utf-8"))
        return list(data)

    texts = [row["text"] for row in load("stance/train.yaml")]
    for name in ("stance/train-registers.yaml", "stance/train-varied.yaml"):
        rows = load(name)
        texts += [row["text"] for row in rows] + [
            row["context"] for row in rows if row.get("context")
        ]
    texts += [g.text for g in load_goal_statements("train")]
    for transcript in load("roleplay/transcripts.yaml"):
        lines = str(transcript["transcript"]).splitlines()
        texts += [line.split(":", 1)[1].strip() for line in lines if ":" in line]
    return texts


def _classifier(classes: int) -> object:
    from sklearn.linear_model import LogisticRegression

    solver = "liblinear" if classes == 2 else "lbfgs"  # liblinear is binary only
    return LogisticRegression(
        C=C, class_weight="balanced", max_iter=5000, random_state=SEED, solver=solver
    )


def cross_validated(matrix: object, labels: list[str]) -> np.ndarray:
    """Out-of-fold crisis probabilities (5 folds, stratified, fixed) of the rows of ``matrix``."""
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    y = np.array([bool(label) for label in labels])
    folds = StratifiedKFold(5, shuffle=True, random_state=SEED)
    proba = cross_val_predict(_classifier(2), matrix, y, cv=folds, method="predict_proba")
    return np.asarray(proba)[:, 1]


def rules_flags(texts: list[str]) -> np.ndarray:
    """Which of ``texts`` the rules alone flag (the backstop only reads what they let through;
    the rules were written on these rows, so the screen's figures here are optimistic)."""
    from assistant.safety.crisis.screen import detect_by_rules

    return np.array([detect_by_rules(text) is not None for text in texts])


def choose_threshold(proba: np.ndarray, labels: list[str], hard: list[bool]) -> float:
    """The lowest threshold whose out-of-fold false alarms stay within both limits."""
    negatives = ~np.array([bool(label) for label in labels])
    ordinary = negatives & ~np.array(hard)
    for threshold in np.arange(0.30, 0.96, 0.01):
        flagged = proba >= threshold
        if (
            flagged[negatives].mean() <= MAX_FALSE_ALARMS
            and flagged[ordinary].mean() <= MAX_ORDINARY_FALSE_ALARMS
        ):
            return round(float(threshold), 2)
    return 0.95


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="figures only, write nothing")
    args = parser.parse_args(argv)
    texts, labels, hard = training_rows()
    y = np.array([bool(label) for label in labels])
    matrix = features(texts)  # once: the folds and the final fit share it
    proba = cross_validated(matrix, labels)
    threshold = choose_threshold(proba, labels, hard)
    caught = int(((proba >= threshold) & y).sum())
    false = int(((proba >= threshold) & ~y).sum())
    hard_false = int(((proba >= threshold) & np.array(hard)).sum())
    by_rules = rules_flags(texts)
    screen = (proba >= threshold) | by_rules
    missed = y & ~by_rules
    backstop = int(((proba >= threshold) & missed).sum())
    figures = {
        "rows": len(texts),
        "crisis_rows": int(y.sum()),
        "threshold": threshold,
        "cv_crisis_caught": f"{caught}/{int(y.sum())}",
        "cv_false_alarms": f"{false}/{int((~y).sum())}",
        "cv_hard_false_alarms": f"{hard_false}/{int(np.array(hard).sum())}",
        "cv_caught_of_rules_misses": f"{backstop}/{int(missed.sum())}",
        "cv_screen_caught": f"{int((screen & y).sum())}/{int(y.sum())}",
        "cv_screen_false_alarms": f"{int((screen & ~y).sum())}/{int((~y).sum())}",
    }
    for key, value in figures.items():
        print(f"{key}: {value}")
    if args.check:
        return 0
    crisis = _classifier(2)
    crisis.fit(matrix, y)  # type: ignore[attr-defined]
    positives = np.flatnonzero(y)
    category = _classifier(len(CATEGORIES))
    category.fit(matrix[positives], [labels[i] for i in positives])  # type: ignore[attr-defined,index]
    order = [list(category.classes_).index(name) for name in CATEGORIES]  # type: ignore[attr-defined]
    model = CrisisModel(
        weights=crisis.coef_[0],  # type: ignore[attr-defined]
        bias=float(crisis.intercept_[0]),  # type: ignore[attr-defined]
        threshold=threshold,
        category_weights=category.coef_[order],  # type: ignore[attr-defined]
        category_bias=category.intercept_[order],  # type: ignore[attr-defined]
        about={
            "trained_on": "evals/datasets/safety dev+train rows; stance, goal and role-play "
            "training texts as ordinary talk",
            **figures,
        },
    )
    model.save(MODEL_PATH)
    print(f"wrote {MODEL_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
