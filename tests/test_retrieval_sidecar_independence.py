"""The anticipated-question sidecars are written from the guides, not from the retrieval eval.

``evals/datasets/retrieval`` measures how well a reader's own wording finds the right section;
a sidecar entry that repeats an eval question (or nearly: most of its words) would turn that
measure into a lookup. A paraphrase of the same need is expected (both come from the same
section); a copy is not.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assistant.language.text import tokenize
from evals.datasets import load_retrieval_questions

KNOWLEDGE = Path(__file__).resolve().parents[1] / "knowledge"
SIDECARS = sorted(KNOWLEDGE.glob("*/*.questions.yaml"))
NEAR_COPY = 0.8  # share of distinct stems in common (Jaccard) from which an entry is a copy


def overlap(a: str, b: str, language: str) -> float:
    """Jaccard similarity of the two texts' stems (stop words aside)."""
    left, right = set(tokenize(a, language)), set(tokenize(b, language))
    return len(left & right) / len(left | right) if left and right else 0.0


def test_overlap_is_one_for_a_copy_and_low_for_another_need() -> None:
    asked = "Comment préparer la première séance avec mon mentoré ?"
    assert overlap(asked, "comment preparer la premiere seance avec mon mentore", "fr") == 1.0
    assert overlap(asked, "Que dire quand la relation se termine ?", "fr") < NEAR_COPY


@pytest.mark.parametrize("sidecar", SIDECARS, ids=lambda p: p.relative_to(KNOWLEDGE).as_posix())
def test_no_sidecar_entry_copies_an_eval_question(sidecar: Path) -> None:
    language = sidecar.parent.name
    asked = [q.question for q in load_retrieval_questions() if q.lang == language]
    entries = [
        e for items in yaml.safe_load(sidecar.read_text(encoding="utf-8")).values() for e in items
    ]
    copies = [(e, q) for e in entries for q in asked if overlap(e, q, language) >= NEAR_COPY]
    assert not copies, f"sidecar entries too close to eval questions: {copies}"
