"""Hybrid search behaviour: citations, filters, the lexical cache, bad queries."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from assistant.retrieval import KnowledgeBase, QueryError, SearchFilter
from tests.fakes import HashingEmbedder


@pytest.fixture
def indexed(kb: KnowledgeBase, docs_dir: Path, write_guide: Callable[..., Path]) -> KnowledgeBase:
    write_guide(
        "en/agenda.md",
        "Session agendas",
        {
            "Opening": "Open each mentoring session with a short check-in on wellbeing.",
            "Commitments": "Review the actions the mentee committed to last time.",
        },
        audience="[mentor]",
    )
    write_guide(
        "en/choosing.md",
        "Choosing a mentor",
        {
            "Approach": "Write a short, specific message when you approach a possible mentor.",
        },
        audience="[mentee]",
    )
    write_guide(
        "fr/seance.md",
        "Structurer une séance",
        {
            "Ouverture": "Chaque séance de mentorat commence par un tour de météo personnelle.",
        },
        language="fr",
    )
    kb.ingest([docs_dir])
    return kb


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
    fresh = KnowledgeBase(settings, embedder=HashingEmbedder())  # type: ignore[arg-type]
    assert (fresh.lexical_dir / "chunks.json").exists()
    assert fresh.lexical().ids == indexed.lexical().ids


def test_damaged_lexical_cache_is_rebuilt(indexed: KnowledgeBase, settings) -> None:
    (indexed.lexical_dir / "chunks.json").write_text("{not json")
    fresh = KnowledgeBase(settings, embedder=HashingEmbedder())  # type: ignore[arg-type]
    assert len(fresh.lexical().ids) == 4
    assert fresh.search("personal weather check-in wellbeing")
