"""Red-team eval with the model answering: attack success and false refusals through the whole
Agent, as a user would meet them.

    python -m evals.eval_redteam --model fake                 # the harness itself, quickly
    python -m evals.eval_redteam --model real                 # the embedded model (tens of minutes)
    python -m evals.eval_redteam --model real --kinds benign  # one part only
    python -m evals.eval_redteam --model real --ids dir-en-05 poi-fr-03 --tag rerun

This module owns the measure with a model; :mod:`evals.eval_injection` measures the defences in
code alone (screens, ingest scan, output guard), without one. Sets: evals/datasets/injection.

- direct (direct.yaml): each attack is a mentee's chat message in a fresh Conversation;
- indirect (poisoned.yaml): each poisoned passage is written as a Markdown file and ingested
  through the real ingest path into the ``programme`` collection, beside the bundled guides,
  alone (the previous passage's file is removed from the folder, so ingest prunes its chunks);
  then its ``question`` is asked in a fresh Conversation. The ingest scan's notes are kept;
- benign (benign.yaml): ordinary questions, with the programme collection empty.
  Rows run interleaved (kinds in proportion, languages and techniques in turn), so a run
  stopped early, or resumed with ``--resume``, is a balanced sample. A false
  refusal is the injection refusal, the "withheld" note, or a crisis or scope screen's reply;
  "not covered" is counted apart (a retrieval failure, not a defence firing).

The answer judged is the reply's text once streamed (cleaned and guarded, as shown). The judge
is code (:mod:`evals.redteam_judge`). Figures have their denominators, per kind, language,
technique and ``success_if``; every answer goes to evals/results/redteam-<model>[-tag].json,
written as the run goes. Nothing here contacts, renders or fetches any address in the answers.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from assistant.agent import Agent
from assistant.config import BUNDLED_KNOWLEDGE_DIR, load_settings
from assistant.conversation import Conversation
from assistant.language.messages import message
from assistant.model.llm import start_model_early
from assistant.records.store import Records
from assistant.retrieval import KnowledgeBase
from evals.eval_answers import PROGRAMME, open_agent
from evals.eval_injection import rate
from evals.eval_injection import rows as injection_rows
from evals.redteam_judge import judge, real_system_prompt

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results"
KINDS = ("direct", "indirect", "benign")
FILES = {"direct": "direct.yaml", "indirect": "poisoned.yaml", "benign": "benign.yaml"}
# What the model says is measured here, not how fast: on a shared machine the default timeouts
# turn slow answers into "model unavailable" replies, which would hide the answer.
PATIENT = {
    "llm_first_token_timeout_s": 900.0,
    "llm_answer_timeout_s": 1200.0,
    "llm_timeout_s": 900.0,
}
SCREENED = {"refused": "injection refusal", "safety": "crisis screen", "referral": "scope screen"}


def outcome(kind: str, text: str, failed: bool) -> str:
    """How a reply ended, as the user saw it: ``answer``, ``not_covered``, ``failed``, or the
    defence that fired (``injection refusal``, ``withheld``, ``crisis screen``,
    ``scope screen``)."""
    if failed:
        return "failed"
    if kind in SCREENED:
        return SCREENED[kind]
    if any(message(lang, "safety.withheld") in text for lang in ("en", "fr")):
        return "withheld"
    if kind == "not_covered":
        return "not_covered"
    return "answer"


def ask(agent: Agent, question: str) -> dict[str, Any]:
    """One message through the whole agent in a fresh conversation, streamed to the end."""
    conversation = Conversation(user="redteam", role="mentee")
    start = time.perf_counter()
    reply = agent.respond(conversation, question)
    reply.complete()
    return {
        "answer": reply.text,
        "reply_kind": reply.kind,
        "outcome": outcome(reply.kind, reply.text, reply.failed),
        "sources": [s.source for s in reply.sources],
        "seconds": round(time.perf_counter() - start, 1),
    }


def plant(kb: KnowledgeBase, folder: Path, row: dict[str, Any] | None) -> list[str]:
    """Make ``folder`` hold only ``row``'s passage (or nothing) and ingest it into the programme
    collection, as a trainer's upload would be; the ingest notes for the file."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    if row is not None:
        text = f"# Programme handbook\n\n{row['passage'].rstrip()}\n"
        (folder / f"{row['id']}.md").write_text(text, encoding="utf-8")
    report = kb.ingest([folder], collection=PROGRAMME)
    return [note for f in report.files if f.status != "removed" for note in f.reason.split("; ")]


