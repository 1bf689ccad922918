"""Ingestion into a real embedded Chroma: idempotency, edits, deletions, bad files, crashes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from assistant.config import Settings
from assistant.retrieval import KnowledgeBase, SearchFilter
from tests.fakes import HashingEmbedder

GROW = {
    "Goal": "Agree what the mentee wants to achieve by the end of the conversation.",
    "Reality": "Explore where the mentee stands today, with facts and examples.",
}
SMART = {
    "Specific": "A specific goal names exactly what will change.",
    "Time-bound": "A time-bound goal carries a deadline, such as the end of June.",
}


@pytest.fixture
def two_guides(write_guide: Callable[..., Path]) -> tuple[Path, Path]:
    return write_guide("en/grow.md", "The GROW model", GROW), write_guide(
        "en/smart.md", "SMART goals", SMART
    )


def test_first_ingest_adds_every_file(kb: KnowledgeBase, docs_dir: Path, two_guides) -> None:
    report = kb.ingest([docs_dir])
    assert report.count("added") == 2
    assert report.chunks_written == kb.store.count() == 4
    assert {f.source for f in report.files} == {"knowledge/en/grow.md", "knowledge/en/smart.md"}


def test_a_fresh_store_gets_the_bundled_guides_once(kb: KnowledgeBase, two_guides) -> None:
    assert kb.is_empty()
    report = kb.index_bundled_if_empty()
    assert report is not None and report.count("added") == 2
    assert not kb.is_empty() and kb.store.collection_counts() == {"guides": 4}
    assert kb.index_bundled_if_empty() is None


def test_a_store_holding_only_a_programmes_documents_is_not_given_the_guides(
    kb: KnowledgeBase, tmp_path: Path, two_guides
) -> None:
    other = tmp_path / "programme"
    other.mkdir()
    (other / "rules.md").write_text("# Programme rules\n\n## Cadence\nPairs meet monthly.\n")
    kb.ingest([other], collection="programme")
    assert kb.index_bundled_if_empty() is None
    assert kb.store.collection_counts() == {"programme": 1}


def test_reingest_changes_nothing(
    kb: KnowledgeBase, embedder: HashingEmbedder, docs_dir: Path, two_guides
) -> None:
    kb.ingest([docs_dir])
    version = kb.store.version()
    calls = len(embedder.calls)
    report = kb.ingest([docs_dir])
    assert report.count("unchanged") == 2
    assert (report.chunks_written, report.chunks_deleted, report.chunks_unchanged) == (0, 0, 4)
    assert len(embedder.calls) == calls, "nothing is re-embedded"
    assert kb.store.version() == version, "the store is not touched"


def test_editing_one_guide_rewrites_only_its_changed_chunks(
    kb: KnowledgeBase,
    embedder: HashingEmbedder,
    docs_dir: Path,
    write_guide: Callable[..., Path],
    two_guides,
) -> None:
    kb.ingest([docs_dir])
    before = kb.store.content_hashes("guides")
    write_guide("en/grow.md", "The GROW model", {**GROW, "Reality": "Changed reality text."})
    embedder.calls.clear()
    report = kb.ingest([docs_dir])
    after = kb.store.content_hashes("guides")
    assert [(f.source, f.status) for f in report.files] == [
        ("knowledge/en/grow.md", "updated"),
        ("knowledge/en/smart.md", "unchanged"),
    ]
    assert report.chunks_written == 1
    assert embedder.embedded_texts == ["The GROW model — Reality\n\nChanged reality text."]
    assert after["knowledge/en/smart.md"] == before["knowledge/en/smart.md"]


def test_shortened_guide_loses_its_extra_chunks(
    kb: KnowledgeBase, docs_dir: Path, write_guide: Callable[..., Path], two_guides
) -> None:
    kb.ingest([docs_dir])
    write_guide("en/grow.md", "The GROW model", {"Goal": GROW["Goal"]})
    report = kb.ingest([docs_dir])
    assert report.chunks_deleted == 1
    assert len(kb.store.content_hashes("guides")["knowledge/en/grow.md"]) == 1
    hits = kb.search("where the mentee stands today facts examples")
    assert all(h.section != "Reality" for h in hits)


def test_deleted_guide_loses_all_its_chunks(kb: KnowledgeBase, docs_dir: Path, two_guides) -> None:
    kb.ingest([docs_dir])
    two_guides[1].unlink()
    report = kb.ingest([docs_dir])
    assert ("knowledge/en/smart.md", "removed") in [(f.source, f.status) for f in report.files]
    assert set(kb.store.content_hashes("guides")) == {"knowledge/en/grow.md"}
    assert all(h.title != "SMART goals" for h in kb.search("deadline specific goal"))


def test_ingesting_one_folder_does_not_prune_another(
    kb: KnowledgeBase, docs_dir: Path, write_guide: Callable[..., Path], two_guides
) -> None:
    write_guide("fr/grow.md", "Le modèle GROW", {"Objectif": "Le but."}, language="fr")
    kb.ingest([docs_dir])
    report = kb.ingest([docs_dir / "en"])
    assert report.count("removed") == 0
    assert "knowledge/fr/grow.md" in kb.store.content_hashes("guides")


def test_bad_files_are_reported_and_the_rest_ingests(
    kb: KnowledgeBase, docs_dir: Path, two_guides
) -> None:
    (docs_dir / "empty.md").write_text("")
    (docs_dir / "photo.md").write_bytes(b"\x89PNG\x00\x00" * 100)
    (docs_dir / "broken.pdf").write_bytes(b"%PDF-1.7\n garbage")
    (docs_dir / "picture.png").write_bytes(b"\x89PNG")  # unsupported types in folders are ignored
    report = kb.ingest([docs_dir])
    skipped = {f.source.rsplit("/", 1)[-1]: f.reason for f in report.files if f.status == "skipped"}
    assert set(skipped) == {"empty.md", "photo.md", "broken.pdf"}
    assert "empty" in skipped["empty.md"] and "binary" in skipped["photo.md"]
    assert report.count("added") == 2
    assert "2 added" in report.summary() and "3 skipped" in report.summary()


def test_a_guide_that_turns_corrupt_keeps_its_previous_chunks(
    kb: KnowledgeBase, docs_dir: Path, two_guides
) -> None:
    kb.ingest([docs_dir])
    two_guides[0].write_bytes(b"\x00\x01\x02" * 100)
    report = kb.ingest([docs_dir])
    assert ("knowledge/en/grow.md", "skipped") in [(f.source, f.status) for f in report.files]
    assert len(kb.store.content_hashes("guides")["knowledge/en/grow.md"]) == 2


def test_crash_mid_ingest_loses_nothing_and_a_rerun_completes(
    settings: Settings, docs_dir: Path, write_guide: Callable[..., Path], monkeypatch
) -> None:
    monkeypatch.setattr("assistant.retrieval.ingest.FLUSH_CHUNKS", 2)
    for n in range(4):
        write_guide(f"g{n}.md", f"Guide {n}", {"Part": f"Text number {n} about goals."})
    kb = KnowledgeBase(settings, embedder=HashingEmbedder(fail_after=1))
    with pytest.raises(RuntimeError, match="simulated crash"):
        kb.ingest([docs_dir])
    assert kb.store.count() == 2  # the first batch landed

    healthy = KnowledgeBase(settings, embedder=HashingEmbedder())
    assert len(healthy.lexical().ids) == 2, "the lexical index was marked stale and rebuilt"
    report = healthy.ingest([docs_dir])
    assert report.chunks_written == 2 and report.chunks_unchanged == 2
    assert healthy.store.count() == 4
    assert len(healthy.lexical().ids) == 4


def test_collections_are_separate(
    kb: KnowledgeBase, docs_dir: Path, tmp_path: Path, two_guides
) -> None:
    other = tmp_path / "programme"
    other.mkdir()
    (other / "rules.md").write_text("# Programme rules\n\n## Cadence\nPairs meet monthly.\n")
    kb.ingest([docs_dir])
    report = kb.ingest([other], collection="programme")
    assert report.count("added") == 1
    assert kb.store.collection_counts() == {"guides": 4, "programme": 1}
    hits = kb.search("how often do pairs meet", where=SearchFilter(collection="programme"))
    assert [h.collection for h in hits] == ["programme"]
    assert hits[0].source.endswith("/programme/rules.md")


def test_a_reader_that_rebuilt_mid_ingest_sees_the_final_contents(
    settings: Settings, docs_dir: Path, write_guide: Callable[..., Path], monkeypatch
) -> None:
    """Another process (e.g. a second machine in server mode) may rebuild its BM25 cache while an
    ingest is half-way; it must not keep that partial index once the ingest is done."""
    monkeypatch.setattr("assistant.retrieval.ingest.FLUSH_CHUNKS", 2)
    for n in range(4):
        write_guide(f"g{n}.md", f"Guide {n}", {"Part": f"Text number {n} about goals."})
    reader = KnowledgeBase(settings, embedder=HashingEmbedder())

    class RebuildingMidway(HashingEmbedder):
        def embed(self, texts: list[str]) -> np.ndarray:
            if self.calls:  # a batch already landed: the reader refreshes now
                reader._checked_at = 0.0
                assert len(reader.lexical().ids) == 2
            return super().embed(texts)

    with KnowledgeBase(settings, embedder=RebuildingMidway()) as writer:
        writer.ingest([docs_dir])
    reader._checked_at = 0.0  # as if the cache's trust period had passed
    assert len(reader.lexical().ids) == 4
    reader.close()
