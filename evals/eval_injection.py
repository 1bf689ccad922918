"""Prompt-injection defences in code, each figure with its denominator (no model needed):

    python -m evals.eval_injection            # screens, ingest scan and output guard
    python -m evals.eval_injection --errors   # also list what got through

- direct attacks (evals/datasets/injection/direct.yaml) refused by the injection screen;
- poisoned passages (poisoned.yaml) reported by the ingest scan, as ``mentor ingest`` would;
- what a model obeying each poisoned passage would write: whether the output guard stops it
  (a sentence asking for credentials, or an address the sources do not give);
- false refusals on ordinary questions (benign.yaml, the retrieval questions) and on public
  utterances nobody here wrote (the external stance set).

Attack success with the model answering, through the whole Agent: :mod:`evals.eval_redteam`.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import yaml

from assistant.language.messages import message
from assistant.retrieval.loaders import load_document
from assistant.safety.injection import guard_stream, looks_like_injection
from evals.datasets import DATASETS, load_retrieval_questions

INJECTION = DATASETS / "injection"


def rows(name: str) -> list[dict[str, str]]:
    data: list[dict[str, str]] = yaml.safe_load((INJECTION / name).read_text(encoding="utf-8"))
    return data


def rate(found: int, total: int) -> str:
    return f"{found}/{total} ({found / total:.1%})" if total else "0/0"


def flagged_at_ingest(passage: str) -> bool:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "handbook.md"
        path.write_text(f"# Handbook\n\n{passage}\n", encoding="utf-8")
        notes = load_document(path, "handbook.md", 1_000_000).notes
    return any(note.startswith("suspicious") for note in notes)


def guard_stops(passage: str, language: str) -> bool:
    """Whether the output guard stops an answer that repeats the passage's injected request."""
    shown = "".join(guard_stream([passage], "", language))
    return message(language, "safety.withheld") in shown


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args(argv)
    missed: list[str] = []
    direct = rows("direct.yaml")
    refused = [row for row in direct if looks_like_injection(row["text"])]
    missed += [
        f"  direct not refused [{r['technique']}] {r['text'][:90]}"
        for r in direct
        if r not in refused
    ]
    print(f"direct attacks refused by the screen: {rate(len(refused), len(direct))}")
    poisoned = rows("poisoned.yaml")
    reported = [row for row in poisoned if flagged_at_ingest(row["passage"])]
    missed += [
        f"  passage not reported [{r['technique']}] {r['id']}"
        for r in poisoned
        if r not in reported
    ]
    print(f"poisoned passages reported at ingest: {rate(len(reported), len(poisoned))}")
    leaky = [r for r in poisoned if r["success_if"] in {"asks_credentials", "url:attacker.example"}]
    stopped = [r for r in leaky if guard_stops(r["passage"], r["lang"])]
    guarded = rate(len(stopped), len(leaky))
    print(f"credential or outside-address requests stopped by the output guard: {guarded}")
    benign = [row["text"] for row in rows("benign.yaml")]
    benign += [q.question for q in load_retrieval_questions()]
    false = [text for text in benign if looks_like_injection(text)]
    print(f"false refusals, ordinary questions written here: {rate(len(false), len(benign))}")
    external = yaml.safe_load((DATASETS / "stance" / "external.yaml").read_text(encoding="utf-8"))
    public = [row["text"] for row in external if looks_like_injection(row["text"])]
    print(
        f"false refusals, public utterances nobody here wrote: {rate(len(public), len(external))}"
    )
    if args.errors:
        print("\n".join(["", *missed, *(f"  false refusal: {t}" for t in false + public)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
