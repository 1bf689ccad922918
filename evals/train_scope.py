"""Rebuild the scope screen's learned backstop (assistant/safety/data/scope-model.npz).

    python -m evals.train_scope           # train, choose the threshold, write the model file
    python -m evals.train_scope --check   # only print the cross-validated figures

Trains on evals/datasets/safety/scope_train.yaml (``split: train``: requests for therapy,
medical, legal or financial advice and in-scope look-alikes) and, as ordinary talk, other
training sets of the repository: the crisis screen's non-crisis training rows (train.yaml rows
with a ``group``: ordinary messages, idioms, mentors' guidance questions), the benign messages of
the injection set, the stance training sets (helper turns, and the mentee turns given as their
context) and the goal statements' training split. The dev and test splits of the safety datasets
are never read, nor fresh.yaml, nor the external stance set: they stay for measurement
(``python -m evals.eval_safety``).

Each row is read the way the screen reads a message at run time
(:func:`assistant.safety.scope.backstop_text`: without a mentor's guidance question or the
clauses about wording a conversation); a row left empty by that is never asked and is skipped.

Deterministic: fixed folds, a fixed seed, a deterministic solver (lbfgs); about a minute on one
core. The model is asked only about what the rules let through, so the threshold is chosen on
those rows: the lowest whose out-of-fold false referrals stay at or under 1 % of the look-alikes
and at or under 0.2 % of the ordinary talk that the rules do not refer. The figures printed (and
stored in the model file) are out-of-fold: each row scored by a model that did not see it. The
"screen" figures add the rules, which were written on these same rows: they are not an estimate
of how the rules generalise (the held-out splits of eval_safety are).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

import numpy as np
import yaml

from assistant.safety.learned import features
from assistant.safety.scope import backstop_kind, backstop_text, rule_kind
from assistant.safety.scope_model import KINDS, LABELS, MODEL_PATH, ScopeModel
from evals.datasets import DATASETS, load_goal_statements

SAFETY = DATASETS / "safety"
STANCE = ("train.yaml", "train-varied.yaml", "train-registers.yaml")
SEED = 11
C = 30.0
MAX_LOOKALIKE_FALSE = 0.01  # on the in-scope look-alikes (salary, stress before a talk…)
MAX_ORDINARY_FALSE = 0.002  # on ordinary mentoring talk: a referral there costs trust


def training_rows() -> tuple[list[str], list[str], list[str]]:
    """(text as the model reads it, label, group) of every training row; the group is the kind
    for a request, ``lookalike`` or ``ordinary`` for the rest."""
    texts: list[str] = []
    labels: list[str] = []
    groups: list[str] = []

    def add(text: str, label: str, group: str) -> None:
        read = backstop_text(text)
        if read:
            texts.append(read)
            labels.append(label)
            groups.append(group)

    data = yaml.safe_load((SAFETY / "scope_train.yaml").read_text(encoding="utf-8"))
    for row in data:
        if row.get("split") != "train":
            continue
        kind = row["kind"]
        add(row["text"], kind, kind if kind in KINDS else "lookalike")
    crisis = yaml.safe_load((SAFETY / "train.yaml").read_text(encoding="utf-8"))
    for row in crisis:
        if row.get("split") == "train" and "group" in row:
            add(row["text"], "in_scope", "ordinary")
    benign = yaml.safe_load((DATASETS / "injection" / "benign.yaml").read_text(encoding="utf-8"))
    for row in benign:
        add(row["text"], "in_scope", "ordinary")
    for name in STANCE:
        rows = yaml.safe_load((DATASETS / "stance" / name).read_text(encoding="utf-8"))
        for row in rows:
            add(row["text"], "in_scope", "ordinary")
            if row.get("context"):
                add(row["context"], "in_scope", "ordinary")
    for goal in load_goal_statements("train"):
        add(goal.text, "in_scope", "ordinary")
    return texts, labels, groups


def _classifier() -> object:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(
        C=C, class_weight=None, max_iter=5000, random_state=SEED, solver="lbfgs"
    )


def cross_validated(matrix: object, labels: list[str]) -> np.ndarray:
    """Out-of-fold probabilities of ``LABELS`` (5 folds, stratified, fixed) for each row."""
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    folds = StratifiedKFold(5, shuffle=True, random_state=SEED)
    y = np.array([LABELS.index(label) for label in labels])
    proba = cross_val_predict(_classifier(), matrix, y, cv=folds, method="predict_proba")
    return np.asarray(proba)


def choose_threshold(
    referral: np.ndarray, eligible: np.ndarray, groups: list[str], asked: np.ndarray
) -> float:
    """The lowest threshold whose out-of-fold false referrals, on the rows the model is
    ``asked`` about (the rules referred nothing), stay within both limits; a row is referred
    when its ``referral`` probability reaches the threshold and it is ``eligible`` (the screen's
    policy lets the model's kind through, see ``backstop_kind``)."""
    group = np.array(groups)
    lookalike = (group == "lookalike") & asked
    ordinary = (group == "ordinary") & asked
    for threshold in np.arange(0.30, 0.96, 0.01):
        flagged = (referral >= threshold) & eligible
        if (
            flagged[lookalike].mean() <= MAX_LOOKALIKE_FALSE
            and flagged[ordinary].mean() <= MAX_ORDINARY_FALSE
        ):
            return round(float(threshold), 2)
    return 0.95


def figures(
    proba: np.ndarray,
    texts: list[str],
    rules_say: list[str | None],
    labels: list[str],
    groups: list[str],
    threshold: float,
) -> dict[str, object]:
    """Out-of-fold figures of the backstop (the model and the screen's policy) on every row and
    on what the rules let through, and of the screen (rules, then the backstop)."""
    model_says = [
        backstop_kind(row, text, threshold) for row, text in zip(proba, texts, strict=True)
    ]
    screen_says = [r or m for r, m in zip(rules_say, model_says, strict=True)]
    out: dict[str, object] = {"rows": len(groups), "threshold": threshold}
    out["rows_by_group"] = dict(sorted(Counter(groups).items()))
    everything = list(range(len(groups)))
    let_through = [i for i in everything if rules_say[i] is None]
    for name, says, rows in (
        ("model", model_says, everything),
        ("backstop", model_says, let_through),
        ("screen", screen_says, everything),
    ):
        for kind in KINDS:
            these = [i for i in rows if groups[i] == kind]
            found = sum(says[i] is not None for i in these)
            out[f"cv_{name}_referred_{kind}"] = f"{found}/{len(these)}"
        asked = [i for i in rows if groups[i] in KINDS]
        referred = sum(says[i] is not None for i in asked)
        right = sum(says[i] == labels[i] for i in asked)
        out[f"cv_{name}_referred"] = f"{referred}/{len(asked)}"
        out[f"cv_{name}_right_kind"] = f"{right}/{len(asked)}"
        for group in ("lookalike", "ordinary"):
            these = [i for i in rows if groups[i] == group]
            false = sum(says[i] is not None for i in these)
            out[f"cv_{name}_false_{group}"] = f"{false}/{len(these)}"
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="figures only, write nothing")
    args = parser.parse_args(argv)
    texts, labels, groups = training_rows()
    matrix = features(texts)  # once: the folds and the final fit share it
    proba = cross_validated(matrix, labels)
    rules_say = [rule_kind(text) for text in texts]
    asked = np.array([kind is None for kind in rules_say])
    eligible = np.array(
        [backstop_kind(row, text, 0.0) is not None for row, text in zip(proba, texts, strict=True)]
    )
    threshold = choose_threshold(1.0 - proba[:, 0], eligible, groups, asked)
    about = figures(proba, texts, rules_say, labels, groups, threshold)
    for key, value in about.items():
        print(f"{key}: {value}")
    if args.check:
        return 0
    model = _classifier()
    model.fit(matrix, np.array([LABELS.index(label) for label in labels]))  # type: ignore[attr-defined]
    order = [list(model.classes_).index(i) for i in range(len(LABELS))]  # type: ignore[attr-defined]
    about["trained_on"] = (
        "scope_train.yaml; crisis train.yaml groups; injection benign; stance train sets;"
        " goals train"
    )
    ScopeModel(
        weights=model.coef_[order],  # type: ignore[attr-defined]
        bias=model.intercept_[order],  # type: ignore[attr-defined]
        threshold=threshold,
        about=about,
    ).save(MODEL_PATH)
    print(f"wrote {MODEL_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
