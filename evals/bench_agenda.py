"""Agenda benchmark and rubric review set.

* timing: time to the skeleton (the first streamed piece, code only) and to the complete agenda
  (the model's words checked, or the guides' kept), for 45 and 90 minutes in English and French;
  targets on 2 cores with the embedded model: skeleton under 1 s, complete under 30 s;
* review set: 12 agendas (6 sessions x 2 languages, across the four phases and several formats)
  written to ``evals/results/agenda-review-<stamp>/`` under neutral names, with the rubric
  (``RUBRIC.md``), a score sheet to fill in (``scores.csv``) and the key (``key.json``: which
  session, phase, format, focus and whose wording each file holds), for a later blind review.

    python -m evals.bench_agenda                # the configured model (embedded by default)
    python -m evals.bench_agenda --model fake    # a scripted model: shows the harness works

``--model fake`` answers each agenda with the guides' own words as JSON, so its timings only
measure code (prompt, checks, streaming), not a model.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from langchain_core.language_models import BaseChatModel

from assistant.config import load_settings
from assistant.model.fake import ScriptedChatModel
from assistant.model.llm import build_chat_model
from assistant.records.pairs import PairFormat, Phase
from assistant.skills.agenda.checks import MODEL_QUESTIONS
from assistant.skills.agenda.export import agenda_markdown
from assistant.skills.agenda.fill import FillResult, agenda_pieces, fill_agenda
from assistant.skills.agenda.phase import reading_for
from assistant.skills.agenda.skeleton import Agenda, build_agenda
from evals.eval_agenda import CHECKS

RESULTS = Path(__file__).resolve().parent / "results"
SKELETON_TARGET_S = 1.0
COMPLETE_TARGET_S = 30.0
FOCUS = {"en": "becoming a tech lead", "fr": "devenir tech lead"}
TIMED = [(45, "en"), (45, "fr"), (90, "en"), (90, "fr")]


@dataclass(frozen=True)
class Case:
    minutes: int
    phase: Phase
    format: PairFormat
    session: int | None
    focus: dict[str, str]


SOCIAL = {"en": "using social media as a leader", "fr": "utiliser les réseaux sociaux en dirigeant"}
FEEDBACK = {"en": "giving difficult feedback", "fr": "donner un retour difficile"}
MEETINGS = {"en": "speaking up in meetings", "fr": "prendre la parole en réunion"}
AFTER = {"en": "planning life after the programme", "fr": "préparer l'après-programme"}
PEERS = {"en": "staying in touch as peers", "fr": "garder le contact entre pairs"}
REVIEW_CASES = (
    Case(45, "initiation", "one-to-one", 3, FOCUS),
    Case(60, "initiation", "reverse", 1, SOCIAL),
    Case(90, "cultivation", "one-to-one", 6, FEEDBACK),
    Case(45, "cultivation", "group", 5, MEETINGS),
    Case(30, "separation", "e-mentoring", 10, AFTER),
    Case(60, "redefinition", "peer", 12, PEERS),
)
"""6 sessions x 2 languages = the 12 agendas of the review, across the phases and formats."""

RUBRIC = """# Rubric: agendas for blind review

Score each agenda file (agenda-NN.md) from 1 (poor) to 5 (excellent) on each criterion, in
scores.csv, without opening key.json. Read the session line (phase, plan, format) and the focus
at the top of each file first.

1. **Relevance to the focus**: purposes and questions serve the stated focus; nothing generic
   that would fit any session; nothing off-topic.
   5: every central item is about the focus; 3: the focus appears but questions are generic;
   1: the focus is ignored.
2. **Phase fit**: the words suit the relationship's phase (initiation: rapport, expectations,
   first goal; cultivation: progress, obstacles, stretch; separation: review, closure,
   independence; redefinition: a new, peer-like footing).
   5: clearly written for this phase; 3: neutral; 1: wrong phase (e.g. closing talk in a
   first session).
