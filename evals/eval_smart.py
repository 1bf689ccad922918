"""SMART checker evaluation: per-criterion precision, recall, F1 and accuracy on labelled goals.

    python -m evals.eval_smart                  # dev split, table
    python -m evals.eval_smart --split test     # the held-out split (report it, do not tune on it)
    python -m evals.eval_smart --split train    # the training split (tune on dev and train only)
    python -m evals.eval_smart --split dev+train --errors   # what tuning looks at
    python -m evals.eval_smart --split all --json           # dev, train, test and all three
    python -m evals.eval_smart --errors         # also list every disagreement

"today" is fixed (2026-11-23) so deadlines resolve the same way on every run. The exit code is 1
when F1 for specific, measurable or time_bound falls below 0.85 on the chosen split. The runner
writes nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from assistant.skills.smart import CRITERIA, SmartReport, check_goal
from evals.datasets import GoalStatement, load_goal_statements

TODAY = date(2026, 11, 23)
GATED = ("specific", "measurable", "time_bound")
THRESHOLD = 0.85
# --split NAME: the files it reads. "all" is every labelled statement (dev, train and test);
# "dev+train" is everything that may be tuned on.
SPLITS = {
    "dev": ("dev",),
    "train": ("train",),
    "test": ("test",),
    "dev+train": ("dev", "train"),
    "all": ("dev", "train", "test"),
}


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float
    accuracy: float
    support: int  # statements labelled true
    total: int


def score(pairs: Sequence[tuple[bool, bool]]) -> Scores:
    """Scores of the positive class ("criterion met") from (label, prediction) pairs."""
    tp = sum(1 for label, pred in pairs if label and pred)
    fp = sum(1 for label, pred in pairs if not label and pred)
    fn = sum(1 for label, pred in pairs if label and not pred)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    correct = sum(1 for label, pred in pairs if label == pred)
    accuracy = correct / len(pairs) if pairs else 0.0
    return Scores(precision, recall, f1, accuracy, tp + fn, len(pairs))


def evaluate(
    goals: Sequence[GoalStatement], reports: Sequence[SmartReport]
) -> dict[str, dict[str, Scores]]:
    """{group: {criterion: Scores}} for all statements and for each language."""
    groups: dict[str, list[int]] = {"all": list(range(len(goals)))}
    for index, goal in enumerate(goals):
        groups.setdefault(goal.lang, []).append(index)
    return {
        name: {
            c: score([(goals[i].labels[c], reports[i].verdicts[c].met) for i in indices])
            for c in CRITERIA
        }
        for name, indices in groups.items()
    }


def errors(
    goals: Sequence[GoalStatement], reports: Sequence[SmartReport]
) -> list[dict[str, object]]:
    """Every statement with at least one wrong verdict: the label and the checker's evidence."""
    rows: list[dict[str, object]] = []
    for goal, report in zip(goals, reports, strict=True):
        wrong = {
            c: {"label": goal.labels[c], "evidence": report.verdicts[c].evidence}
            for c in CRITERIA
            if goal.labels[c] != report.verdicts[c].met
        }
        if wrong:
            rows.append({"text": goal.text, "lang": goal.lang, "wrong": wrong})
    return rows


def _table(title: str, results: dict[str, dict[str, Scores]]) -> str:
    lines = [f"== {title}"]
    for group, by_criterion in results.items():
        total = next(iter(by_criterion.values())).total
        lines.append(f"-- {group} ({total} statements)")
        lines.append(f"{'criterion':<12} {'P':>6} {'R':>6} {'F1':>6} {'acc':>6} {'support':>8}")
        for criterion, s in by_criterion.items():
            lines.append(
                f"{criterion:<12} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
                f"{s.accuracy:6.3f} {s.support:8d}"
            )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=tuple(SPLITS), default="dev")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--errors", action="store_true", help="list every disagreement")
    args = parser.parse_args(argv)

    data = {split: load_goal_statements(split) for split in SPLITS[args.split]}
    if len(data) > 1:  # each split alone, then together (the gate is on the union)
        data[args.split] = [goal for goals in list(data.values()) for goal in goals]
    output: dict[str, object] = {}
    gate: dict[str, Scores] = {}
    for name, goals in data.items():
        reports = [check_goal(g.text, g.lang, TODAY) for g in goals]
        results = evaluate(goals, reports)
        output[name] = {
            "scores": {g: {c: vars(s) for c, s in r.items()} for g, r in results.items()},
            **({"errors": errors(goals, reports)} if args.errors else {}),
        }
        gate = results["all"]
        if not args.json:
            print(_table(f"split: {name}", results))
            for row in errors(goals, reports) if args.errors else []:
                print(f"  ✗ [{row['lang']}] {row['text']}\n      {row['wrong']}")
    failing = [c for c in GATED if gate[c].f1 < THRESHOLD]
    if args.json:
        print(json.dumps(output | {"failing": failing}, ensure_ascii=False, indent=2))
    elif failing:
        print(f"FAIL: F1 below {THRESHOLD} for {', '.join(failing)} on split {args.split}")
    else:
        print(f"OK: F1 >= {THRESHOLD} for {', '.join(GATED)} on split {args.split}")
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