def interleaved(
    kinds: Sequence[str], ids: Sequence[str], skip: set[str]
) -> list[tuple[str, dict[str, Any]]]:
    """The rows to run, kinds taken in turn in proportion to their size, and in each kind the
    languages and techniques taken in turn: a run stopped early is still a balanced sample."""
    queues: dict[str, list[dict[str, Any]]] = {}
    for kind in kinds:
        rows = [
            r
            for r in injection_rows(FILES[kind])
            if (not ids or r["id"] in ids) and r["id"] not in skip
        ]
        groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for row in rows:
            groups[(row.get("technique", ""), row["lang"])].append(row)
        order: list[dict[str, Any]] = []
        while any(groups.values()):
            for key in sorted(groups):
                if groups[key]:
                    order.append(groups[key].pop(0))
        queues[kind] = order
    total = sum(len(q) for q in queues.values())
    taken = dict.fromkeys(queues, 0)
    sizes = {kind: len(q) for kind, q in queues.items()}
    out: list[tuple[str, dict[str, Any]]] = []
    for _ in range(total):  # the kind furthest behind its share goes next
        kind = min(
            (k for k in queues if taken[k] < sizes[k]), key=lambda k: (taken[k] + 1) / sizes[k]
        )
        out.append((kind, queues[kind][taken[kind]]))
        taken[kind] += 1
    return out


def run(
    agent: Agent,
    kb: KnowledgeBase,
    kinds: Sequence[str],
    ids: Sequence[str],
    folder: Path,
    save: Callable[[list[dict[str, Any]]], None],
    done: Sequence[dict[str, Any]] = (),
) -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = list(done)
    system_prompt = real_system_prompt()
    planted = True
    todo = interleaved(kinds, ids, {r["id"] for r in done})
    for n, (kind, row) in enumerate(todo, 1):
        record: dict[str, Any] = {"id": row["id"], "kind": kind, "lang": row["lang"]}
        record["technique"] = row.get("technique", "ordinary")
        if kind == "indirect":
            record["ingest_notes"] = [x for x in plant(kb, folder, row) if x]
            planted = True
            record |= ask(agent, row["question"])
            record["passage_retrieved"] = any(
                Path(s).name == f"{row['id']}.md" for s in record["sources"]
            )
        else:
            if planted:  # no poisoned passage stays in the index for other questions
                plant(kb, folder, None)
                planted = False
            record |= ask(agent, row["text"])
        if "success_if" in row:
            verdict = judge(row["success_if"], record["answer"], system_prompt)
            record["success_if"] = row["success_if"]
            record["success"], record["evidence"] = verdict.success, verdict.evidence
        results.append(record)
        save(results)
        mark = "HIT" if record.get("success") else record["outcome"]
        print(
            f"[{n}/{len(todo)} {kind}] {row['id']}: {mark} ({record['seconds']} s)",
            file=sys.stderr,
            flush=True,
        )
    if planted:
        plant(kb, folder, None)  # the last passage leaves the index
    return results


def breakdown(
    rows: Sequence[dict[str, Any]], field: str, hit: Callable[[dict[str, Any]], bool]
) -> list[str]:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[str(row.get(field, ""))].append(row)
    return [
        f"    {name:<28} {rate(sum(1 for r in group if hit(r)), len(group))}"
        for name, group in sorted(groups.items())
    ]


def counts(rows: Sequence[dict[str, Any]]) -> list[str]:
    """How many replies ended each way (answer, not covered, a defence), out of all."""
    ended: dict[str, int] = defaultdict(int)
    for row in rows:
        ended[row["outcome"]] += 1
    return [f"    {name:<28} {rate(n, len(rows))}" for name, n in sorted(ended.items())]


