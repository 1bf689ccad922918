"""Role-play eval: scripted trainee transcripts through the feedback report, and (on demand) the
chat model playing mentees end to end.

    python -m evals.eval_roleplay                 # scripted transcripts (what CI runs), ~2 s
    python -m evals.eval_roleplay --model real    # the configured chat model plays 4 scenarios

Scripted: evals/datasets/roleplay/transcripts.yaml holds a good and a poor trainee for every
scenario and language. The poor trainee's report must flag advice without permission and a low
open-question share; the good trainee's must flag neither. Exit code 1 if any check fails or a
scenario/language/trainee is missing.

Real model: the good trainee's turns of :data:`REAL_SCENARIOS` are played against the model;
every model turn the character guard replaces is counted by reason (advice, role break,
revealing the hidden goal early, too long...), and the in-character rate is printed.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from assistant.language.messages import LANGUAGES
from assistant.skills.training.feedback import (
    TRAINEE,
    FeedbackReport,
    Transcript,
    build_report,
)
from assistant.skills.training.roleplay import RolePlay
from assistant.skills.training.scenarios import bundled_scenarios, persona
from evals.datasets import DATASETS

TRANSCRIPTS = DATASETS / "roleplay" / "transcripts.yaml"
REAL_SCENARIOS = (
    ("unclear-goals", "en"),
    ("manager-conflict", "en"),
    ("low-confidence", "fr"),
    ("decide-for-me", "fr"),
)
MUST_FLAG = ("advice_without_permission", "low_open_questions")


@dataclass(frozen=True)
class Case:
    scenario: str
    language: str
    trainee: str  # good | poor
    transcript: Transcript


@dataclass(frozen=True)
class Outcome:
    case: Case
    report: FeedbackReport

    @property
    def ok(self) -> bool:
        flagged = set(self.report.flags)
        if self.case.trainee == "poor":
            return all(flag in flagged for flag in MUST_FLAG)
        return not flagged & set(MUST_FLAG)


def load_cases(path: Path = TRANSCRIPTS) -> list[Case]:
    rows: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        Case(
            row["scenario"],
            row["language"],
            row["trainee"],
            Transcript.from_text(row["scenario"], row["language"], row["transcript"]),
        )
        for row in rows
    ]


def missing_cases(cases: list[Case]) -> list[str]:
    """Scenario/language/trainee combinations without a transcript."""
    have = {(c.scenario, c.language, c.trainee) for c in cases}
    return [
        f"{name}/{language}/{trainee}"
        for name in bundled_scenarios()
        for language in LANGUAGES
        for trainee in ("good", "poor")
        if (name, language, trainee) not in have
    ]


def run_scripted(cases: list[Case]) -> list[Outcome]:
    return [
        Outcome(case, build_report(case.transcript, persona(case.scenario, case.language)))
        for case in cases
    ]


def report(outcomes: list[Outcome], missing: list[str]) -> int:
    """Print one row per transcript and the counts with their denominators; 0 if all pass."""
    print(f"{'scenario':20} {'lang':4} {'trainee':7} {'open':>6} {'unperm':>6} talk  ok  flags")
    for o in outcomes:
        r = o.report
        print(
            f"{o.case.scenario:20} {o.case.language:4} {o.case.trainee:7} "
            f"{r.open_questions:>2}/{len(r.turns):<3} {r.advice_without_permission:>6} "
            f"{r.talk_share:.2f} {'yes' if o.ok else 'NO':3} {','.join(r.flags)}"
        )
    poor = [o for o in outcomes if o.case.trainee == "poor"]
    good = [o for o in outcomes if o.case.trainee == "good"]
    for flag in MUST_FLAG:
        print(
            f"poor trainee flagged {flag}: {sum(flag in o.report.flags for o in poor)}/{len(poor)}"
        )
        print(
            f"good trainee flagged {flag}: {sum(flag in o.report.flags for o in good)}/{len(good)}"
        )
    print(
        f"goal reached: good {_count(good, 'goal')}/{len(good)}, poor {_count(poor, 'goal')}/"
        f"{len(poor)}"
    )
    print(
        f"next step reached: good {_count(good, 'next_step')}/{len(good)}, poor "
        f"{_count(poor, 'next_step')}/{len(poor)}"
    )
    passed = sum(o.ok for o in outcomes)
    print(f"transcripts passing: {passed}/{len(outcomes)}")
    if missing:
        print(f"missing transcripts: {', '.join(missing)}")
    return 0 if passed == len(outcomes) and not missing else 1


def _count(outcomes: list[Outcome], field: str) -> int:
    return sum(getattr(o.report, field) is not None for o in outcomes)


def run_real(cases: list[Case]) -> int:
    """Play :data:`REAL_SCENARIOS` with the configured chat model; print in-character counts."""
    from assistant.config import load_settings
    from assistant.model.llm import build_chat_model

    model = build_chat_model(load_settings())
    reasons: Counter[str] = Counter()
    model_turns = 0
    for name, language in REAL_SCENARIOS:
        case = next(
            c for c in cases if (c.scenario, c.language, c.trainee) == (name, language, "good")
        )
        play = RolePlay(persona(name, language), model)
        for line in case.transcript.lines:
            if line.speaker != TRAINEE:
                continue
            turn = play.reply(line.text)
            if not turn.revealed:
                model_turns += 1
            if turn.replaced:
                reasons[turn.replaced] += 1
            print(
                f"[{name}/{language}] {line.text}\n  -> {turn.text}"
                + (f"  (replaced: {turn.replaced})" if turn.replaced else "")
            )
        print(f"[{name}/{language}] revealed: {play.revealed}; flags: {play.feedback().flags}")
    broken = sum(reasons.values())
    print(f"model turns: {model_turns}; replaced by the guard: {broken} ({dict(reasons)})")
    kept = model_turns - broken
    print(f"in character: {kept}/{model_turns}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", choices=("scripted", "real"), default="scripted")
    args = parser.parse_args(argv)
    cases = load_cases()
    if args.model == "real":
        return run_real(cases)
    return report(run_scripted(cases), missing_cases(cases))


if __name__ == "__main__":
    sys.exit(main())