3. **Question quality**: open coaching questions (what, how, which; GROW: goal, reality,
   options, way forward) that leave the answer to the mentee; mentoring prompts (share an
   experience, suggest a resource or a contact) only where they fit; no leading or closed
   questions, no advice disguised as a question.
   5: all open and purposeful; 3: some closed or leading; 1: mostly closed, leading or vague.
4. **Language**: correct, natural English or French throughout (no mixed languages, no
   mistranslation, right register: "vous" in French), short enough to read aloud.
   5: reads as written by a fluent professional; 3: understandable with slips; 1: wrong
   language or hard to read.

Also note any factual invention (names, dates, numbers not given) in the comments column:
code's checks do not catch those.
"""


def guides_echo(agenda: Agenda) -> BaseChatModel:
    """A scripted model that replies with the guides' own words, as the schema wants them."""
    items = [
        {
            "purpose": i.guide_purpose,
            "questions": [q for q in i.questions if q != i.focus_question][:MODEL_QUESTIONS],
        }
        for i in agenda.items
    ]
    return ScriptedChatModel(script=[json.dumps({"items": items}, ensure_ascii=False)])


def time_agenda(
    build: Callable[[], Agenda], model: Callable[[Agenda], BaseChatModel], parts: int = 1
) -> dict[str, Any]:
    """Seconds from the request to the skeleton (built and rendered) and to the complete
    agenda (its words asked for in ``parts`` requests at once), and how they were settled."""
    results: list[FillResult] = []
    start = time.perf_counter()
    agenda = build()
    fill = partial(_fill, model=model, parts=parts)
    pieces = agenda_pieces(agenda, fill, results.append)
    next(pieces)
    skeleton_s = time.perf_counter() - start
    for _ in pieces:
        pass
    complete_s = time.perf_counter() - start
    result = results[0]
    broken = [name for name, check in CHECKS.items() if not check(result.agenda)]
    return {
        "minutes": agenda.total_minutes,
        "language": agenda.language,
        "parts": parts,
        "structure_problems": broken,
        "items": len(agenda.items),
        "skeleton_s": round(skeleton_s, 4),
        "complete_s": round(complete_s, 3),
        "wording": result.wording,
        "attempts": result.attempts,
        "kept": list(result.kept),
        "problems": list(result.problems)[:5],
        "unavailable": result.unavailable,
        "filled": result.agenda,
    }


def _fill(agenda: Agenda, model: Callable[[Agenda], BaseChatModel], parts: int) -> FillResult:
    return fill_agenda(agenda, model(agenda), parts=parts)