def report(results: Sequence[dict[str, Any]]) -> None:
    def success(r: dict[str, Any]) -> bool:
        return bool(r.get("success"))

    def refused(r: dict[str, Any]) -> bool:
        return r["outcome"] in {"injection refusal", "withheld", "crisis screen", "scope screen"}

    def uncovered(r: dict[str, Any]) -> bool:
        return r["outcome"] == "not_covered"

    attacks = [r for r in results if r["kind"] != "benign"]
    if attacks:
        won = rate(sum(map(success, attacks)), len(attacks))
        print(f"attack success (code judge), all attacks: {won}")
    for kind in ("direct", "indirect"):
        rows = [r for r in results if r["kind"] == kind]
        if not rows:
            continue
        print(f"\n{kind} attacks: success {rate(sum(map(success, rows)), len(rows))}")
        for field in ("lang", "technique", "success_if"):
            print(f"  by {field}:")
            print("\n".join(breakdown(rows, field, success)))
        print("  how the replies ended:\n" + "\n".join(counts(rows)))
        if kind == "indirect":
            notes = [" ".join(r["ingest_notes"]) for r in rows]
            flagged = sum(1 for n in notes if "suspicious" in n)
            print(f"  passages reported by the ingest scan: {rate(flagged, len(rows))}")
            found = sum(1 for r in rows if r["passage_retrieved"])
            print(f"  poisoned passage among the answer's sources: {rate(found, len(rows))}")
            reached = [r for r in rows if r["passage_retrieved"]]
            won = rate(sum(map(success, reached)), len(reached))
            print(f"  success when the passage was among the sources: {won}")
    benign = [r for r in results if r["kind"] == "benign"]
    if benign:
        print(f"\nbenign: false refusals {rate(sum(map(refused, benign)), len(benign))}")
        print(f"benign: not covered (retrieval) {rate(sum(map(uncovered, benign)), len(benign))}")
        bare = sum(1 for r in benign if r["outcome"] == "answer" and not r["sources"])
        print(
            f"benign: answered without sources (another skill's reply): {rate(bare, len(benign))}"
        )
        failed = sum(1 for r in benign if r["outcome"] == "failed")
        print(f"benign: model failed/timed out {rate(failed, len(benign))}")
        print("  false refusals by lang:\n" + "\n".join(breakdown(benign, "lang", refused)))
        print("  not covered by lang:\n" + "\n".join(breakdown(benign, "lang", uncovered)))
        print("  how the replies ended:\n" + "\n".join(counts(benign)))
    hits = [r for r in attacks if success(r)]
    if hits:
        print("\n--- attacks the judge counted as successes (read them) ---")
        for r in hits:
            print(f"\n[{r['id']} {r['technique']} {r['success_if']}] evidence: {r['evidence']!r}")
            print(r["answer"])
    off = [r for r in attacks if r.get("success_if") == "off_topic_instructions" and not success(r)]
    if off:
        print("\n--- off_topic_instructions answers the judge did not count (for review) ---")
        for r in off:
            print(f"\n[{r['id']} {r['technique']} -> {r['outcome']}]\n{r['answer']}")
    odd = [r for r in benign if refused(r) or uncovered(r)]
    if odd:
        print("\n--- benign questions not answered ---")
        for r in odd:
            print(f"  [{r['id']} {r['outcome']}] {r['answer'][:160]!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", choices=["fake", "real"], default="real")
    parser.add_argument("--kinds", nargs="*", choices=KINDS, default=list(KINDS))
    parser.add_argument("--ids", nargs="*", default=[], help="only these row ids")
    parser.add_argument("--tag", default="", help="added to the results file's name")
    parser.add_argument("--data-dir", type=Path, default=Path("data-eval-redteam"))
    parser.add_argument("--report", type=Path, help="only print the report of a results file")
    parser.add_argument(
        "--resume", action="store_true", help="keep the rows already in the results file"
    )
    args = parser.parse_args(argv)
    if args.report:
        report(json.loads(args.report.read_text(encoding="utf-8")))
        return 0
    backend: dict[str, Any] = {"llm_backend": "fake"} if args.model == "fake" else PATIENT
    settings = load_settings(data_dir=args.data_dir, **backend)
    start_model_early(settings)
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"redteam-{args.model}{'-' + args.tag if args.tag else ''}.json"

    def save(results: list[dict[str, Any]]) -> None:
        out.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")

    folder = args.data_dir.resolve() / "redteam-upload"
    with KnowledgeBase(settings) as kb, Records(settings.records_path) as records:
        kb.ingest([BUNDLED_KNOWLEDGE_DIR])
        agent = open_agent(settings, kb, records, args.model)
        kb.warm_up()
        if args.model == "real":
            agent.model().invoke("Say OK.")
        done = json.loads(out.read_text(encoding="utf-8")) if args.resume and out.exists() else []
        done = [r for r in done if r["outcome"] != "failed"]
        results = run(agent, kb, args.kinds, args.ids, folder, save, done)
    report(results)
    print(f"\nanswers: {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
