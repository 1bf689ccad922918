"""Dense search is exact: every entry's stored vector is scored, so the same contents always give
the same ranking (Chroma's approximate index left out some near entries, not the same ones from
one build to the next)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from assistant.retrieval import KnowledgeBase, SearchFilter
from assistant.retrieval.lexical import LexicalIndex


def _index(vectors: list[list[float]], languages: list[str]) -> LexicalIndex:
    ids = [f"id{n}" for n in range(len(vectors))]
    metas: list[dict[str, Any]] = [{"language": lang} for lang in languages]
    texts = [f"text {n}" for n in range(len(vectors))]
    return LexicalIndex.build(ids, texts, metas, np.asarray(vectors, dtype=np.float32))


def test_nearest_ranks_every_entry_by_cosine_best_first() -> None:
    index = _index([[1, 0], [0, 1], [1, 1], [-1, 0]], ["en"] * 4)
    rows = index.nearest(np.array([1.0, 0.2]), 4, SearchFilter())
    assert [r for r, _ in rows] == [0, 2, 1, 3]
    assert rows[0][1] == pytest.approx(1 / np.hypot(1, 0.2))


def test_nearest_keeps_to_the_filter_and_breaks_ties_by_row() -> None:
    index = _index([[1, 0], [1, 0], [1, 0], [0, 1]], ["fr", "en", "en", "en"])
    rows = index.nearest(np.array([1.0, 0.0]), 10, SearchFilter(language="en"))
    assert [r for r, _ in rows] == [1, 2, 3]


def test_a_query_from_another_model_finds_nothing_here() -> None:
    index = _index([[1, 0], [0, 1]], ["en", "en"])
    assert index.nearest(np.ones(3), 2, SearchFilter()) == []
    assert index.similarity("id0", np.ones(3)) is None
    assert index.similarity("id0", np.array([2.0, 0.0])) == pytest.approx(1.0)


def test_search_scores_every_stored_vector(indexed: KnowledgeBase) -> None:
    index = indexed.lexical()
    assert index.vectors is not None and len(index.vectors) == len(index.ids)
    stored_ids, _, _, stored = indexed.store.all_entries()
    query = indexed.embedder.embed_query("review the actions agreed last time")
    dense = indexed._dense(query, 3, SearchFilter(), index)
    cosines = stored @ query / (np.linalg.norm(stored, axis=1) * np.linalg.norm(query))
    assert [h.id for h in dense] == [stored_ids[i] for i in np.argsort(-cosines)[:3]]
    assert [h.similarity for h in dense] == pytest.approx(sorted(cosines, reverse=True)[:3])


def test_the_saved_index_keeps_the_vectors(indexed: KnowledgeBase, settings: Any) -> None:
    before = indexed.search("check-in on wellbeing", k=3)
    reopened = KnowledgeBase(settings, embedder=indexed.embedder)
    assert reopened.lexical().vectors is not None
    after = reopened.search("check-in on wellbeing", k=3)
    assert [(h.id, h.similarity) for h in after] == [(h.id, h.similarity) for h in before]


def test_an_index_saved_by_another_tokenizer_is_rebuilt(tmp_path: Any) -> None:
    index = _index([[1.0, 0.0]], ["fr"])
    index.save(tmp_path / "index", "v1")
    assert LexicalIndex.load(tmp_path / "index", "v1") is not None
    meta = tmp_path / "index" / "chunks.json"
    meta.write_text(meta.read_text().replace('"tokenizer": "', '"tokenizer": "old'))
    assert LexicalIndex.load(tmp_path / "index", "v1") is None  # its tokens may differ


def test_damaged_vectors_leave_dense_search_to_the_store(
    indexed: KnowledgeBase, settings: Any
) -> None:
    (indexed.lexical_dir / "vectors.npy").write_bytes(b"not a numpy file")
    reopened = KnowledgeBase(settings, embedder=indexed.embedder)
    assert reopened.lexical().vectors is None
    hits = reopened.search("review the actions the mentee committed to", k=1)
    assert hits[0].section == "Commitments" and hits[0].similarity is not None


def test_passages_found_by_words_alone_are_not_embedded_again(
    indexed: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = indexed.lexical()
    query = indexed.embedder.embed_query("wellbeing")
    entries = indexed.store.get(index.ids[:2])
    embedded: list[str] = []
    monkeypatch.setattr(indexed.embedder, "embed", lambda texts: embedded.extend(texts))
    found = indexed._similarity_of(query, entries, index)
    assert embedded == []
    assert found == {i: pytest.approx(index.similarity(i, query), abs=1e-4) for i in entries}