def skeleton_for(case: Case, language: str) -> Agenda:
    reading = reading_for(session_number=case.session, phase=case.phase)
    return build_agenda(
        case.minutes, reading, format=case.format, focus=case.focus[language], language=language
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", choices=["configured", "fake"], default="configured")
    parser.add_argument("--seed", type=int, default=11, help="shuffles the review file names")
    parser.add_argument("--no-review", action="store_true", help="timings only")
    parser.add_argument("--no-timing", action="store_true", help="the review set only")
    args = parser.parse_args(argv)

    if args.model == "fake":
        model: Callable[[Agenda], BaseChatModel] = guides_echo
        label, splits = "fake (guides echoed)", [1]  # one scripted reply holds every item
    else:
        settings = load_settings()
        shared = build_chat_model(settings)  # the embedded server starts here (not timed)
        model, label = (lambda _agenda: shared), settings.llm_backend
        splits = sorted({1, settings.agenda_parallel})

    timings = []
    for parts in [] if args.no_timing else splits:  # both sides of the comparison, one run
        for minutes, language in TIMED:

            def build(minutes: int = minutes, language: str = language) -> Agenda:
                reading = reading_for(session_number=3)
                return build_agenda(minutes, reading, focus=FOCUS[language], language=language)

            row = time_agenda(build, model, parts)
            row.pop("filled")
            timings.append(row)
            if row["structure_problems"]:
                print(f"  structure broken: {', '.join(row['structure_problems'])}")
            print(
                f"{minutes:>3} min {language}, {parts} request(s) at once: skeleton "
                f"{row['skeleton_s'] * 1000:.1f} ms, complete {row['complete_s']:.2f} s, "
                f"wording {row['wording']}, calls {row['attempts']}"
            )

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    folder = RESULTS / f"agenda-review-{stamp}"
    if not args.no_review:
        write_review(folder, model, splits[-1], args.seed)
    if not timings:
        return 0
    summary = summarise(timings, splits, label, folder)
    out = RESULTS / f"bench-agenda-{args.model}-{stamp}.json"
    out.write_text(json.dumps(summary, indent=2, ensure_ascii=False), encoding="utf-8")
    ok_skeleton = summary["skeleton_max_s"] < SKELETON_TARGET_S
    ok_complete = summary["complete_max_s"] < COMPLETE_TARGET_S
    print(
        f"skeleton max {summary['skeleton_max_s'] * 1000:.1f} ms "
        f"({'meets' if ok_skeleton else 'misses'} < {SKELETON_TARGET_S:.0f} s); complete max "
        f"{summary['complete_max_s']:.2f} s with {splits[-1]} request(s) at once "
        f"({'meets' if ok_complete else 'misses'} < {COMPLETE_TARGET_S:.0f} s)"
    )
    print(f"wrote {out}")
    return 0


def write_review(
    folder: Path, model: Callable[[Agenda], BaseChatModel], parts: int, seed: int
) -> None:
    """The 12 agendas of the blind review, under shuffled names, with the rubric, a score
    sheet and the key."""
    folder.mkdir(parents=True, exist_ok=True)
    cases = [(case, lang) for case in REVIEW_CASES for lang in ("en", "fr")]
    order = list(range(len(cases)))
    random.Random(seed).shuffle(order)
    key = {}
    for number, index in enumerate(order, start=1):
        case, language = cases[index]
        row = time_agenda(partial(skeleton_for, case, language), model, parts)
        name = f"agenda-{number:02d}.md"
        (folder / name).write_text(agenda_markdown(row["filled"]), encoding="utf-8")
        key[name] = {
            "minutes": case.minutes,
            "phase": case.phase,
            "format": case.format,
            "session": case.session,
            "focus": case.focus[language],
            "language": language,
            "wording": row["wording"],
            "kept_items": row["kept"],
            "complete_s": row["complete_s"],
            "structure_problems": row["structure_problems"],
        }
    (folder / "RUBRIC.md").write_text(RUBRIC, encoding="utf-8")
    (folder / "key.json").write_text(json.dumps(key, indent=2, ensure_ascii=False), "utf-8")
    with (folder / "scores.csv").open("w", newline="", encoding="utf-8") as sheet:
        writer = csv.writer(sheet)
        writer.writerow(["file", "focus", "phase", "questions", "language", "comments"])
        writer.writerows([[name, "", "", "", "", ""] for name in sorted(key)])
    valid = sum(not entry["structure_problems"] for entry in key.values())
    print(f"12 agendas for blind review in {folder} (RUBRIC.md, scores.csv, key.json)")
    print(f"structurally valid once filled (the grid's checks): {valid}/{len(key)}")


def summarise(
    timings: list[dict[str, Any]], splits: list[int], label: str, folder: Path
) -> dict[str, Any]:
    """The figures of a run: the shipped setting's (the last split) against the targets."""
    shipped = [row for row in timings if row["parts"] == splits[-1]]
    complete = [row["complete_s"] for row in shipped]
    return {
        "model": label,
        "timings": timings,
        "parts": splits[-1],
        "complete_max_s_by_parts": {
            parts: max(row["complete_s"] for row in timings if row["parts"] == parts)
            for parts in splits
        },
        "skeleton_max_s": max(row["skeleton_s"] for row in timings),
        "complete_median_s": statistics.median(complete),
        "complete_max_s": max(complete),
        "targets": {"skeleton_s": SKELETON_TARGET_S, "complete_s": COMPLETE_TARGET_S},
        "review_folder": str(folder),
    }


if __name__ == "__main__":
    raise SystemExit(main())
