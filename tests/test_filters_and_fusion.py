"""Metadata filters (one rule for Chroma and BM25) and reciprocal-rank fusion."""

import pytest

from assistant.retrieval.filters import SearchFilter
from assistant.retrieval.search import _sections, reciprocal_rank_fusion


def test_empty_filter() -> None:
    assert SearchFilter().to_where() is None
    assert SearchFilter().matches({"language": "fr"})


def test_single_and_combined_where_clauses() -> None:
    assert SearchFilter(language="fr").to_where() == {"language": {"$eq": "fr"}}
    both = SearchFilter(language="en", audience="mentor", collection="guides").to_where()
    assert both == {
        "$and": [
            {"language": {"$eq": "en"}},
            {"audience_mentor": {"$eq": True}},
            {"collection": {"$eq": "guides"}},
        ]
    }


def test_matches_agrees_with_where() -> None:
    where = SearchFilter(language="en", audience="trainer")
    assert where.matches({"language": "en", "audience_trainer": True})
    assert not where.matches({"language": "en", "audience_trainer": False})
    assert not where.matches({"language": "fr", "audience_trainer": True})


@pytest.mark.parametrize("kwargs", [{"language": "de"}, {"audience": "boss"}])
def test_unknown_values_are_rejected(kwargs: dict[str, str]) -> None:
    with pytest.raises(ValueError):
        SearchFilter(**kwargs)


def test_rrf_rewards_agreement_and_is_stable() -> None:
    fused = reciprocal_rank_fusion([["a", "b", "c"], ["b", "d"]], k=60)
    assert [item for item, _ in fused] == ["b", "a", "d", "c"]
    assert fused[0][1] == pytest.approx(1 / 62 + 1 / 61)
    assert reciprocal_rank_fusion([["x"], ["y"]], 60)[0][0] == "x"  # tie broken by id


def test_rrf_weights_each_ranking() -> None:
    # a weak ranking's first place no longer outvotes a clear first place in the other
    fused = reciprocal_rank_fusion([["a", "b"], ["b", "c"]], k=10, weights=[0.1, 1.0])
    assert [item for item, _ in fused] == ["b", "c", "a"]
    assert fused[0][1] == pytest.approx(0.1 / 12 + 1 / 11)


def test_a_section_ranks_once_through_its_best_entry() -> None:
    def entry(section: str, target: str = "") -> dict[str, str]:
        meta = {"collection": "guides", "source": "knowledge/en/g.md", "section": section}
        return meta | ({"role": "question", "target": target} if target else {})

    chosen: dict[tuple[str, str, str], str] = {}
    dense = _sections(
        [("q1", entry("A", "a2")), ("a1", entry("A")), ("b1", entry("B")), ("a2", entry("A"))],
        chosen,
    )
    assert dense == ["a2", "b1"]  # the question stands for its chunk; A's other chunks drop
    lexical = _sections([("b2", entry("B")), ("a1", entry("A"))], chosen)
    assert lexical == ["b1", "a2"]  # the same chunk for a section in both rankings
