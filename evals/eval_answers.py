"""Answer-quality eval: ask the assistant real questions and score the answers, not the retrieval.

    python -m evals.eval_answers                       # embedded model, our questions (long)
    python -m evals.eval_answers --set external        # questions on documents others wrote
    python -m evals.eval_answers --model fake --limit 5  # the harness itself, in seconds
    python -m evals.eval_answers --split dev           # tune on dev only; test is for reporting

Questions: evals/datasets/answers/questions.yaml (ours: guides + a fictional programme handbook
ingested as the programme's collection) and evals/datasets/external/questions.yaml (public
mentoring-programme documents written by others, ingested as a programme collection beside our
guides). Each answer goes through the whole agent (screens, routing, retrieval, model, checks)
as a user would meet it, and is scored by :mod:`evals.answer_scoring`. Figures per language:
key-point coverage, unsupported sentences, bare lines, answers with wrong-language words,
"not covered" precision and recall, time to first token and to the end. Answers and scores are
written to evals/results/answers-<set>-<model>.json for review.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

import yaml

from assistant.agent import Agent
from assistant.config import BUNDLED_KNOWLEDGE_DIR, load_settings
from assistant.conversation import Conversation
from assistant.model.llm import start_model_early
from assistant.records.store import Records
from assistant.retrieval import KnowledgeBase
from evals.answer_scoring import AnswerScore, Summary, score_answer, summarise
from evals.datasets import DATASETS
from evals.sections import SectionMap

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results"
SETS = {
    "answers": (DATASETS / "answers" / "questions.yaml", DATASETS / "answers" / "handbook"),
    "external": (DATASETS / "external" / "questions.yaml", DATASETS / "external" / "docs"),
}
PROGRAMME = "programme"  # the collection a programme's own documents go into
SILENT = {"not_covered", "referral", "refused", "safety", "invalid"}  # kinds that answer nothing


def load_rows(which: str, split: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = yaml.safe_load(SETS[which][0].read_text(encoding="utf-8"))
    return [r for r in rows if split == "all" or r.get("split", "dev") == split]


def section_text(source: str, section: str) -> str:
    """The text of ``section`` ("A > B", sub-sections included) of the Markdown file ``source``
    (the whole file for ""); "" when the file cannot be read."""
    path = Path(source) if Path(source).is_absolute() else ROOT / source
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return ""
    if not section:
        return text
    sections = SectionMap(text)
    wanted = tuple(section.split(" > "))
    spans = [
        (start, sections.starts[i + 1] if i + 1 < len(sections.starts) else len(text))
        for i, (start, path_) in enumerate(zip(sections.starts, sections.paths, strict=True))
        if path_[: len(wanted)] == wanted
    ]
    return "\n".join(text[a:b] for a, b in spans)


def ask(agent: Agent, row: dict[str, Any]) -> tuple[str, bool, list[Any], float | None, float]:
    """One question through the agent: the answer, whether it answered, the sources it cites,
    seconds to the first piece and to the end."""
    conversation = Conversation(user="eval", role=row.get("role", "mentee"))
    start = time.perf_counter()
    reply = agent.respond(conversation, row["question"])
    first: float | None = None
    for _ in reply:
        if first is None:
            first = time.perf_counter() - start
    total = time.perf_counter() - start
    return reply.text, reply.kind not in SILENT and not reply.failed, reply.cited, first, total


def evaluate(
    agent: Agent, rows: Sequence[dict[str, Any]], progress: bool = True
) -> list[dict[str, Any]]:
    results = []
    for n, row in enumerate(rows, 1):
        text, answered, cited, first, total = ask(agent, row)
        passages = [section_text(s.source, s.section) or s.excerpt for s in cited]
        headings = [s.heading for s in cited]
        score = score_answer(row, text, answered, passages, headings)
        score.first_token_s, score.total_s = first, total
        results.append({"question": row["question"], "answer": text, "score": asdict(score)})
        if progress:
            mark = f"{score.points_covered}/{score.points}" if answered else "not covered"
            print(f"[{n}/{len(rows)}] {row['id']}: {mark} ({total:.1f} s)", file=sys.stderr)
    return results


def _fmt(value: float | None, digits: int = 2) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def report(results: Sequence[dict[str, Any]], out: Any = sys.stdout) -> dict[str, Summary]:
    scores = [AnswerScore(**r["score"]) for r in results]
    groups = {"all": scores} | {
        lang: [s for s in scores if s.lang == lang] for lang in sorted({s.lang for s in scores})
    }
    summaries = {name: summarise(group) for name, group in groups.items()}
    print(
        "| set | answers | key points | unsupported sentences | bare lines | foreign words "
        "| not covered P / R | contradictions | first token p50 | total p50 |",
        file=out,
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|", file=out)
    for name, s in summaries.items():
        (got, expected), (bad, said) = s.points, s.unsupported
        print(
            f"| {name} | {s.answers} | {got}/{expected} ({_fmt(s.coverage)}) "
            f"| {bad}/{said} ({_fmt(bad / said if said else None, 3)}) | {s.bare_lines} "
            f"| {s.answers_with_foreign_words} | {_fmt(s.not_covered_precision)} / "
            f"{_fmt(s.not_covered_recall)} | {s.contradictions} | {_fmt(s.first_token_p50, 1)} s "
            f"| {_fmt(s.total_p50, 1)} s |",
            file=out,
        )
    kinds = sorted({s.kind for s in scores})
    print("\n| kind | answers | key points |\n|---|---:|---:|", file=out)
    for kind in kinds:
        group = [s for s in scores if s.kind == kind]
        got, expected = sum(s.points_covered for s in group), sum(s.points for s in group)
        print(f"| {kind} | {len(group)} | {got}/{expected} |", file=out)
    return summaries


def open_agent(settings: Any, kb: KnowledgeBase, records: Records, model: str) -> Agent:
    if model == "fake":
        from assistant.model.fake import ScriptedChatModel

        script = [
            "Mentoring is a relationship in which an experienced person shares advice [1].",
            "[1] [2] [3]",
            "The guides suggest agreeing on goals early and reviewing them at each meeting [1].",
        ]
        return Agent(settings, kb, records, model=ScriptedChatModel(script=script))
    return Agent(settings, kb, records)


def ingest_once(kb: KnowledgeBase, folders: Iterable[tuple[Path, str | None]]) -> None:
    """Index the guides and the set's documents (incremental: unchanged files are skipped)."""
    for folder, collection in folders:
        kb.ingest([folder], collection=collection)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=sorted(SETS), default="answers", dest="which")
    parser.add_argument("--model", choices=["fake", "real"], default="real")
    parser.add_argument("--split", choices=["dev", "test", "all"], default="all")
    parser.add_argument("--limit", type=int, default=0, help="the first N questions only")
    parser.add_argument("--ids", nargs="*", default=[], help="only these question ids")
    parser.add_argument(
        "--data-dir", type=Path, default=Path("data-eval-answers"), help="index (reused)"
    )
    args = parser.parse_args(argv)
    rows = load_rows(args.which, args.split)
    rows = [r for r in rows if not args.ids or r["id"] in args.ids]
    rows = rows[: args.limit] if args.limit else rows
    backend: dict[str, Any] = {"llm_backend": "fake"} if args.model == "fake" else {}
    settings = load_settings(data_dir=args.data_dir, **backend)
    start_model_early(settings)
    with KnowledgeBase(settings) as kb, Records(settings.records_path) as records:
        ingest_once(kb, [(BUNDLED_KNOWLEDGE_DIR, None), (SETS[args.which][1], PROGRAMME)])
        agent = open_agent(settings, kb, records, args.model)
        kb.warm_up()  # times are per answer, as in a running app: indexes and model loaded
        if args.model == "real":
            agent.model().invoke("Say OK.")
        results = evaluate(agent, rows)
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"answers-{args.which}-{args.model}-{args.split}.json"
    out.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(rows)} questions ({args.which}, split {args.split}, model {args.model})")
    report(results)
    print(f"\nanswers: {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
