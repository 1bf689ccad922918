"""The bundled knowledge base and the retrieval question set are well-formed data."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.config import BUNDLED_KNOWLEDGE_DIR
from assistant.retrieval.loaders import load_document
from assistant.retrieval.markdown import split_front_matter
from evals.datasets import load_retrieval_questions
from evals.sections import heading_names

GUIDES = sorted(BUNDLED_KNOWLEDGE_DIR.rglob("*.md"))


def test_enough_guides_in_each_language() -> None:
    assert len([g for g in GUIDES if g.parent.name == "en"]) >= 14
    assert len([g for g in GUIDES if g.parent.name == "fr"]) >= 6


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_guide_front_matter_and_sidecar(guide: Path) -> None:
    front, _ = split_front_matter(guide.read_text(encoding="utf-8"))
    assert {"title", "language", "audience", "topics"} <= set(front)
    assert front["language"] == guide.parent.name
    assert set(front["audience"]) <= {"mentee", "mentor", "trainer"}
    document = load_document(guide, guide.name, 10_000_000)
    assert len(document.sections) >= 5
    assert document.notes == (), "every sidecar key must resolve to a section"
    if guide.with_name(f"{guide.stem}.questions.yaml").exists():
        assert document.questions


def test_question_set_points_at_real_guides_and_headings() -> None:
    questions = load_retrieval_questions()
    assert sum(q.lang == "en" for q in questions) >= 60
    assert sum(q.lang == "fr" for q in questions) >= 20
    assert len({q.question for q in questions}) == len(questions)
    for q in questions:
        for guide, section in q.relevant():
            path = BUNDLED_KNOWLEDGE_DIR / guide
            assert path.exists(), guide
            assert section in heading_names(path.read_text(encoding="utf-8")), (guide, section)
            assert guide.startswith(f"{q.lang}/")
        if q.also:  # a section added after reading it says why, and when
            assert "added 20" in q.note, q.question
