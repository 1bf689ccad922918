"""Recall@5 of our question set and the external one through ``KnowledgeBase.search``, on a data
directory as a user built it (for instance after ``mentor ingest --questions``, which
``bench_retrieval`` does not run: it needs the chat model).

    mentor ingest                                                        # our guides
    mentor ingest evals/datasets/external/docs -c programme --questions  # others' + model questions
    python -m evals.recall_index --data-dir data
"""

from __future__ import annotations

import argparse
import collections
from pathlib import Path

from assistant.config import load_settings
from assistant.retrieval import KnowledgeBase
from evals.bench_retrieval import Result, _relative, external_questions, is_relevant
from evals.datasets import load_retrieval_questions


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, default=Path("data"))
    args = parser.parse_args(argv)
    sets = {"ours": load_retrieval_questions(), "external": external_questions()}
    found: collections.Counter[str] = collections.Counter()
    asked: collections.Counter[str] = collections.Counter()
    with KnowledgeBase(load_settings(data_dir=args.data_dir)) as kb:
        for name, questions in sets.items():
            for q in questions:
                results = [
                    Result(_relative(h.source), [tuple(h.section.split(" > "))])
                    for h in kb.search(q.question, 5)
                ]
                ok = any(is_relevant(r, q) for r in results)
                for key in (name, f"{name} {q.lang}"):
                    found[key] += ok
                    asked[key] += 1
    for key in sorted(asked):
        print(f"{key}: recall@5 {found[key]}/{asked[key]} = {found[key] / asked[key]:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
