"""SMART checker evaluation: per-criterion precision, recall, F1 and accuracy on labelled goals.

    python -m evals.eval_smart                  # dev split, table
    python -m evals.eval_smart --split test     # the held-out split (report it, do not tune on it)
    python -m evals.eval_smart --split train    # the training split (tune on dev and train only)
    python -m evals.eval_smart --split dev+train --errors   # what tuning looks at
    python -m evals.eval_smart --split all --json           # dev, train, test and all three
    python -m evals.eval_smart --errors         # also list every disagreement
    python -m evals.eval_smart --set external   # goals written by others (a dev set: tune on it)

``--set external`` reads evals/datasets/goals/external/<split>.yaml (public goal statements with
``source`` and ``licence`` fields; only a dev split so far) and adds, on the same rows, a
"contains a digit" baseline for measurable: the floor any rule set must beat. Every table gives
per criterion the precision, recall and F1 of "criterion met", the macro-F1 (mean of the F1 of
"met" and of "not met") and the counts behind them.

"today" is fixed (2026-11-23) so deadlines resolve the same way on every run. The exit code is 1
when F1 for specific, measurable or time_bound falls below 0.85 on the chosen split. The runner
writes nothing.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path

import yaml

from assistant.skills.smart import CRITERIA, SmartReport, check_goal
from evals.datasets import DATASETS, GoalStatement, load_goal_statements

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
EXTERNAL = DATASETS / "goals" / "external"
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float
    accuracy: float
    support: int  # statements labelled true
    total: int
    macro_f1: float = 0.0  # mean of the F1 of "met" and of "not met"
    tp: int = 0
    fp: int = 0
    fn: int = 0


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
    tn = len(pairs) - tp - fp - fn
    f1_not_met = 2 * tn / (2 * tn + fp + fn) if tn + fp + fn else 0.0
    macro = (f1 + f1_not_met) / 2
    return Scores(precision, recall, f1, accuracy, tp + fn, len(pairs), macro, tp, fp, fn)


def load_external(split: str = "dev", folder: Path = EXTERNAL) -> list[GoalStatement]:
    """Goal statements written by others (``folder``/``split``.yaml): the labelled fields of
    :class:`GoalStatement`; ``source``, ``licence`` and any other field are left out."""
    rows = yaml.safe_load((folder / f"{split}.yaml").read_text(encoding="utf-8")) or []
    known = {f.name for f in fields(GoalStatement)}
    return [GoalStatement(**{k: v for k, v in row.items() if k in known}) for row in rows]


def digit_baseline(goals: Sequence[GoalStatement]) -> Scores:
    """Measurable predicted as "the text contains a digit", on the same statements."""
    return score([(g.labels["measurable"], bool(_DIGIT.search(g.text))) for g in goals])


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


def _digit_baselines(goals: Sequence[GoalStatement]) -> dict[str, Scores]:
    """The digit baseline for measurable, for all statements and for each language."""
    groups: dict[str, list[GoalStatement]] = {"all": list(goals)}
    for goal in goals:
        groups.setdefault(goal.lang, []).append(goal)
    return {name: digit_baseline(members) for name, members in groups.items()}


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


def _row(name: str, s: Scores) -> str:
    return (
        f"{name:<12} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.macro_f1:6.3f} "
        f"{s.accuracy:6.3f} {s.support:8d} {s.tp:4d} {s.fp:4d} {s.fn:4d}"
    )


def _table(
    title: str, results: dict[str, dict[str, Scores]], baselines: dict[str, Scores] | None = None
) -> str:
    lines = [f"== {title}"]
    for group, by_criterion in results.items():
        total = next(iter(by_criterion.values())).total
        lines.append(f"-- {group} ({total} statements)")
        lines.append(
            f"{'criterion':<12} {'P':>6} {'R':>6} {'F1':>6} {'macF1':>6} {'acc':>6} "
            f"{'support':>8} {'tp':>4} {'fp':>4} {'fn':>4}"
        )
        lines += [_row(criterion, s) for criterion, s in by_criterion.items()]
        if baselines and group in baselines:
            lines.append(_row("M: digit?", baselines[group]))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=tuple(SPLITS), default="dev")
    parser.add_argument(
        "--set",
        choices=("own", "external"),
        default="own",
        help="own: the project's labelled goals; external: goals written by others "
        "(goals/external/, dev split only), with a 'contains a digit' baseline for measurable",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--errors", action="store_true", help="list every disagreement")
    args = parser.parse_args(argv)

    external = args.set == "external"
    if external and not all((EXTERNAL / f"{s}.yaml").exists() for s in SPLITS[args.split]):
        parser.error(f"no external goals for split {args.split!r} under {EXTERNAL}")
    load = load_external if external else load_goal_statements
    data = {
        f"{args.set}/{split}" if external else split: load(split) for split in SPLITS[args.split]
    }
    if len(data) > 1:  # each split alone, then together (the gate is on the union)
        data[args.split] = [goal for goals in list(data.values()) for goal in goals]
    output: dict[str, object] = {}
    gate: dict[str, Scores] = {}
    for name, goals in data.items():
        reports = [check_goal(g.text, g.lang, TODAY) for g in goals]
        results = evaluate(goals, reports)
        baselines = _digit_baselines(goals) if external else None
        output[name] = {
            "scores": {g: {c: vars(s) for c, s in r.items()} for g, r in results.items()},
            **({"digit_baseline": {g: vars(s) for g, s in baselines.items()}} if baselines else {}),
            **({"errors": errors(goals, reports)} if args.errors else {}),
        }
        gate = results["all"]
        if not args.json:
            print(_table(f"split: {name}", results, baselines))
            for row in errors(goals, reports) if args.errors else []:
                print(f"  ✗ [{row['lang']}] {row['text']}\n      {row['wrong']}")
    failing = [c for c in GATED if gate[c].f1 < THRESHOLD]
    split = f"{args.set}/{args.split}" if external else args.split
    if args.json:
        print(json.dumps(output | {"failing": failing}, ensure_ascii=False, indent=2))
    elif failing:
        print(f"FAIL: F1 below {THRESHOLD} for {', '.join(failing)} on split {split}")
    else:
        print(f"OK: F1 >= {THRESHOLD} for {', '.join(GATED)} on split {split}")
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
