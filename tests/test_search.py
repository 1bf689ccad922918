"""Hybrid search behaviour: citations, filters, the lexical cache, bad queries."""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from assistant.retrieval import KnowledgeBase, QueryError, SearchFilter
from assistant.retrieval.embeddings import EmbeddingModelError
from assistant.retrieval.lexical import LexicalIndex
from tests.fakes import HashingEmbedder


def test_hits_carry_citations(indexed: KnowledgeBase) -> None:
    hit = indexed.search("review the actions the mentee committed to", k=1)[0]
    assert (hit.title, hit.section, hit.source) == (
        "Session agendas",
        "Commitments",
        "knowledge/en/agenda.md",
    )
    assert hit.citation == "Session agendas — Commitments (knowledge/en/agenda.md)"
    assert hit.score > 0 and hit.text.startswith("Review the actions")


def test_results_are_sorted_and_limited(indexed: KnowledgeBase) -> None:
    hits = indexed.search("mentoring session mentor", k=2)
    assert len(hits) == 2
    assert hits[0].score >= hits[1].score


def test_language_filter(indexed: KnowledgeBase) -> None:
    hits = indexed.search("séance de mentorat", where=SearchFilter(language="fr"))
    assert hits and {h.language for h in hits} == {"fr"}
    assert all(
        h.language == "en" for h in indexed.search("session", where=SearchFilter(language="en"))
    )


def test_audience_filter(indexed: KnowledgeBase) -> None:
    hits = indexed.search("mentor message session", where=SearchFilter(audience="mentee"))
    assert {h.title for h in hits} == {"Choosing a mentor", "Structurer une séance"}


def test_french_query_finds_the_french_guide_without_accents(indexed: KnowledgeBase) -> None:
    assert indexed.search("meteo personnelle seance", k=1)[0].source == "knowledge/fr/seance.md"


@pytest.mark.parametrize("query", ["", "   ", "x" * 5000])
def test_bad_queries_are_clear_errors(indexed: KnowledgeBase, query: str) -> None:
    with pytest.raises(QueryError):
        indexed.search(query)


def test_search_on_an_empty_store_returns_nothing(kb: KnowledgeBase) -> None:
    assert kb.search("anything") == []


def test_lexical_index_is_cached_on_disk_and_reused(indexed: KnowledgeBase, settings) -> None:
    fresh = KnowledgeBase(settings, embedder=HashingEmbedder())
    assert (fresh.lexical_dir / "chunks.json").exists()
    assert fresh.lexical().ids == indexed.lexical().ids


def test_damaged_lexical_cache_is_rebuilt(indexed: KnowledgeBase, settings) -> None:
    (indexed.lexical_dir / "chunks.json").write_text("{not json")
    fresh = KnowledgeBase(settings, embedder=HashingEmbedder())
    assert len(fresh.lexical().ids) == 4
    assert fresh.search("personal weather check-in wellbeing")


def test_threads_asking_for_the_lexical_index_at_once_build_it_once(
    indexed: KnowledgeBase, settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.rmtree(indexed.lexical_dir)
    fresh = KnowledgeBase(settings, embedder=HashingEmbedder())
    builds: list[int] = []
    build = LexicalIndex.build

    def counted(*args: Any) -> LexicalIndex:
        builds.append(1)
        time.sleep(0.05)  # long enough for the other threads to arrive meanwhile
        return build(*args)

    monkeypatch.setattr(LexicalIndex, "build", counted)
    threads = [threading.Thread(target=fresh.lexical) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert builds == [1]
    assert len(fresh.lexical().ids) == 4


def test_warming_up_in_the_background_loads_what_the_first_search_needs(
    indexed: KnowledgeBase, settings
) -> None:
    embedder = HashingEmbedder()
    fresh = KnowledgeBase(settings, embedder=embedder)
    fresh.warm_up_in_background().join()
    assert embedder.calls and fresh._lexical is not None


def test_a_failed_background_warm_up_is_left_for_the_first_search_to_report(
    indexed: KnowledgeBase, settings
) -> None:
    class Broken(HashingEmbedder):
        def embed(self, texts: list[str]) -> Any:
            raise EmbeddingModelError("cannot load the embedding model")

    fresh = KnowledgeBase(settings, embedder=Broken())
    thread = fresh.warm_up_in_background()
    thread.join(timeout=10)
    assert not thread.is_alive()
    with pytest.raises(EmbeddingModelError, match="cannot load the embedding model"):
        fresh.search("check-in")


def test_a_sections_text_is_all_its_chunks_in_order_without_their_shared_sentences(
    kb: KnowledgeBase, docs_dir: Path, write_guide: Callable[..., Path]
) -> None:
    sentences = [f"Sentence number {n} says something about mentoring pairs." for n in range(30)]
    body = " ".join(sentences[:10]) + "\n\n" + " ".join(sentences[10:20]) + "\n\n"
    body += "\n".join(f"- {s}" for s in sentences[20:])
    write_guide("en/long.md", "Long guide", {"One long section": body, "Next": "Other text."})
    kb.ingest([docs_dir])
    hit = next(h for h in kb.search("sentence number 25", 5) if h.section == "One long section")
    assert len([h for h in kb.document(hit) if h.section == hit.section]) > 2, "several chunks"
    text = kb.section_text(hit)
    assert [s for s in sentences if s in text] == sentences
    assert all(text.count(s) == 1 for s in sentences)
    assert "Other text" not in text
    assert text.endswith(f"- {sentences[-1]}")


def test_chunks_that_share_nothing_are_kept_apart() -> None:
    from assistant.retrieval.search import joined_without_overlap

    assert joined_without_overlap("First part.", "Second part.") == "First part.\n\nSecond part."
    shared = "A shared sentence of some length."
    joined = joined_without_overlap(f"Start. {shared}", f"{shared} End.")
    assert joined == f"Start. {shared} End."
