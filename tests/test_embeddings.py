"""Embedding helpers, and how many threads the embedding model gets."""

from __future__ import annotations

import pytest

from assistant.config import load_settings
from assistant.model import embedded, llm, threads
from assistant.model.prompts import load_prompt
from assistant.retrieval.embeddings import (
    SentenceTransformerEmbedder,
    length_batches,
    model_slug,
)


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


def test_the_embedded_chat_model_keeps_the_embedding_model_to_one_thread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[int] = []
    monkeypatch.setattr(threads, "set_torch_threads", calls.append)
    monkeypatch.setattr(embedded, "embedded_server", lambda settings, prompts, primary: "server")
    assert llm.start_embedded(load_settings()) == "server"
    assert calls == [1]
    llm.start_embedded(load_settings(embedding_threads=3))  # an explicit choice stands
    llm.start_model_early(load_settings(llm_backend="fake"))  # no embedded model: no limit
    assert calls == [1]


@pytest.mark.slow
def test_an_explicit_thread_count_is_given_to_torch_when_the_model_loads() -> None:
    import torch

    before = torch.get_num_threads()
    try:
        embedder = SentenceTransformerEmbedder.from_settings(load_settings(embedding_threads=1))
        assert embedder.embed_query("first session").shape == (384,)
        assert torch.get_num_threads() == 1
    finally:
        torch.set_num_threads(before)


def test_only_a_model_started_early_for_a_conversation_prefills_its_prompt_cache(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started: list[tuple[int, str]] = []
    monkeypatch.setattr(threads, "set_torch_threads", lambda n: None)
    monkeypatch.setattr(
        embedded,
        "embedded_server",
        lambda settings, prompts, primary: started.append((len(prompts), primary)),
    )
    llm.start_model_early(load_settings(llm_backend="embedded"))  # the web app, `mentor chat`
    llm.start_model_early(load_settings(llm_backend="embedded"), warm=False)  # `mentor ask`
    assert started[0][0] >= 5 and started[1][0] == 0
    qa = load_prompt("qa").system
    assert started[0][1] == started[1][1] == qa, "both keep the answering prompt's saved state"
