"""Anticipated-question sidecars (guide.questions.yaml): loading, indexing and search."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from assistant.retrieval import KnowledgeBase, LoadError
from assistant.retrieval.chunking import chunk_document
from assistant.retrieval.loaders import load_document

MATCHING = {
    "Matching criteria": "Pair people on goals, availability and experience gaps.",
    "Launch": "Open the programme with a kick-off event for every participant.",
}


@pytest.fixture
def guide(write_guide: Callable[..., Path]) -> Path:
    path = write_guide("design.md", "Programme design", MATCHING)
    path.with_name("design.questions.yaml").write_text(
        '"Matching criteria":\n  - "How do we decide which mentee goes with which mentor?"\n'
        '"Nowhere":\n  - "A question for a heading that does not exist"\n',
        encoding="utf-8",
    )
    return path


def test_sidecar_questions_attach_to_their_section(guide: Path) -> None:
    document = load_document(guide, "design.md", 10_000)
    assert document.questions == {
        "Matching criteria": ("How do we decide which mentee goes with which mentor?",)
    }
    assert document.notes == ("questions for unknown or ambiguous section 'Nowhere' ignored",)


def test_question_entries_target_the_first_chunk_of_their_section(guide: Path) -> None:
    chunks = chunk_document(load_document(guide, "design.md", 10_000), "guides", 400, 50)
    texts = [c for c in chunks if c.metadata["role"] == "chunk"]
    [question] = [c for c in chunks if c.metadata["role"] == "question"]
    assert question.metadata["target"] == texts[0].id
    assert question.metadata["section"] == "Matching criteria"
    assert question.embed_text == "How do we decide which mentee goes with which mentor?"


@pytest.mark.parametrize(
    ("content", "message"),
    [("a: [unclosed", "not valid YAML"), ("- a list", "must map section headings")],
)
def test_bad_sidecar_is_a_clear_error(guide: Path, content: str, message: str) -> None:
    guide.with_name("design.questions.yaml").write_text(content)
    with pytest.raises(LoadError, match=message):
        load_document(guide, "design.md", 10_000)


def test_search_returns_the_section_text_never_the_question(
    kb: KnowledgeBase, docs_dir: Path, guide: Path
) -> None:
    report = kb.ingest([docs_dir])
    assert (report.chunks_written, report.questions_written) == (2, 1)
    assert "Nowhere" in report.files[0].reason
    hits = kb.search("which mentee goes with which mentor", k=2)
    assert hits[0].section == "Matching criteria"
    assert hits[0].text == MATCHING["Matching criteria"]
    assert len({h.id for h in hits}) == len(hits)
    assert kb.store.collection_counts() == {"guides": 2}


def test_editing_only_the_sidecar_updates_the_guide(
    kb: KnowledgeBase, docs_dir: Path, guide: Path
) -> None:
    kb.ingest([docs_dir])
    guide.with_name("design.questions.yaml").write_text('"Launch":\n  - "How do we kick off?"\n')
    report = kb.ingest([docs_dir])
    assert report.files[0].status == "updated"
    assert (report.chunks_written, report.questions_written, report.chunks_deleted) == (0, 1, 1)


def test_a_parent_heading_without_text_leads_to_its_first_subsection(docs_dir: Path) -> None:
    path = docs_dir / "forms.md"
    path.write_text(
        "# Forms\n## Formal and informal\n### Formal\nSchemes.\n### Informal\nAd hoc.\n"
    )
    path.with_name("forms.questions.yaml").write_text('"Formal and informal":\n  - "Which kind?"\n')
    document = load_document(path, "forms.md", 10_000)
    assert document.questions == {"Formal and informal > Formal": ("Which kind?",)}
    assert document.notes == ()
