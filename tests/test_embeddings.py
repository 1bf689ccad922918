"""Embedding helpers that need no model."""

from assistant.retrieval.embeddings import length_batches, model_slug


def test_length_batches_group_short_texts_together_and_long_ones_apart() -> None:
    texts = ["x" * 900, "a", "b" * 2, "y" * 1000, "c" * 3]
    batches = length_batches(texts, budget=2000, cap=2)
    assert batches == [[1, 2], [4, 0], [3]]
    assert sorted(i for b in batches for i in b) == list(range(len(texts)))


def test_an_over_long_text_gets_its_own_batch() -> None:
    assert length_batches(["z" * 10_000, "a"], budget=100, cap=8) == [[1], [0]]


def test_model_slug() -> None:
    assert model_slug("") == "all-minilm-l6-v2"
    assert model_slug("/models/My Model_v2/") == "my-model-v2"
