"""Agenda structure over the grid: durations x phases x formats x languages, code's wording.

    python -m evals.eval_agenda            # counts per check, with denominators
    python -m evals.eval_agenda --json     # the same as JSON
    python -m evals.eval_agenda --errors   # also list every failing agenda and check

Grid: 6 durations (15, 30, 45, 60, 90, 120) x 4 phases (by ``--phase``; initiation uses the plan of
sessions 2 and 3) x 5 formats x 2 languages = 240 agendas, plus the first-session plan and the
mid-point review over the same durations, formats and languages (120 more). Checks: the minutes
add up exactly; the check-in opens and the review of open actions follows; agreed actions and the
next meeting close; no empty title, purpose or question and 1 to 3 questions an item; every
citation resolves to a heading of a bundled guide; group formats have the round-robin and the peer
exchange. The model is not used: this is the skeleton every agenda starts from (the model's
rewrites, later, go through :func:`assistant.skills.agenda.skeleton.apply_fill` and keep the
structure). Exit code 1 below 100 %. Also prints the time to build the whole grid.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from collections.abc import Callable, Sequence

from assistant.records.pairs import FORMATS, GROUP_FORMATS, PHASES
from assistant.skills.agenda.phase import PhaseReading, plan_for
from assistant.skills.agenda.skeleton import Agenda, build_agenda
from assistant.skills.agenda.words import resolves

DURATIONS = (15, 30, 45, 60, 90, 120)
LANGUAGES = ("en", "fr")


def _kinds(agenda: Agenda) -> list[str]:
    return [item.kind for item in agenda.items]


CHECKS: dict[str, Callable[[Agenda], bool]] = {
    "exact sum": lambda a: sum(i.minutes for i in a.items) == a.total_minutes,
    "check-in then review first": lambda a: _kinds(a)[:2] == ["check_in", "review"],
    "actions then next meeting last": lambda a: _kinds(a)[-2:] == ["actions", "next"],
    "positive minutes": lambda a: all(i.minutes > 0 for i in a.items),
    "non-empty fields": lambda a: all(
        i.title.strip() and i.purpose.strip() and all(q.strip() for q in i.questions)
        for i in a.items
    ),
    "1-3 questions": lambda a: all(1 <= len(i.questions) <= 3 for i in a.items),
    "citations resolve": lambda a: all(
        i.citations and all(resolves(c) for c in i.citations) for i in a.items
    ),
    "citations in the agenda's language": lambda a: all(
        c.guide.startswith(f"{a.language}/") for i in a.items for c in i.citations
    ),
    "group items iff group format": lambda a: (
        ({"round_robin", "peer_exchange"} <= set(_kinds(a))) == (a.format in GROUP_FORMATS)
    ),
}


def grid() -> list[PhaseReading]:
    """One reading per phase, plus the first session and the mid-point review."""
    readings = [PhaseReading(p, "given", plan_for(p, 2), None) for p in PHASES]
    readings.append(PhaseReading("initiation", "given", "first", 1))
    readings.append(PhaseReading("cultivation", "given", "midpoint", None))
    return readings


def run() -> tuple[dict[str, int], int, list[str], float]:
    """Passes per check, agendas built, failures and seconds for the whole grid."""
    passed: Counter[str] = Counter()
    failures: list[str] = []
    total = 0
    started = time.perf_counter()
    for reading in grid():
        for minutes in DURATIONS:
            for fmt in FORMATS:
                for language in LANGUAGES:
                    agenda = build_agenda(
                        minutes, reading, format=fmt, language=language, focus="tech lead"
                    )
                    total += 1
                    for name, check in CHECKS.items():
                        if check(agenda):
                            passed[name] += 1
                        else:
                            failures.append(f"{reading.plan} {minutes} {fmt} {language}: {name}")
    return dict(passed), total, failures, time.perf_counter() - started


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="Print the results as JSON.")
    parser.add_argument("--errors", action="store_true", help="List every failing check.")
    args = parser.parse_args(argv)
    passed, total, failures, seconds = run()
    valid = total - len({f.rsplit(":", 1)[0] for f in failures})
    if args.json:
        report = {"agendas": total, "valid": valid, "checks": passed, "seconds": seconds}
        print(json.dumps(report, indent=2))
    else:
        print(f"agendas: {total} (6 durations x 6 plans x 5 formats x 2 languages)")
        for name in CHECKS:
            print(f"  {name:<36} {passed.get(name, 0):>4}/{total}")
        print(f"structurally valid: {valid}/{total} ({100 * valid / total:.1f} %)")
        print(f"built in {seconds:.3f} s ({1000 * seconds / total:.2f} ms an agenda)")
    if args.errors:
        print("\n".join(failures))
    return 0 if valid == total else 1


if __name__ == "__main__":
    raise SystemExit(main())
